package io.github.predcheck.http;

import io.github.predcheck.samples.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.FileEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends samples to the prediction endpoint and polls URLs, over one pooled HttpClient 5. Each
 * exchange is cut off when the request timeout has passed since it began, and redirects are not
 * followed: a sample and the configured headers go to the configured host only.
 */
public final class ApiClient implements AutoCloseable {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_PROBE_REDIRECTS = 5;
  private static final ContentType JSON = ContentType.create("application/json");

  private final CloseableHttpClient client;
  private final RequestSpec spec;
  private final ScheduledThreadPoolExecutor deadlines;

  public ApiClient(RequestSpec spec) {
    this.spec = spec;
    Timeout timeout = Timeout.of(spec.timeout());
    Duration connect =
        spec.timeout().compareTo(CONNECT_TIMEOUT) < 0 ? spec.timeout() : CONNECT_TIMEOUT;
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(spec.threads() + 1)
                    .setMaxConnPerRoute(spec.threads() + 1)
                    .setTlsSocketStrategy(new OnDemandTls())
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.of(connect))
                            .setSocketTimeout(timeout)
                            .build())
                    .build())
            .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
            // A retried POST could hide a flaky API; every failure is reported as it happened.
            .disableAutomaticRetries()
            // A followed redirect would carry the headers (an API key) and the sample to whatever
            // host the API names, or turn a POST into a bodiless GET.
            .disableRedirectHandling()
            .disableCookieManagement()
            .build();
    this.deadlines =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = Executors.defaultThreadFactory().newThread(r);
              t.setName("predcheck-deadline");
              t.setDaemon(true);
              return t;
            });
    deadlines.setRemoveOnCancelPolicy(true);
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
    return post(endpoint, entity);
  }

  /**
   * POSTs a JSON request made from a sample by the {@link RequestSpec#template}; without a charset
   * parameter, which RFC 8259 does not define for JSON (UTF-8).
   */
  public ApiResponse predictJson(String endpoint, byte[] json) throws IOException {
    return post(endpoint, new ByteArrayEntity(json, JSON));
  }

  private ApiResponse post(String endpoint, HttpEntity entity) throws IOException {
    HttpPost post = new HttpPost(URI.create(endpoint));
    post.setEntity(entity);
    spec.headers().forEach(post::addHeader);
    return execute(post, spec.timeout());
  }

  /**
   * A GET with the configured headers (readiness probes may need the same auth as predictions), cut
   * off after {@code timeout}. Redirects within the same scheme, host and port are followed; one to
   * another host is returned as it came, so the headers never leave the configured host.
   */
  public ApiResponse get(URI url, Duration timeout) throws IOException {
    URI current = url;
    for (int hop = 0; ; hop++) {
      HttpGet get = new HttpGet(current);
      get.setConfig(
          RequestConfig.custom()
              .setResponseTimeout(Timeout.of(timeout))
              .setConnectionRequestTimeout(Timeout.of(timeout))
              .build());
      spec.headers().forEach(get::addHeader);
      ApiResponse response = execute(get, timeout);
      if (!response.redirect() || hop == MAX_PROBE_REDIRECTS) {
        return response;
      }
      URI next;
      try {
        next = URI.create(response.redirectTo());
      } catch (IllegalArgumentException notAUri) {
        return response;
      }
      if (!sameOrigin(url, next)) {
        return response;
      }
      current = next;
    }
  }

  /** Same scheme, host and port: where the configured headers were meant to go. */
  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null
        && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equals(u.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
  }

  /**
   * Runs one exchange under a deadline: when {@code limit} has passed since it began, the request
   * is cancelled, which closes its connection and ends any read blocked on it. The socket timeout
   * alone limits only the gap between two bytes.
   */
  private ApiResponse execute(HttpUriRequestBase request, Duration limit) throws IOException {
    long start = System.nanoTime();
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> cut =
        deadlines.schedule(
            () -> {
              late.set(true);
              request.cancel();
            },
            limit.toNanos(),
            TimeUnit.NANOSECONDS);
    try {
      return client.execute(
          request,
          (ClassicHttpResponse response) -> {
            String text = read(response.getEntity(), request);
            return new ApiResponse(
                response.getCode(),
                text,
                (System.nanoTime() - start) / 1_000_000,
                redirectTarget(request, response),
                RetryPolicy.retryAfter(response.getFirstHeader(HttpHeaders.RETRY_AFTER)));
          });
    } catch (IOException | RuntimeException e) {
      // A read that timed out waited as long as the whole exchange may take: the same timeout,
      // whichever of the two noticed it first.
      if (late.get() || e instanceof SocketTimeoutException) {
        throw new RequestTimeoutException(limit, e);
      }
      throw e;
    } finally {
      cut.cancel(false);
    }
  }

  /**
   * The body as text, read up to {@code maxResponseBytes}: a larger one ends the exchange (its
   * connection is not reused) instead of filling the heap.
   */
  private String read(HttpEntity body, HttpUriRequestBase request) throws IOException {
    if (body == null) {
      return "";
    }
    long max = spec.maxResponseBytes();
    long declared = body.getContentLength();
    if (declared > max) {
      throw tooLarge(request, max);
    }
    try (InputStream in = body.getContent()) {
      if (in == null) {
        return "";
      }
      // One byte over the limit tells a larger answer from one of exactly the limit.
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw tooLarge(request, max);
      }
      return new String(bytes, charset(body));
    }
  }

  /** Aborts the exchange first: its connection, with the rest of the answer unread, is dropped. */
  private static ResponseTooLargeException tooLarge(HttpUriRequestBase request, long max) {
    request.cancel();
    return new ResponseTooLargeException(max);
  }

  private static Charset charset(HttpEntity body) {
    try {
      ContentType type = ContentType.parse(body.getContentType());
      return type == null || type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
    } catch (RuntimeException unknownCharset) {
      return StandardCharsets.UTF_8;
    }
  }

  /** The absolute URL a 3xx answer's Location names, or null. */
  private static String redirectTarget(HttpUriRequestBase request, ClassicHttpResponse response) {
    Header location = response.getFirstHeader(HttpHeaders.LOCATION);
    if (response.getCode() < 300 || response.getCode() >= 400 || location == null) {
      return null;
    }
    String value = location.getValue().strip();
    try {
      return request.getUri().resolve(value).toString();
    } catch (Exception notAUri) {
      return value;
    }
  }

  @Override
  public void close() throws IOException {
    deadlines.shutdownNow();
    client.close();
  }
}
