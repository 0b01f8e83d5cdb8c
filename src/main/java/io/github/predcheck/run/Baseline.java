package io.github.predcheck.run;

import io.github.predcheck.http.Urls;
import io.github.predcheck.lifecycle.ApiSpec;
import io.github.predcheck.lifecycle.ComposeSpec;
import java.nio.file.Path;

/**
 * Where a diff's baseline answers come from: a deployed API at {@code url}; the tree of git {@code
 * ref} materialised at {@code workDir} and started with {@code api} (the execution's own command or
 * compose configuration, or the baseline's), its paths moved into that tree; or, with neither,
 * {@code api} as it is (a baseline of its own: the released image in a compose file).
 */
public record Baseline(String url, String ref, ApiSpec api, Path workDir) {
  public static Baseline url(String url) {
    return new Baseline(url, null, ApiSpec.URL, null);
  }

  public static Baseline started(ApiSpec api) {
    return new Baseline(null, null, api, null);
  }

  /** For the log and the reports; a ref as the checked-out tree names it, with its commit. */
  String describe(String refWithCommit) {
    if (url != null) {
      return Urls.redact(url);
    }
    String how = api instanceof ComposeSpec ? "compose files" : "command";
    return ref == null
        ? "started by its own " + how
        : refWithCommit + ", started by the " + how + " in its tree";
  }

  public static Baseline ref(String ref, ApiSpec api, Path workDir) {
    return new Baseline(null, ref, api, workDir);
  }
}
