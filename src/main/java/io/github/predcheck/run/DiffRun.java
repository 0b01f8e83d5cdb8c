package io.github.predcheck.run;

import io.github.predcheck.compare.NoiseJudge;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Spread;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.core.Words;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.GoldenForm;
import io.github.predcheck.http.Urls;
import io.github.predcheck.lifecycle.ApiSession;
import io.github.predcheck.lifecycle.Readiness;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The diff loop: every sample goes to the baseline ({@code noiseCalls + 1} times) and to the
 * candidate, in one pass with both APIs up, or in two passes (baseline first) when they cannot run
 * at once. The candidate's answer is compared with the baseline's first by the goldens' form and
 * rules; the baseline's other answers measure its noise per output group, and a candidate
 * difference within that noise is NOISE, not a divergence. The candidate is also compared with the
 * goldens, for the obtained file and, when asked, for the verdict.
 */
public final class DiffRun {
  private DiffRun() {}

  /**
   * The baseline's answers to one sample, as expected values of the form, or why there are none.
   */
  private record BaselineAnswer<E>(E expected, String error) {}

  /** A sample's candidate result against the baseline and against the goldens. */
  private record Pair(SampleResult diff, SampleResult golden) {
    boolean failed() {
      return diff.failed();
    }
  }

  public static CheckResult run(DiffConfig diff, Log log) throws PredcheckException {
    GoldenFile<?> present = Goldens.readIfPresent(diff.candidate());
    GoldenFile<?> golden = present != null ? present : Goldens.empty(diff.candidate());
    return run(diff, golden, present != null && diff.checkGoldens(), log);
  }

  private static <E> CheckResult run(
      DiffConfig diff, GoldenFile<E> golden, boolean checkGoldens, Log log)
      throws PredcheckException {
    long start = System.nanoTime();
    CheckConfig candidate = diff.candidate();
    Baseline baseline = diff.baseline();
    if (baseline.ref() != null) {
      return BaselineRefs.withTree(
          diff,
          log,
          (api, described) -> run(diff, golden, checkGoldens, api, described, start, log));
    }
    CheckConfig api =
        baseline.url() != null
            ? candidate.withApi(
                candidate.request().withEndpoint(baseline.url()), Readiness.NONE, baseline.api())
            : candidate.withApi(candidate.request(), candidate.readiness(), baseline.api());
    return run(diff, golden, checkGoldens, api, baseline.describe(null), start, log);
  }

  private static <E> CheckResult run(
      DiffConfig diff,
      GoldenFile<E> golden,
      boolean checkGoldens,
      CheckConfig baselineApi,
      String baselineName,
      long start,
      Log log)
      throws PredcheckException {
    CheckConfig candidate = diff.candidate();
    String url = candidate.request().endpoint();
    if (!diff.sequential()
        && !url.contains(ApiSession.PORT)
        && baselineApi.request().endpoint().equals(url)) {
      // Both on one fixed port: the first up would answer for both, and the diff would compare an
      // API with itself.
      throw new ConfigurationException(
          "The baseline and the candidate would both answer at "
              + Urls.redact(url)
              + ": two APIs cannot run at once on one fixed port. Set "
              + Setting.SEQUENTIAL
              + " to run the baseline first and the candidate after it, or let predcheck pick the"
              + " ports with {port} in "
              + Setting.ENDPOINT
              + ".");
    }
    GoldenForm<E> form = golden.form();
    CheckRun.Selection selection = CheckRun.select(candidate, golden);
    Spread noise = new Spread();
    List<Pair> pairs;
    if (selection.nothingToSend(log)) {
      pairs = List.of();
    } else if (diff.sequential()) {
      log.info("Baseline first (" + baselineName + "), then the candidate: one API at a time.");
      List<BaselineAnswer<E>> answers =
          SampleBatch.run(
              baselineApi,
              selection.folder(),
              selection.ids(),
              selection.what() + " (baseline, " + calls(diff) + ")",
              log,
              (client, id) ->
                  baseline(client, id, diff.noiseCalls(), form, candidate.tolerance(), noise),
              a -> a.error() != null);
      Map<String, BaselineAnswer<E>> byId = new HashMap<>();
      for (int i = 0; i < answers.size(); i++) {
        byId.put(selection.ids().get(i), answers.get(i));
      }
      pairs =
          SampleBatch.run(
              candidate,
              selection.folder(),
              selection.ids(),
              selection.what() + " (candidate)",
              log,
              (client, id) -> candidate(client, id, byId.get(id), form, golden),
              Pair::failed);
    } else {
      pairs =
          SampleBatch.run(
              List.of(baselineApi, candidate),
              selection.folder(),
              selection.ids(),
              selection.what() + " (baseline " + calls(diff) + ", candidate 1 call each)",
              log,
              (clients, id) ->
                  candidate(
                      clients.get(1),
                      id,
                      baseline(
                          clients.get(0),
                          id,
                          diff.noiseCalls(),
                          form,
                          candidate.tolerance(),
                          noise),
                      form,
                      golden),
              Pair::failed,
              SampleBatch.PROGRESS_EVERY);
    }
    NoiseJudge judge = new NoiseJudge(noise, diff.noiseFactor(), form::group);
    List<SampleResult> judged = new ArrayList<>(pairs.size());
    List<SampleResult> goldenResults = new ArrayList<>(pairs.size());
    for (Pair p : pairs) {
      judged.add(judge.judge(p.diff()));
      goldenResults.add(p.golden());
    }
    DiffSummary summary =
        new DiffSummary(
            baselineName,
            diff.noiseCalls(),
            diff.noiseFactor(),
            judge.rows(judged),
            goldenResults,
            checkGoldens,
            form::group);
    return new CheckResult(
        candidate.executionId(),
        golden,
        judged,
        (System.nanoTime() - start) / 1_000_000,
        candidate.request().endpoint(),
        candidate.request().threads(),
        summary);
  }

  private static String calls(DiffConfig diff) {
    return Words.count(diff.noiseCalls() + 1, "call") + " each";
  }

  /**
   * The baseline's first answer as expected values; each further answer is compared with it, and
   * what differs is its noise. A failed call is the sample's error: a baseline that cannot answer
   * twice measures no noise.
   */
  private static <E> BaselineAnswer<E> baseline(
      SampleClient client,
      String id,
      int noiseCalls,
      GoldenForm<E> form,
      Tolerance common,
      Spread noise) {
    Answer first = client.ask(id);
    if (first.error() != null) {
      return new BaselineAnswer<>(null, "the baseline: " + first.error());
    }
    E expected = form.expectedOf(id, first.json());
    for (int call = 2; call <= noiseCalls + 1; call++) {
      Answer again = client.ask(id);
      if (again.error() != null) {
        return new BaselineAnswer<>(
            null, "the baseline, call " + call + " of the sample: " + again.error());
      }
      for (ValueResult v : form.compare(id, expected, again.json()).values()) {
        noise.add(form.group(v.output()), v, form.toleranceOr(v.output(), common).absolute());
      }
    }
    return new BaselineAnswer<>(expected, null);
  }

  private static <E> Pair candidate(
      SampleClient client,
      String id,
      BaselineAnswer<E> baseline,
      GoldenForm<E> form,
      GoldenFile<E> golden) {
    Answer answer = client.ask(id);
    E expected = golden.expected(id);
    if (answer.error() != null) {
      String error = "the candidate: " + answer.error();
      SampleResult failed = form.failed(id, baseline.expected(), error);
      return new Pair(
          known(failed).withRetries(answer.retries()), form.failed(id, expected, error));
    }
    SampleResult diff =
        baseline.error() != null
            ? known(form.failed(id, null, baseline.error()))
            : form.compare(id, baseline.expected(), answer.json());
    return new Pair(diff.withRetries(answer.retries()), form.compare(id, expected, answer.json()));
  }

  /** Every sample of a diff has a baseline, so none is new, even one whose baseline failed. */
  private static SampleResult known(SampleResult r) {
    return new SampleResult(r.id(), true, r.values(), r.response(), r.retries());
  }
}
