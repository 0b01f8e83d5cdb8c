package io.github.predcheck.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A JDK HTTP server on loopback for tests: handlers by path, and every request it received. */
public final class LoopbackServer implements AutoCloseable {
  /** A request as it arrived: method, path, the API key header and the body's length. */
  public record Received(String method, String path, String apiKey, int bodyBytes) {}

  private final HttpServer server;
  private final ExecutorService threads;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  public LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "loopback-server");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    server.start();
  }

  /** Handles requests under {@code path}, recording each before the handler runs. */
  public LoopbackServer on(String path, HttpHandler handler) {
    server.createContext(
        path,
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("X-Api-Key"),
                  body.length));
          try {
            handler.handle(exchange);
          } finally {
            exchange.close();
          }
        });
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** Answers with a status and a text body. */
  public static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** A redirect to {@code location}, with a body as servers write one. */
  public static HttpHandler redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      send(exchange, status, "Redirecting to " + location);
    };
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
