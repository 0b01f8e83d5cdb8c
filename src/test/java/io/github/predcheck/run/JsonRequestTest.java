package io.github.predcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.predcheck.core.Log;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.http.RequestTemplate;
import io.github.predcheck.json.Json;
import io.github.predcheck.samples.SampleFolder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes over the wire for a JSON sample and for a sample wrapped in a request template. */
class JsonRequestTest {
  record Request(String contentType, byte[] body) {}

  @TempDir Path dir;
  HttpServer server;
  final List<Request> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        e -> {
          received.add(
              new Request(
                  e.getRequestHeaders().getFirst("Content-Type"),
                  e.getRequestBody().readAllBytes()));
          byte[] answer = "{\"predictions\": [1.5]}".getBytes(StandardCharsets.UTF_8);
          e.sendResponseHeaders(200, answer.length);
          e.getResponseBody().write(answer);
          e.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Answer ask(String id, RequestTemplate template) throws Exception {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/models/m:predict";
    RequestSpec spec =
        new RequestSpec(url, null, Map.of(), Duration.ofSeconds(10), 1).withTemplate(template);
    try (ApiClient client = new ApiClient(spec)) {
      return new SampleClient(SampleFolder.open(dir), client, url, spec, Log.SILENT).ask(id);
    }
  }

  @Test
  void aJsonSampleIsSentAsItIsWithItsMediaType() throws Exception {
    String request = "{\"instances\": [[1.0, 2.0]], \"id\": \"図面\"}";
    Files.writeString(dir.resolve("a.json"), request);
    Answer answer = ask("a", null);
    assertThat(answer.error()).isNull();
    assertThat(received)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.contentType()).isEqualTo("application/json");
              assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(request);
            });
  }

  @Test
  void aTemplateWrapsTheFileInAJsonRequest() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
    Files.write(dir.resolve("a.png"), png);
    RequestTemplate v1 =
        RequestTemplate.parse(
            "{\"instances\": [{\"b64\": \"{sample.base64}\", \"key\": \"{sample.id}\"}]}",
            "inline");
    Answer answer = ask("a", v1);
    assertThat(answer.error()).isNull();
    assertThat(answer.json().at("/predictions/0").doubleValue()).isEqualTo(1.5);
    Request r = received.get(0);
    assertThat(r.contentType()).isEqualTo("application/json");
    var body = Json.parse(new String(r.body(), StandardCharsets.UTF_8));
    assertThat(Base64.getDecoder().decode(body.at("/instances/0/b64").textValue())).isEqualTo(png);
    assertThat(body.at("/instances/0/key").textValue()).isEqualTo("a");
  }
}
