package io.github.predcheck.demo;

import ai.onnxruntime.OrtException;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A TorchServe-compatible demo model server doing real ONNX Runtime inference, for predcheck's
 * tests and demos: this class runs the server's life (flags, start, readiness, graceful stop);
 * {@link TorchServeHandler} answers the requests, and {@link InferenceProtocolHandler} those in
 * KServe v1 and Open Inference Protocol v2 ({@code /v1/}, {@code /v2/}). Inference and management
 * calls share one port on 127.0.0.1. See {@link ServerArgs#USAGE} for the flags.
 */
public final class DemoModelServer implements AutoCloseable {

  /** Programmatic equivalent of the command line flags (the port is start()'s argument). */
  public record Options(
      Duration startupDelay,
      boolean neverReady,
      Interpolation interpolation,
      String bind,
      int unavailableEvery,
      boolean v2OutputsReversed,
      OutputNoise noise) {

    public static Options defaults() {
      return new Options(
          Duration.ZERO, false, Interpolation.BILINEAR, "127.0.0.1", 0, false, OutputNoise.NONE);
    }

    /**
     * Open Inference Protocol v2 answers list the outputs last to first, as another server might: a
     * client must find them by name.
     */
    public Options withV2OutputsReversed(boolean reversed) {
      return new Options(
          startupDelay, neverReady, interpolation, bind, unavailableEvery, reversed, noise);
    }

    public Options withStartupDelay(Duration delay) {
      return new Options(
          delay, neverReady, interpolation, bind, unavailableEvery, v2OutputsReversed, noise);
    }

    public Options withNeverReady(boolean never) {
      return new Options(
          startupDelay, never, interpolation, bind, unavailableEvery, v2OutputsReversed, noise);
    }

    public Options withInterpolation(Interpolation method) {
      return new Options(
          startupDelay, neverReady, method, bind, unavailableEvery, v2OutputsReversed, noise);
    }

    /**
     * Every n-th prediction is refused with TorchServe's 503 "has no worker to serve inference
     * request", as when all workers are busy; 0 never.
     */
    public Options withUnavailableEvery(int n) {
      return new Options(
          startupDelay, neverReady, interpolation, bind, n, v2OutputsReversed, noise);
    }

    /**
     * The address to listen on; 0.0.0.0 inside a container, so that a published port reaches it.
     */
    public Options withBind(String address) {
      return new Options(
          startupDelay,
          neverReady,
          interpolation,
          address,
          unavailableEvery,
          v2OutputsReversed,
          noise);
    }

    /** Seeded relative noise per call and a fixed relative shift on every raw output. */
    public Options withNoise(OutputNoise changed) {
      return new Options(
          startupDelay,
          neverReady,
          interpolation,
          bind,
          unavailableEvery,
          v2OutputsReversed,
          changed);
    }
  }

  private static final int WORKER_THREADS = 4;
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(2);

  private final HttpServer http;
  private final ExecutorService executor;
  private final DemoPredictor predictor;
  private final boolean neverReady;
  private final long readyAtNanos;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch closed = new CountDownLatch(1);
  private TorchServeHandler handler;

  private DemoModelServer(
      HttpServer http, ExecutorService executor, DemoPredictor predictor, Options options) {
    this.http = http;
    this.executor = executor;
    this.predictor = predictor;
    this.neverReady = options.neverReady();
    this.readyAtNanos = System.nanoTime() + options.startupDelay().toNanos();
  }

  public static void main(String[] args) throws InterruptedException {
    ServerArgs parsed;
    try {
      parsed = ServerArgs.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("predcheck demo model server: " + e.getMessage());
      System.err.println(ServerArgs.USAGE);
      System.exit(2);
      return;
    }
    if (parsed.exitAtStart().isPresent()) {
      int code = parsed.exitAtStart().getAsInt();
      System.err.println(
          "predcheck demo model server: failing at start with exit code "
              + code
              + " (--exit-at-start)");
      System.exit(code);
    }
    long started = System.nanoTime();
    DemoModelServer server;
    try {
      server = start(parsed.port(), parsed.options(), parsed.auth());
    } catch (IOException e) {
      System.err.println("predcheck demo model server: cannot start: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "demo-model-server-shutdown"));
    System.err.printf(
        "predcheck demo model server: models %s loaded in %d ms, interpolation %s%s%n",
        String.join(", ", TorchServeHandler.MODELS),
        (System.nanoTime() - started) / 1_000_000,
        parsed.options().interpolation().name().toLowerCase(Locale.ROOT),
        parsed.options().noise().none() ? "" : ", " + parsed.options().noise());
    System.out.println("predcheck demo model server listening on " + server.url());
    System.out.flush();
    server.awaitClosed();
  }

  public static DemoModelServer start(int port) throws IOException {
    return start(port, Options.defaults());
  }

  /** Loads the models, then listens; readiness (/ping) follows after the options' startup delay. */
  public static DemoModelServer start(int port, Options options) throws IOException {
    return start(port, options, TokenAuth.OPEN);
  }

  /** As {@link #start(int, Options)}, every request checked by {@code auth} (--token). */
  static DemoModelServer start(int port, Options options, TokenAuth auth) throws IOException {
    DemoPredictor predictor;
    try {
      predictor = new DemoPredictor(options.interpolation(), options.noise());
    } catch (OrtException e) {
      throw new IOException("cannot load the demo models: " + e.getMessage(), e);
    }
    try {
      warmUp(predictor);
    } catch (IOException | OrtException | RuntimeException e) {
      closeQuietly(predictor);
      throw new IOException("demo models fail on a sample drawing: " + e.getMessage(), e);
    }
    HttpServer http;
    try {
      // Without TCP_NODELAY, the JDK server's separate header and body writes meet delayed ACKs:
      // about 40 ms per request on loopback instead of a few.
      System.setProperty("sun.net.httpserver.nodelay", "true");
      http =
          HttpServer.create(new InetSocketAddress(InetAddress.getByName(options.bind()), port), 50);
    } catch (IOException e) {
      closeQuietly(predictor);
      throw e;
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            WORKER_THREADS,
            r -> {
              Thread t = new Thread(r, "demo-model-server-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    DemoModelServer server = new DemoModelServer(http, executor, predictor, options);
    TorchServeHandler handler =
        new TorchServeHandler(predictor, server::isReady, options.unavailableEvery());
    server.handler = handler;
    http.createContext("/", server.counted(auth, handler));
    InferenceProtocolHandler kserve =
        new InferenceProtocolHandler(predictor, server::isReady, options.v2OutputsReversed());
    for (String protocol : List.of("/v1/", "/v2/")) {
      http.createContext(protocol, server.counted(auth, kserve));
    }
    http.setExecutor(executor);
    http.start();
    return server;
  }

  /** A handler counted in flight, answering 401 to a request without the token (--token). */
  private HttpHandler counted(TokenAuth auth, HttpHandler handler) {
    return exchange -> {
      inFlight.incrementAndGet();
      try {
        if (!auth.allows(exchange.getRequestHeaders().getFirst("Authorization"))) {
          TokenAuth.refuse(exchange);
          return;
        }
        handler.handle(exchange);
      } finally {
        inFlight.decrementAndGet();
      }
    };
  }

  /**
   * Runs one request's work before listening: otherwise class loading and JIT of Jackson, ImageIO
   * and ONNX Runtime make the first request take about half a second, which is noise in timing
   * tests.
   */
  private static void warmUp(DemoPredictor predictor) throws IOException, OrtException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(SampleDrawings.drawing(0), "png", png);
    BufferedImage image = ImagePreprocessor.decode(png.toByteArray());
    TorchServeJson.write(predictor.predictDrawing(image).toJson());
    TorchServeJson.write(List.of(predictor.classify(image)));
    TorchServeJson.write(TorchServeError.modelNotFound("warm-up").toJson());
  }

  public int port() {
    return http.getAddress().getPort();
  }

  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /** How many predictions were refused with 503 (see {@link Options#withUnavailableEvery}). */
  public long refusedPredictions() {
    return handler.refused();
  }

  public boolean isReady() {
    return !neverReady && System.nanoTime() - readyAtNanos >= 0;
  }

  /** Blocks until {@link #close()} has finished. */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  /**
   * Graceful stop: lets in-flight requests finish (up to 2 s), then stops. HttpServer.stop(delay)
   * is not used for the wait because on JDK 17 it always sleeps the whole delay.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    try {
      long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
      while (inFlight.get() > 0 && System.nanoTime() - deadline < 0) {
        Thread.sleep(10);
      }
      http.stop(0);
      executor.shutdown();
      // Closing native sessions under a running inference would crash the JVM, so only when idle.
      if (executor.awaitTermination(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        closeQuietly(predictor);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closed.countDown();
    }
  }

  private static void closeQuietly(DemoPredictor predictor) {
    try {
      predictor.close();
    } catch (OrtException e) {
      System.err.println("predcheck demo model server: closing sessions: " + e.getMessage());
    }
  }
}
