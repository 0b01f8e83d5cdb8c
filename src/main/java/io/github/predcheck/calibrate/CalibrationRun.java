package io.github.predcheck.calibrate;

import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Spread;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.core.Words;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.GoldenForm;
import io.github.predcheck.run.Answer;
import io.github.predcheck.run.CheckConfig;
import io.github.predcheck.run.CheckRun;
import io.github.predcheck.run.Goldens;
import io.github.predcheck.run.SampleCalls;
import io.github.predcheck.samples.SampleFolder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the API's own noise: brings it up once, sends every sample {@code calls} times, the
 * first call of every sample one at a time and the others at the configured concurrency (dynamic
 * batching makes an answer depend on what shares its batch), and compares each later answer with
 * the sample's first through the goldens' form. Only the first answer of each sample is kept, and
 * only until its later calls are done, which run in a row on one thread.
 */
public final class CalibrationRun {
  /** Calls that failed, named in the warning. */
  private static final int ERROR_EXAMPLES = 5;

  private final double safetyFactor;
  private final Spread spread = new Spread();
  private final NearZeroSpread nearZero;
  private final GoldenDrift drift = new GoldenDrift();
  private final Tolerance common;
  private final AtomicLong errors = new AtomicLong();
  private final List<String> errorExamples = new ArrayList<>();

  private CalibrationRun(double safetyFactor, Tolerance common) {
    this.safetyFactor = safetyFactor;
    this.common = common;
    this.nearZero = new NearZeroSpread(safetyFactor);
  }

  public static Calibration run(CheckConfig config, int calls, double safetyFactor, Log log)
      throws PredcheckException {
    if (calls < 2) {
      throw new ConfigurationException(
          Setting.CALLS
              + " must be at least 2, was "
              + calls
              + ": calibration compares each sample's later answers with its first. The default is"
              + " 5.");
    }
    if (!(safetyFactor > 0) || Double.isInfinite(safetyFactor)) {
      throw new ConfigurationException(
          Setting.SAFETY_FACTOR
              + " must be a number above 0, was "
              + safetyFactor
              + ": the proposed tolerance is it times the largest spread. The default is 10.");
    }
    GoldenFile<?> golden = Goldens.readIfPresent(config);
    CalibrationRun run = new CalibrationRun(safetyFactor, config.tolerance());
    return golden == null
        ? run.calibrate(config, Goldens.empty(config), false, calls, log)
        : run.calibrate(config, golden, true, calls, log);
  }

  private <E> Calibration calibrate(
      CheckConfig config, GoldenFile<E> golden, boolean hasGoldens, int calls, Log log)
      throws PredcheckException {
    long start = System.nanoTime();
    CheckRun.Selection selection = CheckRun.select(config, golden);
    SampleFolder folder = selection.folder();
    List<String> ids = selection.ids();
    if (ids.isEmpty()) {
      throw new ConfigurationException(
          "Nothing to calibrate with: no sample in "
              + folder.root()
              + ". Put sample inputs there, or point "
              + Setting.SAMPLES
              + " at them.");
    }
    GoldenForm<E> form = golden.form();
    int threads = config.request().threads();
    List<String> all = ids;
    SampleCalls.session(
        config,
        folder,
        "Calibrating with " + Words.count(all.size(), "sample") + ", " + calls + " calls each,",
        log,
        api -> {
          Map<String, E> firsts = new ConcurrentHashMap<>();
          api.pass(all, 1, id -> first(api, id, golden, hasGoldens, firsts), Boolean::booleanValue);
          return api.pass(
              all,
              threads,
              id -> later(api, id, form, firsts.remove(id), calls - 1),
              Boolean::booleanValue);
        });
    Map<String, Proposal> proposals = new LinkedHashMap<>();
    spread
        .all()
        .forEach(
            (group, s) -> proposals.put(group, Proposal.of(s, nearZero.get(group), safetyFactor)));
    if (proposals.values().stream().noneMatch(Proposal::numeric)) {
      throw new RunException(
          "Nothing to calibrate: no answer held a number to compare with another call's"
              + (errors.get() > 0 ? "; " + errorText() : "")
              + ".");
    }
    List<GoldenDrift.Outside> outside = drift.outside(proposals);
    return new Calibration(
        config.executionId(),
        all.size(),
        calls,
        threads,
        safetyFactor,
        config.json() != null,
        common,
        List.copyOf(proposals.values()),
        outside,
        errors.get(),
        examples(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /** The first call, kept as expected values for the later ones; compared with the goldens. */
  private <E> boolean first(
      SampleCalls api, String id, GoldenFile<E> golden, boolean hasGoldens, Map<String, E> firsts) {
    Answer a = api.ask(id);
    if (a.error() != null) {
      error(id, a.error());
      return true;
    }
    GoldenForm<E> form = golden.form();
    E expected = hasGoldens ? golden.expected(id) : null;
    if (expected != null) {
      for (ValueResult v : form.compare(id, expected, a.json()).values()) {
        if (v.status() == Status.ERROR) {
          error(id, v.message());
        } else {
          drift.add(form.group(v.output()), v);
        }
      }
    }
    firsts.put(id, form.expectedOf(id, a.json()));
    return false;
  }

  /** A sample's later calls, in a row, each compared with its first answer. */
  private <E> boolean later(SampleCalls api, String id, GoldenForm<E> form, E first, int n) {
    if (first == null) {
      return true; // its first call failed: nothing to compare with
    }
    for (int call = 0; call < n; call++) {
      Answer a = api.ask(id);
      if (a.error() != null) {
        error(id, a.error());
        continue;
      }
      SampleResult r = form.compare(id, first, a.json());
      for (ValueResult v : r.values()) {
        if (v.status() == Status.ERROR) {
          error(id, v.message());
          continue;
        }
        String group = form.group(v.output());
        Tolerance t = form.toleranceOr(v.output(), common);
        spread.add(group, v, t.absolute());
        nearZero.add(group, v, t);
      }
    }
    return false;
  }

  private void error(String id, String cause) {
    errors.incrementAndGet();
    synchronized (errorExamples) {
      if (errorExamples.size() < ERROR_EXAMPLES) {
        errorExamples.add(id + ": " + cause);
      }
    }
  }

  private List<String> examples() {
    synchronized (errorExamples) {
      return List.copyOf(errorExamples);
    }
  }

  private String errorText() {
    return Words.count(errors.get(), "call") + " failed, e.g. " + String.join("; ", examples());
  }
}
