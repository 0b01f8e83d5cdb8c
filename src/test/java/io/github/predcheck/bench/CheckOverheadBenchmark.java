package io.github.predcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.core.Log;
import io.github.predcheck.demo.DemoModelServer;
import io.github.predcheck.golden.csv.Columns;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.json.Json;
import io.github.predcheck.lifecycle.ApiSpec;
import io.github.predcheck.lifecycle.Readiness;
import io.github.predcheck.run.CheckConfig;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.CheckRun;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How much time predcheck adds to the requests themselves. The peer is the least a hand-written
 * check does: the JDK's HttpClient posting each sample, Jackson reading the answer, one comparison
 * per value. Both run in one JVM against the same demo model server, alternately, several rounds.
 *
 * <p>Run: {@code ./mvnw -q test-compile && java -cp "target/classes:target/test-classes:$(cat
 * cp.txt)" io.github.predcheck.bench.CheckOverheadBenchmark [samples] [rounds]} (see the README).
 */
public final class CheckOverheadBenchmark {
  private static final Path DRAWINGS = Path.of("src/it/demo/src/test/predcheck/samples");

  public static void main(String[] args) throws Exception {
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("predcheck-bench");
    List<String> ids = samples(dir.resolve("samples"), samples);
    try (DemoModelServer server = DemoModelServer.start(0)) {
      String endpoint = server.url() + "/predictions/drawing";
      Path golden = golden(dir, ids, endpoint);
      System.out.printf(
          "predcheck overhead: %d samples x 2 outputs, %d rounds, demo model server on loopback%n",
          samples, rounds);
      for (int threads : new int[] {1, 4}) {
        CheckConfig config =
            new CheckConfig(
                "bench",
                golden,
                Columns.DEFAULT,
                dir.resolve("samples"),
                new RequestSpec(endpoint, null, Map.of(), Duration.ofSeconds(30), threads),
                List.of(),
                Tolerance.DEFAULT,
                Readiness.NONE,
                ApiSpec.URL,
                dir.resolve("reports"),
                null,
                null,
                null);
        long[] peer = new long[rounds];
        long[] predcheck = new long[rounds];
        CheckRun.run(config, Log.SILENT); // warm-up, both paths
        peer(endpoint, dir.resolve("samples"), ids, golden, threads);
        for (int r = 0; r < rounds; r++) {
          long t0 = System.nanoTime();
          int compared = peer(endpoint, dir.resolve("samples"), ids, golden, threads);
          peer[r] = System.nanoTime() - t0;
          t0 = System.nanoTime();
          CheckResult result = CheckRun.run(config, Log.SILENT);
          predcheck[r] = System.nanoTime() - t0;
          if (result.failed(true) || compared != result.compared()) {
            throw new IllegalStateException(
                "the two checks disagree: " + compared + " vs " + result.compared());
          }
        }
        double p = median(peer) / 1e6;
        double c = median(predcheck) / 1e6;
        System.out.printf(
            "threads=%d  peer (JDK HttpClient + Jackson) median %.0f ms  predcheck median %.0f ms"
                + "  ratio %.2f  (%.2f ms per sample vs %.2f)%n",
            threads, p, c, c / p, c / samples, p / samples);
      }
    }
  }

  /** Copies the demo drawings round-robin into a folder of n samples. */
  private static List<String> samples(Path folder, int n) throws Exception {
    List<Path> drawings;
    try (var files = Files.walk(DRAWINGS)) {
      drawings = files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
    }
    List<String> ids = new ArrayList<>();
    Files.createDirectories(folder);
    for (int i = 0; i < n; i++) {
      String id = String.format("S%05d", i);
      Files.copy(drawings.get(i % drawings.size()), folder.resolve(id + ".png"));
      ids.add(id);
    }
    return ids;
  }

  /** The golden file, from the server's own answers. */
  private static Path golden(Path dir, List<String> ids, String endpoint) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    StringBuilder csv = new StringBuilder("id,pred,name\n");
    for (String id : ids) {
      JsonNode r = post(http, endpoint, dir.resolve("samples").resolve(id + ".png"));
      csv.append(id).append(',').append(r.get("thickness").asText()).append(",thickness\n");
      csv.append(id).append(',').append(r.get("width").asText()).append(",width\n");
    }
    Path golden = dir.resolve("golden.csv");
    Files.writeString(golden, csv);
    return golden;
  }

  /**
   * The peer: post, parse, compare with numpy.isclose's rule. Returns the number of values
   * compared.
   */
  private static int peer(String endpoint, Path folder, List<String> ids, Path golden, int threads)
      throws Exception {
    List<String> lines = Files.readAllLines(golden);
    Map<String, double[]> expected = new java.util.HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      expected.computeIfAbsent(c[0], k -> new double[2])[c[2].equals("thickness") ? 0 : 1] =
          Double.parseDouble(c[1]);
    }
    HttpClient http = HttpClient.newHttpClient();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (String id : ids) {
        futures.add(
            pool.submit(
                () -> {
                  JsonNode r = post(http, endpoint, folder.resolve(id + ".png"));
                  double[] e = expected.get(id);
                  int ok = 0;
                  ok +=
                      Math.abs(r.get("thickness").asDouble() - e[0]) <= 1e-8 + 1e-5 * Math.abs(e[0])
                          ? 1
                          : 0;
                  ok +=
                      Math.abs(r.get("width").asDouble() - e[1]) <= 1e-8 + 1e-5 * Math.abs(e[1])
                          ? 1
                          : 0;
                  return ok;
                }));
      }
      int compared = 0;
      for (Future<Integer> f : futures) {
        compared += f.get();
      }
      return compared;
    } finally {
      pool.shutdownNow();
    }
  }

  private static JsonNode post(HttpClient http, String endpoint, Path file) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(endpoint))
            .header("Content-Type", "image/png")
            .POST(HttpRequest.BodyPublishers.ofFile(file))
            .build();
    return Json.parse(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  private static double median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
  }
}
