package io.github.predcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.MaskedMap;
import io.github.predcheck.lifecycle.CommandSpec;
import io.github.predcheck.run.CheckConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code {env:NAME}} in headers and environments: passed through as references, checked. */
class SecretParametersTest {
  private static final String UNSET = "PREDCHECK_TEST_SURELY_UNSET";

  @TempDir Path dir;
  CheckMojo mojo;

  @BeforeEach
  void defaults() {
    mojo = TestMojos.check(dir);
  }

  /** PATH: set wherever the tests run, and long enough to be masked. */
  static Map.Entry<String, String> setVariable() {
    return Map.entry("PATH", System.getenv("PATH"));
  }

  private static String rendered(Throwable e) {
    return PomNames.render(e.getMessage());
  }

  @Test
  void theMavenDebugDumpOfAMapParameterShowsKeysOnly() {
    MaskedMap headers = new MaskedMap();
    headers.put("Authorization", "Bearer literal-token");
    headers.put("X-Api-Key", "{env:API_KEY}");
    assertThat(headers).hasToString("{Authorization=***, X-Api-Key=***}");
    assertThat(new MaskedMap()).hasToString("{}");
  }

  @Test
  void aHeaderReferenceIsResolvedForTheRequest() throws Exception {
    Map.Entry<String, String> v = setVariable();
    mojo.headers = new MaskedMap();
    mojo.headers.put("Authorization", "Bearer {env:" + v.getKey() + "}");
    CheckConfig c = ConfigFactory.create(mojo);
    assertThat(c.request().headers().get("Authorization")).isEqualTo("Bearer " + v.getValue());
    assertThat(String.valueOf(c.request())).doesNotContain(v.getValue());
  }

  @Test
  void anUnsetHeaderVariableNamesTheElementAndTheVariable() {
    mojo.headers = new MaskedMap();
    mojo.headers.put("Authorization", "Bearer {env:" + UNSET + "}");
    assertThatThrownBy(() -> ConfigFactory.create(mojo))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(rendered(e))
                    .startsWith(
                        "<headers><Authorization> refers to {env:"
                            + UNSET
                            + "}, which is not set in the environment this build runs in;"));
  }

  @Test
  void commandEnvironmentReferencesArePassedThroughAndChecked() throws Exception {
    Map.Entry<String, String> v = setVariable();
    mojo.command = new CommandParameter();
    mojo.command.executable = "java";
    mojo.command.environment = new MaskedMap();
    mojo.command.environment.put("MODEL_TOKEN", "{env:" + v.getKey() + "}");
    CommandSpec spec = (CommandSpec) ConfigFactory.create(mojo).api();
    // The reference, never the value, until the process starts.
    assertThat(spec.environment()).containsEntry("MODEL_TOKEN", "{env:" + v.getKey() + "}");
    assertThat(spec.resolvedEnvironment().reveal()).containsEntry("MODEL_TOKEN", v.getValue());

    mojo.command.environment.put("OTHER", "{env:" + UNSET + "}");
    assertThatThrownBy(() -> ConfigFactory.create(mojo))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(rendered(e))
                    .startsWith("<command><environment><OTHER> refers to {env:" + UNSET + "}"));
  }

  @Test
  void composeEnvironmentReferencesAreChecked() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("docker-compose.yml"), "services: {}\n");
    mojo.compose = new ComposeParameter();
    mojo.compose.environment = new MaskedMap();
    mojo.compose.environment.put("API_KEY", "{env:" + UNSET + "}");
    assertThatThrownBy(() -> ConfigFactory.create(mojo))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(rendered(e))
                    .startsWith("<compose><environment><API_KEY> refers to {env:" + UNSET + "}"));
  }

  @Test
  void aReferenceInAnArgumentSaysToUseTheEnvironment() {
    mojo.command = new CommandParameter();
    mojo.command.executable = "java";
    mojo.command.arguments = List.of("-jar", "server.jar", "--token={env:API_TOKEN}");
    assertThatThrownBy(() -> ConfigFactory.create(mojo))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(
            "<command><arguments> has {env:API_TOKEN} in '--token={env:API_TOKEN}'")
        .hasMessageContaining("<environment><API_TOKEN>{env:API_TOKEN}</API_TOKEN></environment>");
  }
}
