import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.FileEntity;

/**
 * The least a JVM check does, as the floor predcheck is measured against (issue 9): read the golden
 * CSV, POST each sample as the plugin does (raw body, Content-Type image/png, pooled HttpClient 5
 * classic), read the JSON answer with Jackson, compare every golden value with numpy.isclose's rule
 * (|actual - expected| <= 1e-8 + 1e-5 * |expected|). A fixed thread pool of CONCURRENCY threads.
 * Nothing else: no reports, no retries, no deadlines.
 *
 * <p>usage: {@code java -cp CLASSPATH MinimalClient ENDPOINT GOLDEN_CSV SAMPLES_DIR CONCURRENCY};
 * {@code MinimalClient --noop} returns at once (the JVM-start baseline bench/run.sh subtracts). The
 * golden CSV is {@code id,pred,name}; sample {@code id} is {@code SAMPLES_DIR/id.png}. Prints one
 * line of counts and times; exits 1 unless every value passed.
 */
public final class MinimalClient {
  private static final double ABSOLUTE = 1e-8;
  private static final double RELATIVE = 1e-5;

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    if (args.length == 1 && args[0].equals("--noop")) {
      return;
    }
    if (args.length != 4) {
      System.err.println("usage: MinimalClient ENDPOINT GOLDEN_CSV SAMPLES_DIR CONCURRENCY | --noop");
      System.exit(2);
    }
    String endpoint = args[0];
    Map<String, Map<String, Double>> golden = readGolden(Path.of(args[1]));
    Path samples = Path.of(args[2]);
    int concurrency = Integer.parseInt(args[3]);

    ObjectMapper json = new ObjectMapper();
    AtomicLong passed = new AtomicLong();
    AtomicLong diverged = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long firstRequest;
    try (CloseableHttpClient http =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(concurrency)
                    .setMaxConnPerRoute(concurrency)
                    .build())
            .build()) {
      ExecutorService pool = Executors.newFixedThreadPool(concurrency);
      List<Future<?>> pending = new ArrayList<>(golden.size());
      firstRequest = System.nanoTime();
      for (Map.Entry<String, Map<String, Double>> sample : golden.entrySet()) {
        pending.add(
            pool.submit(
                () -> {
                  HttpPost post = new HttpPost(endpoint);
                  post.setEntity(
                      new FileEntity(
                          samples.resolve(sample.getKey() + ".png").toFile(),
                          ContentType.IMAGE_PNG));
                  try {
                    JsonNode answer =
                        http.execute(
                            post,
                            response -> {
                              byte[] body = EntityUtils.toByteArray(response.getEntity());
                              if (response.getCode() != 200) {
                                throw new IOException("HTTP " + response.getCode());
                              }
                              return json.readTree(body);
                            });
                    for (Map.Entry<String, Double> value : sample.getValue().entrySet()) {
                      JsonNode actual = answer.get(value.getKey());
                      double expected = value.getValue();
                      if (actual == null || !actual.isNumber()) {
                        errors.incrementAndGet();
                      } else if (Math.abs(actual.doubleValue() - expected)
                          <= ABSOLUTE + RELATIVE * Math.abs(expected)) {
                        passed.incrementAndGet();
                      } else {
                        diverged.incrementAndGet();
                      }
                    }
                  } catch (IOException | RuntimeException e) {
                    errors.addAndGet(sample.getValue().size());
                  }
                }));
      }
      for (Future<?> f : pending) {
        f.get();
      }
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    long ended = System.nanoTime();
    System.out.printf(
        "minimal client: %d samples, %d values: %d passed, %d diverged, %d errors;"
            + " main %d ms, first request to last answer %d ms%n",
        golden.size(),
        passed.get() + diverged.get() + errors.get(),
        passed.get(),
        diverged.get(),
        errors.get(),
        (ended - started) / 1_000_000,
        (ended - firstRequest) / 1_000_000);
    System.exit(diverged.get() + errors.get() == 0 ? 0 : 1);
  }

  /** id to (output name to expected value), in the file's order. */
  private static Map<String, Map<String, Double>> readGolden(Path csv) throws IOException {
    Map<String, Map<String, Double>> golden = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      golden
          .computeIfAbsent(cells[0], id -> new LinkedHashMap<>())
          .put(cells[2], Double.parseDouble(cells[1]));
    }
    return golden;
  }
}
