package io.github.predcheck.http;

import io.github.predcheck.samples.Sample;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.FileEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

/** Sends samples to the prediction endpoint and polls URLs, over one pooled HttpClient 5. */
public final class ApiClient implements AutoCloseable {
  private final CloseableHttpClient client;
  private final RequestSpec spec;

  public ApiClient(RequestSpec spec) {
    this.spec = spec;
    Timeout timeout = Timeout.of(spec.timeout());
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(spec.threads() + 1)
                    .setMaxConnPerRoute(spec.threads() + 1)
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofSeconds(10))
                            .setSocketTimeout(timeout)
                            .build())
                    .build())
            .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
            // A retried POST could hide a flaky API; every failure is reported as it happened.
            .disableAutomaticRetries()
            .disableCookieManagement()
            .build();
  }

  /** POSTs the sample to the endpoint, as the raw body or as a multipart field. */
  public ApiResponse predict(String endpoint, Sample sample) throws IOException {
    ContentType type = ContentType.parse(sample.contentType());
    HttpEntity entity =
        spec.multipartField() == null
            ? new FileEntity(sample.file().toFile(), type)
            : MultipartEntityBuilder.create()
                .addBinaryBody(
                    spec.multipartField(),
                    sample.file().toFile(),
                    type,
                    sample.file().getFileName().toString())
                .build();
    ClassicRequestBuilder builder =
        ClassicRequestBuilder.post(URI.create(endpoint)).setEntity(entity);
    spec.headers().forEach(builder::addHeader);
    return execute(builder.build());
  }

  /** A GET with the configured headers (readiness probes may need the same auth as predictions). */
  public ApiResponse get(URI url, Duration timeout) throws IOException {
    HttpGet get = new HttpGet(url);
    get.setConfig(
        RequestConfig.custom()
            .setResponseTimeout(Timeout.of(timeout))
            .setConnectionRequestTimeout(Timeout.of(timeout))
            .build());
    for (Map.Entry<String, String> h : spec.headers().entrySet()) {
      get.addHeader(h.getKey(), h.getValue());
    }
    return execute(get);
  }

  private ApiResponse execute(ClassicHttpRequest request) throws IOException {
    long start = System.nanoTime();
    return client.execute(
        request,
        (ClassicHttpResponse response) -> {
          HttpEntity body = response.getEntity();
          String text = body == null ? "" : EntityUtils.toString(body, StandardCharsets.UTF_8);
          return new ApiResponse(response.getCode(), text, (System.nanoTime() - start) / 1_000_000);
        });
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
