package io.github.predcheck.maven;

/** Every user property of the plugin, in one place; all share the {@code predcheck.} prefix. */
public final class UserProperties {
  public static final String SKIP = "predcheck.skip";
  public static final String GOLDEN = "predcheck.golden";
  public static final String GOLDEN_JSON = "predcheck.goldenJson";
  public static final String SAMPLES = "predcheck.samples";
  public static final String REQUEST_TEMPLATE = "predcheck.requestTemplate";
  public static final String ENDPOINT = "predcheck.endpoint";
  public static final String MULTIPART_FIELD = "predcheck.multipartField";
  public static final String SERVER_ID = "predcheck.serverId";
  public static final String HEALTH_URL = "predcheck.healthUrl";
  public static final String HEALTH_CONDITION = "predcheck.healthCondition";
  public static final String READY_URL = "predcheck.readyUrl";
  public static final String READY_CONDITION = "predcheck.readyCondition";
  public static final String HEALTH_TIMEOUT = "predcheck.healthTimeout";
  public static final String HEALTH_INTERVAL = "predcheck.healthInterval";
  public static final String REQUEST_TIMEOUT = "predcheck.requestTimeout";
  public static final String THREADS = "predcheck.threads";
  public static final String MAX_CONSECUTIVE_FAILURES = "predcheck.maxConsecutiveFailures";
  public static final String RETRIES = "predcheck.retries";
  public static final String MAX_RESPONSE_BYTES = "predcheck.maxResponseBytes";
  public static final String RETRY_ON = "predcheck.retryOn";
  public static final String MAX_ROWS = "predcheck.maxRows";
  public static final String FAIL_ON_NEW = "predcheck.failOnNew";
  public static final String DEFER_FAILURE = "predcheck.deferFailure";
  public static final String KEEP_RUNNING = "predcheck.keepRunning";
  public static final String COMPOSE_COMMAND = "predcheck.composeCommand";
  public static final String REPORT_DIRECTORY = "predcheck.reportDirectory";
  public static final String RECORD = "predcheck.record";
  public static final String SHARD = "predcheck.shard";
  public static final String SHARD_RESULTS = "predcheck.shardResults";
  public static final String CHANGED_SINCE = "predcheck.changedSince";
  public static final String ALWAYS_RELEVANT = "predcheck.alwaysRelevant";
  public static final String BASELINE_URL = "predcheck.baselineUrl";
  public static final String BASELINE_REF = "predcheck.baselineRef";
  public static final String NOISE_CALLS = "predcheck.noiseCalls";
  public static final String NOISE_FACTOR = "predcheck.noiseFactor";
  public static final String SEQUENTIAL = "predcheck.sequential";
  public static final String CHECK_GOLDENS = "predcheck.checkGoldens";
  public static final String CALLS = "predcheck.calls";
  public static final String SAFETY_FACTOR = "predcheck.safetyFactor";

  /** failsafe's flags, honoured so that one switch skips all integration tests. */
  public static final String SKIP_ITS = "skipITs";

  public static final String SKIP_TESTS = "skipTests";
  public static final String MAVEN_TEST_SKIP = "maven.test.skip";

  private UserProperties() {}
}
