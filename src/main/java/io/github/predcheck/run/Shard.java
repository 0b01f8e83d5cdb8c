package io.github.predcheck.run;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.core.Words;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code count} parts of the samples, 1-based, that one CI job checks. Sample id {@code id}
 * belongs to shard {@code 1 + (u mod count)}, where {@code u} is the first 8 bytes, big-endian and
 * unsigned, of the SHA-256 of the id's UTF-8 bytes after Unicode NFC normalisation (macOS gives
 * file names in NFD). So a sample's shard depends on its id and the count alone: the same on every
 * run, machine and JDK, whatever the order of files, and every sample is in exactly one shard.
 */
public record Shard(int index, int count) {
  private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("no shard " + index + "/" + count);
    }
  }

  /** {@code 2/4}, the second of four; a message naming the setting and the form otherwise. */
  public static Shard parse(String text) throws ConfigurationException {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new ConfigurationException(
          Setting.SHARD
              + " is '"
              + text
              + "': write which shard this job checks and how many there are, 1-based, as"
              + " i/n: 2/4 is the second of four.");
    }
    int index = Integer.parseInt(m.group(1));
    int count = Integer.parseInt(m.group(2));
    if (count < 1) {
      throw new ConfigurationException(
          Setting.SHARD + " is '" + text + "': there must be at least one shard, e.g. 1/1.");
    }
    if (index < 1 || index > count) {
      throw new ConfigurationException(
          Setting.SHARD
              + " is '"
              + text
              + "': shards are counted from 1, so with "
              + count
              + " the shard is 1/"
              + count
              + " to "
              + count
              + "/"
              + count
              + ".");
    }
    return new Shard(index, count);
  }

  /** The shard, 1 to {@code count}, that sample {@code id} belongs to. */
  public static int of(String id, int count) {
    String nfc = Normalizer.normalize(id, Normalizer.Form.NFC);
    byte[] hash = sha256().digest(nfc.getBytes(StandardCharsets.UTF_8));
    long u = ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
    return (int) Long.remainderUnsigned(u, count) + 1;
  }

  public boolean holds(String id) {
    return of(id, count) == index;
  }

  /** The ids of this shard, in their order. */
  public List<String> select(List<String> ids) {
    return ids.stream().filter(this::holds).toList();
  }

  /** For the log: "shard 2/4 (3 samples) of 8 samples (16 golden values from golden.csv)". */
  public String describe(int selected, String what) {
    return "shard " + this + " (" + Words.count(selected, "sample") + ") of " + what;
  }

  /** This shard's folder beside the execution's reports: {@code shard-2of4}. */
  public String folderName() {
    return "shard-" + index + "of" + count;
  }

  /**
   * A report's file name with the shard in it, {@code summary.json} as {@code
   * summary-shard2of4.json}, so that every job's files can be collected into one folder; the name
   * itself when {@code shard} is null (every sample).
   */
  public static String fileName(Shard shard, String name) {
    if (shard == null) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String tag = "-shard" + shard.index + "of" + shard.count;
    return dot < 0 ? name + tag : name.substring(0, dot) + tag + name.substring(dot);
  }

  /** {@code 2/4}, as it is written. */
  @Override
  public String toString() {
    return index + "/" + count;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
