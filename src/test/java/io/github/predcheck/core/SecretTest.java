package io.github.predcheck.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretTest {
  private static final Map<String, String> ENV =
      Map.of("API_TOKEN", "s3cr3t-token-value", "SHORT", "0", "EMPTY", "");

  private static Secret resolve(String text) throws ConfigurationException {
    return Secret.resolve(text, Setting.HEADERS, "Authorization", ENV::get);
  }

  @Test
  void referencesAreReadFromTheEnvironmentAndNeverPrinted() throws Exception {
    Secret s = resolve("Bearer {env:API_TOKEN}");
    assertThat(s.reveal()).isEqualTo("Bearer s3cr3t-token-value");
    assertThat(s.fromEnvironment()).isTrue();
    assertThat(s).hasToString("***");
    assertThat(String.valueOf(Map.of("Authorization", s))).isEqualTo("{Authorization=***}");
  }

  @Test
  void aLiteralIsKeptAsWrittenAndStillPrintsMasked() throws Exception {
    Secret s = resolve("Bearer abc");
    assertThat(s.reveal()).isEqualTo("Bearer abc");
    assertThat(s.fromEnvironment()).isFalse();
    assertThat(s).hasToString("***");
    assertThat(Secret.literal("x")).hasToString("***");
  }

  @Test
  void anUnsetVariableNamesTheEntryAndTheVariable() {
    assertThatThrownBy(() -> resolve("Bearer {env:NOT_SET_ANYWHERE}"))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(Setting.plain(e.getMessage()))
                    .startsWith(
                        "HEADERS=Authorization refers to {env:NOT_SET_ANYWHERE}, which is not set"
                            + " in the environment this build runs in; export it")
                    .contains("export NOT_SET_ANYWHERE=")
                    .doesNotContain("s3cr3t"));
  }

  @Test
  void anEmptyVariableIsAnErrorToo() {
    // GitHub Actions maps a secret it does not have to an empty variable.
    assertThatThrownBy(() -> resolve("{env:EMPTY}"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("refers to {env:EMPTY}, which is empty");
  }

  @Test
  void aMalformedReferenceIsAnError() {
    assertThatThrownBy(() -> resolve("{env:}"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("has {env:}: a reference names one environment variable");
    assertThatThrownBy(() -> resolve("{env:API TOKEN}"))
        .hasMessageContaining("has {env:API TOKEN}");
    assertThatThrownBy(() -> resolve("Bearer {env:API_TOKEN"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("without its closing }");
  }

  @Test
  void referencesListsTheNames() {
    assertThat(Secret.references("--token={env:A} {env:B_2}")).containsExactly("A", "B_2");
    assertThat(Secret.references("--port={port}")).isEmpty();
    assertThat(Secret.references(null)).isEmpty();
  }

  @Test
  void secretsMaskWhatCameFromTheEnvironmentInOutput() throws Exception {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("MODEL_TOKEN", "{env:API_TOKEN}");
    texts.put("AUTH", "Bearer {env:API_TOKEN}");
    texts.put("ORT_DISABLE_TELEMETRY", "1");
    texts.put("DEVICE", "{env:SHORT}");
    Secrets secrets = Secrets.resolve(texts, Setting.COMMAND_ENVIRONMENT, ENV::get);
    assertThat(secrets.reveal())
        .containsExactly(
            Map.entry("MODEL_TOKEN", "s3cr3t-token-value"),
            Map.entry("AUTH", "Bearer s3cr3t-token-value"),
            Map.entry("ORT_DISABLE_TELEMETRY", "1"),
            Map.entry("DEVICE", "0"));
    assertThat(secrets.mask("got s3cr3t-token-value; header Bearer s3cr3t-token-value; 1 0"))
        .isEqualTo("got ***; header ***; 1 0");
    assertThat(secrets.mask(List.of("a s3cr3t-token-value", "b"))).containsExactly("a ***", "b");
    assertThat(secrets)
        .hasToString("{MODEL_TOKEN=***, AUTH=***, ORT_DISABLE_TELEMETRY=***, DEVICE=***}");
  }

  @Test
  void noSettingsNoSecrets() throws Exception {
    assertThat(Secrets.resolve(null, Setting.HEADERS)).isSameAs(Secrets.NONE);
    assertThat(Secrets.NONE.mask("text")).isEqualTo("text");
  }

  @Test
  void resolveCheckedFailsLoudlyOnAReferenceNobodyChecked() {
    assertThatThrownBy(
            () ->
                Secrets.resolveChecked(
                    Map.of("X", "{env:PREDCHECK_SURELY_UNSET_VARIABLE}"),
                    Setting.COMMAND_ENVIRONMENT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("COMMAND_ENVIRONMENT=X refers to");
  }
}
