package io.github.predcheck.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compose v2 cannot be installed here: its command lines are checked as text. */
class ComposeCliTest {
  private final ComposeCli v2 =
      new ComposeCli(List.of("docker", "compose"), List.of(Path.of("docker-compose.yml")), "p1");

  @Test
  void dockerComposeV2CommandLines() {
    assertThat(String.join(" ", v2.up(List.of("api"), true)))
        .isEqualTo("docker compose -f docker-compose.yml -p p1 up -d --build api");
    assertThat(String.join(" ", v2.up(List.of(), false)))
        .isEqualTo("docker compose -f docker-compose.yml -p p1 up -d");
    assertThat(String.join(" ", v2.containers("api")))
        .isEqualTo(
            "docker ps -a -q --filter label=com.docker.compose.project=p1 --filter label=com.docker.compose.service=api");
    assertThat(String.join(" ", v2.port("abc123", 7080))).isEqualTo("docker port abc123 7080");
    assertThat(String.join(" ", v2.down()))
        .isEqualTo("docker compose -f docker-compose.yml -p p1 down --volumes --remove-orphans");
    assertThat(String.join(" ", v2.logs("abc123"))).isEqualTo("docker logs abc123");
    assertThat(v2.engine()).isEqualTo("docker");
  }

  @Test
  void detectionOrderAndEngine() {
    assertThat(ComposeTools.CANDIDATES)
        .extracting(c -> String.join(" ", c))
        .containsExactly("docker compose", "docker-compose", "podman compose", "podman-compose");
    ComposeCli podmanCompose =
        new ComposeCli(List.of("podman-compose"), List.of(Path.of("c.yml")), "p");
    assertThat(podmanCompose.engine()).isEqualTo("podman");
    assertThat(String.join(" ", podmanCompose.down()))
        .isEqualTo("podman-compose -f c.yml -p p down --volumes");
    assertThat(new ComposeCli(List.of("docker-compose"), List.of(), "p").engine())
        .isEqualTo("docker");
    assertThat(ComposeTools.parse(" podman  compose ")).containsExactly("podman", "compose");
  }
}
