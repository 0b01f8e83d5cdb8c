package io.github.predcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/renovate.json}: the ML libraries and the TorchServe image are grouped into one
 * pull request per model API folder, labelled, and merged only once the checks pass.
 */
class RenovateExampleTest {
  private static JsonNode config;
  private static JsonNode rule;

  @BeforeAll
  static void read() throws Exception {
    config = ExampleFiles.json("renovate.json");
    List<JsonNode> rules =
        ExampleFiles.select(
            config.path("packageRules"),
            r -> ExampleFiles.texts(r.path("matchPackageNames")).contains("torch"));
    assertThat(rules).as("one package rule for torch").hasSize(1);
    rule = rules.get(0);
  }

  @Test
  void groupsTheMlLibrariesAndTheServingImage() {
    assertThat(ExampleFiles.texts(rule.path("matchPackageNames")))
        .contains("torch", "torchvision", "onnxruntime", "pytorch/torchserve");
    assertThat(rule.path("groupName").asText()).isNotBlank();
  }

  @Test
  void onePullRequestPerModelApiFolder() {
    // A group is one branch; the folder in the branch name splits it per model API.
    assertThat(rule.path("additionalBranchPrefix").asText()).contains("{{parentDir}}");
  }

  @Test
  void labelsThem() {
    List<String> labels = ExampleFiles.texts(rule.path("addLabels"));
    labels.addAll(ExampleFiles.texts(rule.path("labels")));
    assertThat(labels).isNotEmpty();
  }

  @Test
  void mergesOnlyOnPassingChecks() {
    assertThat(rule.path("automerge").asBoolean()).isTrue();
    assertThat(rule.path("automergeType").asText("pr")).isEqualTo("pr");
    assertThat(rule.path("platformAutomerge").asBoolean(true)).isTrue();
    // ignoreTests would merge without waiting for predcheck.
    assertThat(rule.path("ignoreTests").asBoolean(false)).isFalse();
    assertThat(config.path("ignoreTests").asBoolean(false)).isFalse();
    assertThat(config.path("automerge").asBoolean(false))
        .as("nothing else is automerged")
        .isFalse();
  }
}
