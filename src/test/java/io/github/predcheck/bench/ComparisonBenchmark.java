package io.github.predcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.predcheck.compare.JsonRules;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.BigDecimalShortest;
import io.github.predcheck.core.Doubles;
import io.github.predcheck.golden.GoldenForm;
import io.github.predcheck.golden.csv.Columns;
import io.github.predcheck.golden.csv.CsvGoldens;
import io.github.predcheck.golden.csv.GoldenRow;
import io.github.predcheck.golden.json.JsonGoldenSpec;
import io.github.predcheck.golden.json.JsonGoldens;
import io.github.predcheck.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The comparison's own cost, without HTTP: one response of a million numbers against its JSON
 * golden, a golden CSV of 100,000 rows read and indexed, number text, and how each grows with size.
 * Each phase is what the check loop does for a sample (parse the body text, compare with the golden
 * form) plus one pass reading every result as the reports do. It prints one line per figure and
 * throws when a count is not what the inputs make it, so that a comparison that compares nothing
 * cannot look fast.
 *
 * <p>Run it in a fresh JVM with the heap the target names: {@code java -Xmx256m -cp
 * "target/classes:target/test-classes:$(cat target/cp.txt)"
 * io.github.predcheck.bench.ComparisonBenchmark json csv doubles}, then the growth with sizes
 * apart, {@code java -Xmx1g … ComparisonBenchmark scaling} (no argument: all four). The first JSON
 * and CSV figures are the cold ones: the first the JVM ever does.
 */
public final class ComparisonBenchmark {
  /** One value in this many is moved beyond the default tolerance, one in this many within it. */
  private static final int DIVERGE_EVERY = 1000;

  private static final List<MemoryPoolMXBean> HEAP =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();

  private ComparisonBenchmark() {}

  public static void main(String[] args) throws Exception {
    Set<String> parts =
        args.length == 0
            ? Set.of("json", "csv", "doubles", "scaling")
            : new LinkedHashSet<>(List.of(args));
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "jvm: java %s, max heap %d MB, %d cpus, gc %s%n",
        System.getProperty("java.version"),
        rt.maxMemory() >> 20,
        rt.availableProcessors(),
        String.join(
            "+",
            ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(b -> b.getName())
                .toList()));
    Path dir = Files.createTempDirectory("predcheck-compare-bench");
    try {
      if (parts.contains("json")) {
        oneMillionNumbers(dir);
      }
      if (parts.contains("csv")) {
        hundredThousandRows(dir);
      }
      if (parts.contains("doubles")) {
        numberText();
      }
      if (parts.contains("scaling")) {
        scaling(dir);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  // ---- (a) one response of 1,000,000 numbers against its JSON golden

  private static void oneMillionNumbers(Path dir) throws IOException {
    int n = 1_000_000;
    JsonCase c = JsonCase.write(dir, n);
    resetPeaks();
    long t0 = System.nanoTime();
    JsonGoldens golden = c.read();
    long read = System.nanoTime() - t0;
    System.out.printf(
        "json %,d numbers: golden file %d MB read in %d ms (peak heap %d MB)%n",
        n, Files.size(c.golden) >> 20, read / 1_000_000, peakMb());
    for (int round = 0; round < 4; round++) {
      resetPeaks();
      Timings t = c.check(golden);
      long live = liveMb();
      System.out.printf(
          "json %,d numbers %s: parse %s + compare %s + reports' pass %s = %s;"
              + " every text of every value %s; %,d DIVERGED, %,d PASS;"
              + " peak heap %d MB (sum of heap pools' peaks), live %d MB%n",
          n,
          round == 0 ? "cold (first in this JVM)" : "warm #" + round,
          t.parse,
          t.compare,
          t.read,
          t.total(),
          t.texts,
          t.diverged,
          t.passed,
          peakMb(),
          live);
      if (t.result().values().size() != n) {
        throw new IllegalStateException(t.result().values().size() + " values, expected " + n);
      }
    }
  }

  /** A golden mapping file of one embedding and the response text that the API would send. */
  private record JsonCase(Path golden, String body, int n) {
    static JsonCase write(Path dir, int n) throws IOException {
      SplittableRandom random = new SplittableRandom(n);
      StringBuilder expected = new StringBuilder(n * 22).append("{\"emb\":{\"embedding\":[");
      StringBuilder actual = new StringBuilder(n * 22).append("{\"embedding\":[");
      for (int i = 0; i < n; i++) {
        // float32 results widened to double, as a model server sends them
        double e = (float) (random.nextDouble() * 2 - 1);
        double a = e;
        if (i % DIVERGE_EVERY == 7) {
          a = e + 1e-3; // beyond numpy's default tolerance: DIVERGED
        } else if (i % DIVERGE_EVERY == 500) {
          a = e * (1 + 1e-7); // moved, within tolerance: PASS
        }
        String sep = i == 0 ? "" : ",";
        expected.append(sep).append(e);
        actual.append(sep).append(a);
      }
      expected.append("]}}");
      actual.append("]}");
      Path golden = dir.resolve("golden-" + n + ".json");
      Files.writeString(golden, expected, StandardCharsets.UTF_8);
      return new JsonCase(golden, actual.toString(), n);
    }

    JsonGoldens read() throws IOException {
      try {
        return JsonGoldens.read(
            new JsonGoldenSpec(
                golden, new JsonRules(List.of(), Tolerance.DEFAULT, List.of(), List.of())));
      } catch (io.github.predcheck.core.ConfigurationException e) {
        throw new IOException(e);
      }
    }

    /**
     * What the check loop does with one answer, then the reports' pass over its values; then,
     * apart, every text of every value (what no report needs, the worst case).
     */
    Timings check(JsonGoldens golden) throws IOException {
      Mark m0 = Mark.now();
      JsonNode response = Json.parse(body);
      Mark m1 = Mark.now();
      SampleResult result = golden.form().compare("emb", golden.expected("emb"), response);
      Mark m2 = Mark.now();
      long[] counts = readAsReports(result);
      Mark m3 = Mark.now();
      long chars = readEveryText(result);
      Mark m4 = Mark.now();
      int expectedDiverged = (n + DIVERGE_EVERY - 1 - 7) / DIVERGE_EVERY;
      if (counts[Status.DIVERGED.ordinal()] != expectedDiverged
          || counts[Status.PASS.ordinal()] != n - expectedDiverged
          || result.failed()
          || chars < 10L * n) {
        throw new IllegalStateException(
            "expected "
                + expectedDiverged
                + " DIVERGED and "
                + (n - expectedDiverged)
                + " PASS, got "
                + counts[Status.DIVERGED.ordinal()]
                + " and "
                + counts[Status.PASS.ordinal()]);
      }
      return new Timings(
          Phase.between(m0, m1),
          Phase.between(m1, m2),
          Phase.between(m2, m3),
          Phase.between(m0, m3),
          Phase.between(m3, m4),
          counts[Status.DIVERGED.ordinal()],
          counts[Status.PASS.ordinal()],
          result);
    }
  }

  /** The result is kept so that the live heap is measured while the reports could still read it. */
  private record Timings(
      Phase parse,
      Phase compare,
      Phase read,
      Phase total,
      Phase texts,
      long diverged,
      long passed,
      SampleResult result) {}

  /** An instant: wall clock, this thread's CPU time, the collectors' accumulated time. */
  private record Mark(long wall, long cpu, long gc) {
    static Mark now() {
      long gc =
          ManagementFactory.getGarbageCollectorMXBeans().stream()
              .mapToLong(b -> Math.max(0, b.getCollectionTime()))
              .sum();
      return new Mark(
          System.nanoTime(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), gc);
    }
  }

  /** Wall time, with this thread's CPU time in it (nanoseconds), and the collectors' (ms). */
  private record Phase(long wall, long cpu, long gc) {
    static Phase between(Mark a, Mark b) {
      return new Phase(b.wall() - a.wall(), b.cpu() - a.cpu(), b.gc() - a.gc());
    }

    @Override
    public String toString() {
      return wall / 1_000_000 + " ms (cpu " + cpu / 1_000_000 + ", gc " + gc + ")";
    }
  }

  /** The passing values whose texts a report shows beside every diverged and errored one. */
  private static final int PASSING_SHOWN = 1_000;

  /**
   * What the reports read: status, errors and name of every value (statistics per output), the
   * texts of the values they list (diverged, errors, the first passing ones). Returns the count of
   * each status; the texts are checked so that the JIT cannot drop the reading.
   */
  private static long[] readAsReports(SampleResult result) {
    long[] counts = new long[Status.values().length];
    long shown = 0;
    for (ValueResult v : result.values()) {
      counts[v.status().ordinal()]++;
      boolean listed = v.status() != Status.PASS || counts[Status.PASS.ordinal()] <= PASSING_SHOWN;
      if ((v.numeric() && Double.isNaN(v.absError() + v.relError()))
          || v.output().isEmpty()
          || (listed && String.valueOf(v.expected()).isEmpty() && v.sampleId().isEmpty())) {
        throw new IllegalStateException("no errors or texts for " + v);
      }
      shown += listed ? 1 : 0;
    }
    if (shown == 0) {
      throw new IllegalStateException("nothing listed");
    }
    return counts;
  }

  /** Every text of every value: the worst a report could ask. Returns their length. */
  private static long readEveryText(SampleResult result) {
    long chars = 0;
    for (ValueResult v : result.values()) {
      chars += v.output().length() + v.expected().length() + v.actual().length();
    }
    return chars;
  }

  // ---- (b) a golden CSV of 100,000 rows, several outputs per sample

  private static void hundredThousandRows(Path dir) throws Exception {
    int rows = 100_000;
    Path file = CsvCase.write(dir, rows);
    for (int round = 0; round < 4; round++) {
      resetPeaks();
      Mark m0 = Mark.now();
      CsvGoldens golden = CsvCase.readAndIndex(file, rows);
      Mark m1 = Mark.now();
      long diverged = CsvCase.compareAll(golden);
      Mark m2 = Mark.now();
      System.out.printf(
          "csv %,d rows (%,d samples x %d outputs, %d MB) %s: read and indexed in %s;"
              + " every sample compared and read in %s (%,d DIVERGED); peak heap %d MB, live"
              + " %d MB%n",
          rows,
          rows / CsvCase.OUTPUTS.length,
          CsvCase.OUTPUTS.length,
          Files.size(file) >> 20,
          round == 0 ? "cold" : "warm #" + round,
          Phase.between(m0, m1),
          Phase.between(m1, m2),
          diverged,
          peakMb(),
          liveMb());
    }
  }

  /** The team's format: the first column is the drawing id, whatever its header says. */
  private static final class CsvCase {
    static final String[] OUTPUTS = {"thickness", "width", "hole_count", "material"};

    static Path write(Path dir, int rows) throws IOException {
      return write(dir, rows, OUTPUTS.length);
    }

    /** Four outputs are the team's four; more are numbered classes ("class17"), all numbers. */
    static Path write(Path dir, int rows, int outputs) throws IOException {
      SplittableRandom random = new SplittableRandom(rows);
      Path file = dir.resolve("golden-" + rows + "-" + outputs + ".csv");
      // Written as it is made: a million rows in one String would crowd the heap under test.
      try (Writer csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        csv.write("図面_id,pred,name\n");
        for (int i = 0; i < rows; i++) {
          String output =
              outputs == OUTPUTS.length ? OUTPUTS[i % outputs] : "class" + (i % outputs);
          String value =
              switch (output) {
                case "hole_count" -> Integer.toString(random.nextInt(12));
                case "material" -> random.nextBoolean() ? "steel" : "aluminium";
                default -> Double.toString((float) (random.nextDouble() * 20));
              };
          csv.write("図面-" + i / outputs + "," + value + "," + output + "\n");
        }
      }
      return file;
    }

    /** Reads the file and asks for every sample's rows once, as the check loop does. */
    static CsvGoldens readAndIndex(Path file, int rows) throws Exception {
      CsvGoldens golden =
          CsvGoldens.read(file, new Columns(null, "pred", "name"), List.of(), Tolerance.DEFAULT);
      long found = 0;
      for (String id : golden.sampleIds()) {
        found += golden.expected(id).size();
      }
      if (found != rows) {
        throw new IllegalStateException("indexed " + found + " rows of " + rows);
      }
      return golden;
    }

    /**
     * Each sample against an answer that repeats its golden values, one number in a hundred moved:
     * the check loop's compare and a reports' pass over the values.
     */
    static long compareAll(CsvGoldens golden) {
      GoldenForm<List<GoldenRow>> form = golden.form();
      long diverged = 0;
      long expected = 0;
      int sample = 0;
      for (String id : golden.sampleIds()) {
        List<GoldenRow> rows = golden.expected(id);
        ObjectNode answer = Json.MAPPER.createObjectNode();
        boolean moved = sample++ % 100 == 0;
        for (GoldenRow row : rows) {
          switch (row.name()) {
            case "material" -> answer.put(row.name(), row.value());
            case "hole_count" -> answer.put(row.name(), Integer.parseInt(row.value()));
            default -> {
              answer.put(row.name(), Double.parseDouble(row.value()) + (moved ? 1 : 0));
              expected += moved ? 1 : 0;
            }
          }
        }
        diverged += readAsReports(form.compare(id, rows, answer))[Status.DIVERGED.ordinal()];
      }
      if (diverged != expected) {
        throw new IllegalStateException(diverged + " DIVERGED, expected " + expected);
      }
      return diverged;
    }
  }

  // ---- (c) number text: the new Doubles.shortest against the BigDecimal algorithm it replaces

  private static void numberText() {
    int n = 1_000_000;
    double[] values = new double[n];
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < n; i++) {
      values[i] = i % 2 == 0 ? (float) random.nextDouble() : random.nextDouble() * 1e-6;
    }
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      long chars = 0;
      for (double v : values) {
        chars += Doubles.shortest(v).length();
      }
      long fast = System.nanoTime() - t0;
      int slowN = n / 10;
      t0 = System.nanoTime();
      for (int i = 0; i < slowN; i++) {
        chars += BigDecimalShortest.shortest(values[i]).length();
      }
      long slow = System.nanoTime() - t0;
      System.out.printf(
          "number text, round %d: Doubles.shortest %.0f ns per value (%,d values); the BigDecimal"
              + " algorithm it replaced %.0f ns per value (%,d values) [%d chars]%n",
          round, (double) fast / n, n, (double) slow / slowN, slowN, chars);
    }
  }

  // ---- (d) growth: a linear cost multiplies by ~10 from one size to the next

  private static void scaling(Path dir) throws Exception {
    if (Runtime.getRuntime().maxMemory() < 900L << 20) {
      // A golden CSV of a million rows holds about 254 MB (its text alone 68 MB: one CJK header
      // makes the whole String UTF-16), beyond the 256 MB the targets are set for.
      System.out.println("scaling: skipped, run it with -Xmx1g (the 1,000,000-row golden CSV)");
      return;
    }
    System.out.println(
        "scaling: times grow 10x per size step when linear (100x when quadratic);"
            + " by outputs per sample, the same rows should take the same time");
    int[] sizes = {10_000, 100_000, 1_000_000};
    // Warm the JIT first, so that the smallest size is not also the coldest.
    JsonCase warm = JsonCase.write(dir, 100_000);
    JsonGoldens warmGolden = warm.read();
    for (int round = 0; round < 3; round++) {
      warm.check(warmGolden);
    }
    Files.delete(warm.golden());
    csvBest(dir, 100_000, CsvCase.OUTPUTS.length);
    long[] json = new long[sizes.length];
    long[] csvRead = new long[sizes.length];
    long[] csvCompare = new long[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      JsonCase c = JsonCase.write(dir, sizes[i]);
      JsonGoldens golden = c.read();
      json[i] = Long.MAX_VALUE;
      for (int round = 0; round < 3; round++) {
        json[i] = Math.min(json[i], c.check(golden).total().wall());
      }
      Files.delete(c.golden());
      c = null;
      golden = null;
      long[] csv = csvBest(dir, sizes[i], CsvCase.OUTPUTS.length);
      csvRead[i] = csv[0];
      csvCompare[i] = csv[1];
    }
    printScaling("json numbers in one response (parse+compare+reports' pass)", sizes, json);
    printScaling("csv rows read and indexed", sizes, csvRead);
    printScaling("csv samples compared (4 outputs each, rows = 4 x samples)", sizes, csvCompare);
    // Outputs per sample: the same 100,000 rows in fewer, wider samples should cost the same.
    int[] outputs = {10, 100, 1_000};
    long[] wideRead = new long[outputs.length];
    long[] wideCompare = new long[outputs.length];
    for (int i = 0; i < outputs.length; i++) {
      long[] csv = csvBest(dir, 100_000, outputs[i]);
      wideRead[i] = csv[0];
      wideCompare[i] = csv[1];
    }
    printScaling("csv of 100,000 rows by outputs per sample, read and indexed", outputs, wideRead);
    printScaling("csv of 100,000 rows by outputs per sample, compared", outputs, wideCompare);
  }

  /** The best of three reads and of three comparisons of a golden CSV, in nanoseconds. */
  private static long[] csvBest(Path dir, int rows, int outputs) throws Exception {
    Path file = CsvCase.write(dir, rows, outputs);
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      CsvGoldens g = CsvCase.readAndIndex(file, rows);
      best[0] = Math.min(best[0], System.nanoTime() - t0);
      t0 = System.nanoTime();
      CsvCase.compareAll(g);
      best[1] = Math.min(best[1], System.nanoTime() - t0);
    }
    Files.delete(file);
    return best;
  }

  private static void printScaling(String what, int[] sizes, long[] nanos) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      parts.add(String.format("%,d: %.1f ms", sizes[i], nanos[i] / 1e6));
    }
    System.out.printf(
        "scaling, %s (best of 3): %s; ratios %.1f and %.1f%n",
        what, String.join(", ", parts), (double) nanos[1] / nanos[0], (double) nanos[2] / nanos[1]);
  }

  // ---- heap

  private static void resetPeaks() {
    HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The heap pools' peaks summed: an upper bound of the phase's peak heap. */
  private static long peakMb() {
    return HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
  }

  /** What is still reachable after a full collection. */
  private static long liveMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }
}
