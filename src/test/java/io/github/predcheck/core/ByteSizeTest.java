package io.github.predcheck.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
  @Test
  void parsesBytesAndBinaryUnits() {
    assertThat(ByteSize.parse("32MB")).isEqualTo(32L << 20);
    assertThat(ByteSize.parse(" 512 kb ")).isEqualTo(512L << 10);
    assertThat(ByteSize.parse("1GB")).isEqualTo(1L << 30);
    assertThat(ByteSize.parse("1000")).isEqualTo(1000L);
    assertThat(ByteSize.parse("1000B")).isEqualTo(1000L);
  }

  @Test
  void refusesWhatIsNoSize() {
    for (String bad : new String[] {"", "MB", "-1MB", "1.5MB", "32 megabytes", "0", "0MB", null}) {
      assertThat(ByteSize.parse(bad)).as(String.valueOf(bad)).isNull();
    }
  }

  @Test
  void printsTheLargestWholeUnit() {
    assertThat(ByteSize.text(32L << 20)).isEqualTo("32 MB");
    assertThat(ByteSize.text(64 * 1024)).isEqualTo("64 KB");
    assertThat(ByteSize.text(1500)).isEqualTo("1.5 KB");
    assertThat(ByteSize.text(100)).isEqualTo("100 B");
  }
}
