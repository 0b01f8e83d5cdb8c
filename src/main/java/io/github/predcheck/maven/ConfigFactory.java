package io.github.predcheck.maven;

import io.github.predcheck.compare.OutputSpec;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.core.ByteSize;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Doubles;
import io.github.predcheck.core.Secrets;
import io.github.predcheck.core.Setting;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.csv.Columns;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.http.RequestTemplate;
import io.github.predcheck.http.RetryPolicy;
import io.github.predcheck.json.Json;
import io.github.predcheck.lifecycle.ApiSession;
import io.github.predcheck.lifecycle.BodyCondition;
import io.github.predcheck.lifecycle.Probe;
import io.github.predcheck.lifecycle.Readiness;
import io.github.predcheck.run.CheckConfig;
import io.github.predcheck.run.Goldens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the mojo's parameters into one validated {@link CheckConfig}; each message names the
 * element to fix.
 */
final class ConfigFactory {
  private ConfigFactory() {}

  static CheckConfig create(AbstractApiMojo m) throws ConfigurationException {
    HttpClientLog.keepQuiet();
    String id = m.executionId();
    if (m.endpoint == null || m.endpoint.isBlank()) {
      throw new ConfigurationException(
          "No prediction URL: set <endpoint> (-D"
              + UserProperties.ENDPOINT
              + "), e.g. http://localhost:8080/predictions/mymodel.");
    }
    checkUrl("endpoint", UserProperties.ENDPOINT, m.endpoint);
    positive("healthTimeout", UserProperties.HEALTH_TIMEOUT, m.healthTimeout);
    positive("healthInterval", UserProperties.HEALTH_INTERVAL, m.healthInterval);
    positive("requestTimeout", UserProperties.REQUEST_TIMEOUT, m.requestTimeout);
    positive("threads", UserProperties.THREADS, m.threads);
    positive(
        "maxConsecutiveFailures",
        UserProperties.MAX_CONSECUTIVE_FAILURES,
        m.maxConsecutiveFailures);
    positive("maxRows", UserProperties.MAX_ROWS, m.maxRows);
    RequestSpec request =
        new RequestSpec(
            m.endpoint.strip(),
            m.multipartField,
            ServerCredentials.withAuthorization(
                m, Secrets.resolve(m.headers, Setting.HEADERS).reveal()),
            Duration.ofSeconds(m.requestTimeout),
            m.threads,
            m.maxConsecutiveFailures,
            retry(m),
            maxResponseBytes(m.maxResponseBytes),
            template(m));
    Tolerance common = tolerance(m.tolerance);
    return new CheckConfig(
        id,
        m.golden.toPath(),
        columns(m.columns),
        m.samples.toPath(),
        request,
        outputs(m.outputs, common),
        common,
        readiness(m),
        ApiConfigFactory.api(m, m.executionDir()),
        m.reportDirectory.toPath(),
        JsonConfigFactory.json(m, common),
        m.basedir.toPath(),
        m.parsedShard);
  }

  /**
   * The golden file as configured, for a goal that calls no API (report): no endpoint, command or
   * header secret is needed to read it.
   */
  static GoldenFile<?> goldens(AbstractApiMojo m) throws ConfigurationException {
    positive("maxRows", UserProperties.MAX_ROWS, m.maxRows);
    Tolerance common = tolerance(m.tolerance);
    return Goldens.read(
        m.golden.toPath(),
        columns(m.columns),
        outputs(m.outputs, common),
        common,
        JsonConfigFactory.json(m, common));
  }

  private static long maxResponseBytes(String text) throws ConfigurationException {
    if (text == null || text.isBlank()) {
      return RequestSpec.DEFAULT_MAX_RESPONSE_BYTES;
    }
    Long bytes = ByteSize.parse(text);
    if (bytes == null) {
      throw new ConfigurationException(
          "<maxResponseBytes> (-D"
              + UserProperties.MAX_RESPONSE_BYTES
              + ") '"
              + text
              + "' is no size; write a number of bytes or one with KB, MB or GB, e.g. 64MB.");
    }
    return bytes;
  }

  private static RequestTemplate template(AbstractApiMojo m) throws ConfigurationException {
    if (m.requestTemplate == null || m.requestTemplate.isBlank()) {
      return null;
    }
    if (m.multipartField != null && !m.multipartField.isBlank()) {
      throw new ConfigurationException(
          "<requestTemplate> and <multipartField> are both set: a template is sent as the JSON"
              + " body, a multipart field as a form. Keep one.");
    }
    return RequestTemplate.of(m.requestTemplate, m.basedir.toPath());
  }

  private static RetryPolicy retry(AbstractApiMojo m) throws ConfigurationException {
    if (m.retries < 0) {
      throw new ConfigurationException(
          "<retries> (-D" + UserProperties.RETRIES + ") must be 0 or more, was " + m.retries + ".");
    }
    Set<RetryPolicy.Cause> on = EnumSet.noneOf(RetryPolicy.Cause.class);
    for (String word : m.retryOn == null ? new String[0] : m.retryOn.split(",")) {
      if (word.isBlank()) {
        continue;
      }
      try {
        on.add(RetryPolicy.Cause.valueOf(word.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException(
            "<retryOn> (-D"
                + UserProperties.RETRY_ON
                + ") '"
                + m.retryOn
                + "': '"
                + word.strip()
                + "' is no failure to retry; use timeout,"
                + " connection or both, e.g. <retryOn>timeout,connection</retryOn>.");
      }
    }
    return new RetryPolicy(m.retries, on);
  }

  private static Columns columns(ColumnsParameter c) {
    return c == null ? Columns.DEFAULT : new Columns(c.id, c.value, c.name);
  }

  private static Tolerance tolerance(ToleranceParameter t) throws ConfigurationException {
    if (t == null) {
      return Tolerance.DEFAULT;
    }
    if (t.scalar != null) {
      Double relative = Doubles.parse(t.scalar);
      if (relative == null || !Double.isFinite(relative)) {
        throw new ConfigurationException(
            "<tolerance>"
                + t.scalar.strip()
                + "</tolerance> is not a"
                + " number. Write a relative tolerance, <tolerance>1e-3</tolerance>, or both bounds:"
                + " <tolerance><absolute>1e-6</absolute><relative>1e-3</relative></tolerance>.");
      }
      return build("<tolerance>", Tolerance.DEFAULT, null, relative, null);
    }
    return build("<tolerance>", Tolerance.DEFAULT, t.absolute, t.relative, t.nanEqual);
  }

  private static List<OutputSpec> outputs(List<OutputParameter> outputs, Tolerance common)
      throws ConfigurationException {
    List<OutputSpec> specs = new ArrayList<>();
    if (outputs == null) {
      return specs;
    }
    for (int i = 0; i < outputs.size(); i++) {
      OutputParameter o = outputs.get(i);
      String where = "<outputs><output> number " + (i + 1);
      if (o.name == null || o.name.isBlank()) {
        throw new ConfigurationException(
            where
                + " has no <name>: give the output's name as the golden file's name column has it.");
      }
      where = "<output> '" + o.name + "'";
      if (o.pointer != null && Json.pointerProblem(o.pointer) != null) {
        throw new ConfigurationException(
            where
                + ": <pointer>"
                + o.pointer
                + "</pointer> is not a JSON Pointer ("
                + Json.pointerProblem(o.pointer)
                + "); write it like /thickness or /predictions/0, or leave it empty for the whole response.");
      }
      specs.add(
          new OutputSpec(
              o.name, o.pointer, build(where, common, o.absolute, o.relative, o.nanEqual)));
    }
    return specs;
  }

  static Tolerance build(
      String where, Tolerance base, Double absolute, Double relative, Boolean nanEqual)
      throws ConfigurationException {
    try {
      return base.withAbsolute(absolute).withRelative(relative).withNanEqual(nanEqual);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          where
              + ": "
              + e.getMessage()
              + ". Use <absolute> and <relative> >= 0, e.g. <relative>1e-5</relative>.");
    }
  }

  private static Readiness readiness(AbstractApiMojo m) throws ConfigurationException {
    List<Probe> probes = new ArrayList<>();
    if (m.healthUrl != null && !m.healthUrl.isBlank()) {
      checkUrl("healthUrl", UserProperties.HEALTH_URL, m.healthUrl);
      probes.add(new Probe(m.healthUrl.strip(), condition(m.healthCondition, "healthCondition")));
    } else if (m.healthCondition != null) {
      throw new ConfigurationException(
          "<healthCondition> needs <healthUrl> (-D" + UserProperties.HEALTH_URL + ").");
    }
    if (m.readyUrl != null && !m.readyUrl.isBlank()) {
      checkUrl("readyUrl", UserProperties.READY_URL, m.readyUrl);
      probes.add(new Probe(m.readyUrl.strip(), condition(m.readyCondition, "readyCondition")));
    } else if (m.readyCondition != null) {
      throw new ConfigurationException(
          "<readyCondition> needs <readyUrl> (-D" + UserProperties.READY_URL + ").");
    }
    return new Readiness(
        probes, Duration.ofSeconds(m.healthTimeout), Duration.ofMillis(m.healthInterval));
  }

  private static BodyCondition condition(String text, String element)
      throws ConfigurationException {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return BodyCondition.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("<" + element + "> " + e.getMessage() + ".");
    }
  }

  static void checkUrl(String element, String property, String url) throws ConfigurationException {
    String problem = ApiSession.urlProblem(url.strip());
    if (problem != null) {
      throw new ConfigurationException(
          "<"
              + element
              + "> (-D"
              + property
              + ") '"
              + url
              + "' is not a valid URL: "
              + problem
              + ".");
    }
  }

  private static void positive(String element, String property, int value)
      throws ConfigurationException {
    if (value < 1) {
      throw new ConfigurationException(
          "<" + element + "> (-D" + property + ") must be at least 1, was " + value + ".");
    }
  }
}
