package io.github.predcheck.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InterpolationTest {

  @Test
  void uniformImagesStayUniform() {
    float[] src = new float[256 * 192];
    Arrays.fill(src, 0.25f);
    float[] expected = new float[64 * 64];
    Arrays.fill(expected, 0.25f);
    for (Interpolation method : Interpolation.values()) {
      assertThat(method.resize(src, 256, 192, 64, 64)).containsExactly(expected, within(1e-6f));
    }
  }

  @Test
  void nearestAtTheSameSizeIsTheIdentity() {
    float[] src = new float[12];
    for (int i = 0; i < src.length; i++) {
      src[i] = i / 12f;
    }
    assertThat(Interpolation.NEAREST.resize(src, 4, 3, 4, 3)).containsExactly(src);
  }

  @Test
  void shrinkingKeepsTheInkOfOnePixelLines() {
    float[] src = new float[16 * 16];
    Arrays.fill(src, 1f);
    for (int y = 0; y < 16; y++) {
      src[y * 16 + 5] = 0f; // a 1-px vertical line that point sampling at 4x would skip
    }
    for (Interpolation method : Interpolation.values()) {
      float[] out = method.resize(src, 16, 16, 4, 4);
      assertThat(out[1]).as(method.name()).isLessThan(0.9f);
    }
  }

  @Test
  void parsesNamesCaseInsensitively() {
    assertThat(Interpolation.parse("Nearest")).isEqualTo(Interpolation.NEAREST);
    assertThat(Interpolation.parse("bilinear")).isEqualTo(Interpolation.BILINEAR);
    assertThatThrownBy(() -> Interpolation.parse("bicubic")).hasMessageContaining("bicubic");
  }
}
