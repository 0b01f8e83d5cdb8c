package io.github.predcheck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shard rule, which other tools must be able to reproduce, and the shard's written form. */
class ShardTest {
  /**
   * Computed with Python, not with this code: {@code int.from_bytes(hashlib.sha256(
   * unicodedata.normalize('NFC', id).encode()).digest()[:8], 'big') % n + 1} for n = 1, 2, 3, 4, 7
   * and 1000. "a" hashes to 0xca978112ca1bbdca, above Long.MAX_VALUE: a signed remainder would put
   * it elsewhere.
   */
  @Test
  void samplesLandInTheShardsThePublishedRuleGives() {
    int[] counts = {1, 2, 3, 4, 7, 1000};
    pin("a", counts, 1, 1, 2, 3, 5, 251);
    pin("b", counts, 1, 1, 2, 3, 1, 947);
    pin("", counts, 1, 1, 2, 1, 2, 653);
    pin("図面", counts, 1, 1, 3, 3, 1, 83);
    pin("café", counts, 1, 2, 2, 2, 7, 650);
    pin("WA-20220616-ABC-01/RT-1", counts, 1, 2, 2, 4, 2, 404);
    pin("Ångström/ß", counts, 1, 1, 3, 1, 1, 293);
  }

  private static void pin(String id, int[] counts, int... shards) {
    for (int i = 0; i < counts.length; i++) {
      assertThat(Shard.of(id, counts[i])).as(id + " of " + counts[i]).isEqualTo(shards[i]);
    }
  }

  @Test
  void anIdFromAMacFileNameInNfdLandsWhereItsNfcFormDoes() {
    String nfc = "図面/café-Ångström";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    for (int n = 1; n <= 50; n++) {
      assertThat(Shard.of(nfd, n)).isEqualTo(Shard.of(nfc, n));
    }
  }

  @Test
  void everySampleIsInExactlyOneShardAndTheyAllGetSome() {
    Random random = new Random(7);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      ids.add("WA-" + random.nextInt(1_000_000) + "/RT-" + i);
    }
    for (int n = 1; n <= 9; n++) {
      List<String> union = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        List<String> part = new Shard(i, n).select(ids);
        // 2000 ids spread over at most 9 shards: each gets a fair part (the hash is uniform).
        assertThat(part.size()).as(i + "/" + n).isBetween(2000 / n / 2, 2000 / n * 2);
        union.addAll(part);
      }
      assertThat(union).hasSize(ids.size()).containsExactlyInAnyOrderElementsOf(ids);
    }
  }

  @Test
  void aShardKeepsTheOrderOfItsSamplesWhateverTheFileOrder() {
    Shard shard = new Shard(2, 3);
    List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "h");
    List<String> reversed = new ArrayList<>(ids);
    java.util.Collections.reverse(reversed);
    List<String> picked = shard.select(ids);
    List<String> pickedReversed = new ArrayList<>(shard.select(reversed));
    java.util.Collections.reverse(pickedReversed);
    assertThat(picked).isEqualTo(pickedReversed).contains("a", "b");
  }

  @Test
  void parsesTheWrittenForm() throws Exception {
    assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
    assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(new Shard(1, 1));
    assertThat(Shard.parse("4/4")).hasToString("4/4");
  }

  @Test
  void badValuesNameTheSettingAndTheExpectedForm() {
    for (String bad :
        List.of("2of4", "/4", "2/", "", "two/four", "2/4/1", "-1/4", "9999999999/4")) {
      assertThatThrownBy(() -> Shard.parse(bad))
          .as(bad)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining(Setting.SHARD + " is '" + bad + "'")
          .hasMessageContaining("2/4 is the second of four");
    }
    assertThatThrownBy(() -> Shard.parse("0/4"))
        .hasMessageContaining("shards are counted from 1, so with 4 the shard is 1/4 to 4/4");
    assertThatThrownBy(() -> Shard.parse("5/4"))
        .hasMessageContaining(Setting.SHARD + " is '5/4'")
        .hasMessageContaining("1/4 to 4/4");
    assertThatThrownBy(() -> Shard.parse("1/0")).hasMessageContaining("at least one shard");
  }

  @Test
  void fileNamesAndTheFolderCarryTheShard() {
    Shard shard = new Shard(2, 4);
    assertThat(shard.folderName()).isEqualTo("shard-2of4");
    assertThat(Shard.fileName(shard, "TEST-predcheck-drawing.xml"))
        .isEqualTo("TEST-predcheck-drawing-shard2of4.xml");
    assertThat(Shard.fileName(shard, "summary.json")).isEqualTo("summary-shard2of4.json");
    assertThat(Shard.fileName(shard, "README")).isEqualTo("README-shard2of4");
    assertThat(Shard.fileName(null, "summary.json")).isEqualTo("summary.json");
  }
}
