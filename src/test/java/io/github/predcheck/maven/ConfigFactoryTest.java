package io.github.predcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.lifecycle.ApiSpec;
import io.github.predcheck.lifecycle.CommandSpec;
import io.github.predcheck.lifecycle.ComposeSpec;
import io.github.predcheck.run.CheckConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mojo's parameters as Maven would set them, turned into a configuration or a message naming
 * the fix.
 */
class ConfigFactoryTest {
  @TempDir Path dir;
  CheckMojo mojo;

  @BeforeEach
  void defaults() {
    mojo = TestMojos.check(dir);
  }

  @Test
  void urlModeByDefault() throws Exception {
    CheckConfig c = ConfigFactory.create(mojo);
    assertThat(c.api()).isEqualTo(ApiSpec.URL);
    assertThat(c.executionDir()).isEqualTo(dir.resolve("target/predcheck/thickness"));
  }

  @Test
  void commandAndComposeTogetherIsAnError() {
    mojo.command = new CommandParameter();
    mojo.command.executable = "java";
    mojo.compose = new ComposeParameter();
    assertThatThrownBy(() -> ConfigFactory.create(mojo))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("Both <command> and <compose>");
  }

  @Test
  void commandModeRunsInTheProjectFolderAndLogsBesideTheReport() throws Exception {
    mojo.command = new CommandParameter();
    mojo.command.executable = "java";
    mojo.command.arguments = List.of("-jar", "server.jar", "--port={port}");
    CommandSpec spec = (CommandSpec) ConfigFactory.create(mojo).api();
    assertThat(spec.workingDirectory()).isEqualTo(dir);
    assertThat(spec.logFile()).isEqualTo(dir.resolve("target/predcheck/thickness/api.log"));
  }

  @Test
  void composeFindsTheRepositorysComposeFile() throws Exception {
    mojo.compose = new ComposeParameter();
    assertThatThrownBy(() -> ConfigFactory.create(mojo))
        .hasMessageContaining("found no docker-compose.yml");
    Files.writeString(dir.resolve("compose.yaml"), "services: {}\n");
    mojo.compose.services = List.of("api");
    ComposeSpec spec = (ComposeSpec) ConfigFactory.create(mojo).api();
    assertThat(spec.files()).containsExactly(dir.resolve("compose.yaml"));
    assertThat(spec.projectName()).isEqualTo("predcheck-model-api-thickness");
    assertThat(spec.portService()).isEqualTo("api");
  }

  @Test
  void aRequestTemplateIsReadFromTheProjectFolderAndCheckedBeforeAnyRequest() throws Exception {
    Files.writeString(dir.resolve("v1.json"), "{\"instances\": [{\"b64\": \"{sample.base64}\"}]}");
    mojo.requestTemplate = "v1.json";
    assertThat(ConfigFactory.create(mojo).request().template().where())
        .isEqualTo(dir.resolve("v1.json").toString());
    mojo.requestTemplate = "{\"instances\": [{\"b64\": \"{sample.base64}\"}]";
    assertThatThrownBy(() -> ConfigFactory.create(mojo))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(PomNames.render(e.getMessage()))
                    .startsWith(
                        "<requestTemplate> (-Dpredcheck.requestTemplate): the request template is"
                            + " not JSON once its placeholders are filled in: Unexpected end-of-input")
                    .contains("at line 1 column "));
    mojo.requestTemplate = "v1.json";
    mojo.multipartField = "data";
    assertThatThrownBy(() -> ConfigFactory.create(mojo))
        .hasMessage(
            "<requestTemplate> and <multipartField> are both set: a template is sent as the JSON"
                + " body, a multipart field as a form. Keep one.");
  }

  @Test
  void messagesNameTheElementAndTheProperty() {
    mojo.endpoint = null;
    assertThatThrownBy(() -> ConfigFactory.create(mojo))
        .hasMessageContaining("<endpoint>")
        .hasMessageContaining("-Dpredcheck.endpoint");
    mojo.endpoint = "localhost:8080/predictions";
    assertThatThrownBy(() -> ConfigFactory.create(mojo)).hasMessageContaining("not a valid URL");
    mojo.endpoint = "http://localhost:8080/p";
    mojo.threads = 0;
    assertThatThrownBy(() -> ConfigFactory.create(mojo))
        .hasMessageContaining("-Dpredcheck.threads");
    mojo.threads = 1;
    OutputParameter o = new OutputParameter();
    o.name = "thickness";
    o.pointer = "thickness";
    mojo.outputs = List.of(o);
    assertThatThrownBy(() -> ConfigFactory.create(mojo))
        .hasMessageContaining("<output> 'thickness'")
        .hasMessageContaining("not a JSON Pointer");
    o.pointer = null;
    o.relative = -1.0;
    assertThatThrownBy(() -> ConfigFactory.create(mojo)).hasMessageContaining(">= 0");
    o.relative = null;
    mojo.readyCondition = "/0/workers/*/status=READY";
    assertThatThrownBy(() -> ConfigFactory.create(mojo))
        .hasMessageContaining("<readyCondition> needs <readyUrl>");
  }

  @Test
  void theScalarToleranceIsRelativeAndABadOneShowsTheXml() throws Exception {
    mojo.tolerance = new ToleranceParameter();
    mojo.tolerance.set("1e-2");
    assertThat(ConfigFactory.create(mojo).tolerance()).isEqualTo(new Tolerance(1e-8, 1e-2, false));
    mojo.tolerance.set("1 %");
    assertThatThrownBy(() -> ConfigFactory.create(mojo))
        .hasMessageContaining("<tolerance>1 %</tolerance> is not a number")
        .hasMessageContaining(
            "<tolerance><absolute>1e-6</absolute><relative>1e-3</relative></tolerance>");
  }

  @Test
  void perOutputToleranceOverridesTheCommonOne() throws Exception {
    mojo.tolerance = new ToleranceParameter();
    mojo.tolerance.relative = 1e-3;
    OutputParameter o = new OutputParameter();
    o.name = "width";
    o.absolute = 0.5;
    mojo.outputs = List.of(o);
    CheckConfig c = ConfigFactory.create(mojo);
    assertThat(c.tolerance().relative()).isEqualTo(1e-3);
    assertThat(c.outputs().get(0).tolerance()).isEqualTo(new Tolerance(0.5, 1e-3, false));
    assertThat(c.outputs().get(0).pointer()).isEqualTo("/width");
  }
}
