package io.github.predcheck.lifecycle;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.http.RequestSpec;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the API as its spec says, fills in {@code {port}}, waits until it is ready, and stops it
 * on close whatever happened in between.
 */
public final class ApiSession implements AutoCloseable {
  public static final String PORT = "{port}";

  private final RunningApi api;
  private final String endpoint;

  private ApiSession(RunningApi api, String endpoint) {
    this.api = api;
    this.endpoint = endpoint;
  }

  public static ApiSession start(
      ApiSpec spec, RequestSpec request, Readiness readiness, ApiClient client, Log log)
      throws PredcheckException {
    boolean needsPort = usesPort(spec, request, readiness);
    RunningApi api;
    int port = -1;
    if (spec instanceof CommandSpec command) {
      port = needsPort ? pickPort() : -1;
      api = CommandApi.start(withPort(command, port), log);
    } else if (spec instanceof ComposeSpec compose) {
      ComposeApi started = ComposeApi.start(compose, log);
      api = started;
      if (needsPort) {
        try {
          port = started.publishedPort();
        } catch (PredcheckException e) {
          started.close();
          throw e;
        }
      }
    } else {
      if (needsPort) {
        throw new ConfigurationException(
            "{port} in "
                + Setting.ENDPOINT
                + ", "
                + Setting.HEALTH_URL
                + " or "
                + Setting.READY_URL
                + " needs an API that predcheck starts: configure "
                + Setting.COMMAND
                + " or "
                + Setting.COMPOSE
                + ", or write the port number in the URL.");
      }
      api = RunningApi.NONE;
    }
    String endpoint = fillPort(request.endpoint(), port);
    List<Probe> probes = new ArrayList<>();
    for (Probe p : readiness.probes()) {
      probes.add(p.withUrl(fillPort(p.url(), port)));
    }
    if (probes.isEmpty() && api != RunningApi.NONE) {
      // Without a health URL, at least wait until the started API listens.
      probes.add(new Probe(endpoint, null, true));
    }
    try {
      ReadinessWait.await(
          new Readiness(probes, readiness.timeout(), readiness.interval()), client, api, log);
    } catch (PredcheckException | RuntimeException e) {
      api.close();
      throw e;
    }
    return new ApiSession(api, endpoint);
  }

  /** The prediction URL with the port filled in. */
  public String endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    api.close();
  }

  private static boolean usesPort(ApiSpec spec, RequestSpec request, Readiness readiness) {
    List<String> texts = new ArrayList<>();
    texts.add(request.endpoint());
    readiness.probes().forEach(p -> texts.add(p.url()));
    if (spec instanceof CommandSpec c) {
      texts.addAll(c.arguments());
      texts.addAll(c.environment().values());
    }
    return texts.stream().anyMatch(t -> t.contains(PORT));
  }

  private static int pickPort() throws RunException {
    try {
      return FreePort.pick();
    } catch (IOException e) {
      throw new RunException("Cannot find a free loopback port for {port}: " + e.getMessage(), e);
    }
  }

  private static CommandSpec withPort(CommandSpec c, int port) {
    Map<String, String> env = new LinkedHashMap<>();
    c.environment().forEach((k, v) -> env.put(k, fillPort(v, port)));
    return new CommandSpec(
        c.executable(),
        c.arguments().stream().map(a -> fillPort(a, port)).toList(),
        c.workingDirectory(),
        env,
        c.logFile(),
        c.stopGrace(),
        c.keepRunning());
  }

  /** The text with {@code {port}} filled in; unchanged when no port was picked. */
  static String fillPort(String text, int port) {
    return port < 0 ? text : text.replace(PORT, Integer.toString(port));
  }

  /** Checks a URL's syntax once {port} is filled in with a stand-in, for configuration errors. */
  public static String urlProblem(String url) {
    try {
      URI uri = URI.create(url.replace(PORT, "1"));
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "it needs a scheme and a host, like http://localhost:8080/predictions/model";
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
