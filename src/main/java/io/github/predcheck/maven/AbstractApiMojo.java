package io.github.predcheck.maven;

import io.github.predcheck.core.MaskedMap;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.http.RetryPolicy;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** The parameters of the goals that call the API: what to send, where, and how the API comes up. */
abstract class AbstractApiMojo extends AbstractPredcheckMojo {
  /**
   * The golden CSV: one row per sample and output, e.g. {@code 図面_id,pred,name}. The first column
   * is the sample id whatever its header; see {@code <columns>}.
   */
  @Parameter(
      property = UserProperties.GOLDEN,
      defaultValue = "${project.basedir}/src/test/predcheck/golden.csv")
  File golden;

  /**
   * Structured goldens instead of the CSV: a folder of {@code <sample id>.json} files, or one JSON
   * file mapping each sample id to its expected response. Compared structurally.
   */
  @Parameter(property = UserProperties.GOLDEN_JSON)
  File goldenJson;

  /**
   * Tolerances of JSON golden values by path pattern, e.g. {@code /*&#47;score}; the first match
   * wins.
   */
  @Parameter List<JsonToleranceParameter> jsonTolerances;

  /**
   * JSON golden paths not compared (timestamps, request ids), e.g. {@code /request_id} or {@code
   * /**&#47;timestamp}.
   */
  @Parameter List<String> ignorePaths;

  /**
   * JSON golden paths whose ranking by value must stay the same: a classifier's labels by score.
   * {@code /} is the whole response. A top-1 flip between near-tied classes fails even when each
   * score is within tolerance.
   */
  @Parameter List<String> rankPaths;

  /** Golden CSV column names: {@code <columns><id/><value/><name/></columns>}. */
  @Parameter ColumnsParameter columns;

  /** The folder of sample inputs; sample id {@code A/B} is the file {@code A/B.<extension>}. */
  @Parameter(
      property = UserProperties.SAMPLES,
      defaultValue = "${project.basedir}/src/test/predcheck/samples")
  File samples;

  /**
   * Required. The prediction URL, TorchServe style: {@code
   * http://localhost:8080/predictions/mymodel}. {@code {port}} stands for the port of an API that
   * predcheck starts.
   */
  @Parameter(property = UserProperties.ENDPOINT)
  String endpoint;

  /**
   * Send each sample as this multipart/form-data field instead of as the raw body; TorchServe's
   * default handlers read the field {@code data}.
   */
  @Parameter(property = UserProperties.MULTIPART_FIELD)
  String multipartField;

  /**
   * Send each sample wrapped in a JSON request, for KServe v1 or Open Inference Protocol v2
   * servers: the path of a JSON file (relative to the project's folder) or the JSON itself (text
   * starting with <code>{</code> or {@code [}), e.g. <code>{"instances": [{"b64":
   * "{sample.base64}"}]}</code>. Placeholders, inside JSON strings: <code>{sample.base64}</code>
   * (the file's bytes), <code>{sample.id}</code>, <code>{sample.fileName}</code>, <code>
   * {sample.contentType}</code>. Sent as {@code application/json}; checked before any request.
   */
  @Parameter(property = UserProperties.REQUEST_TEMPLATE)
  String requestTemplate;

  /**
   * Extra request headers, e.g. {@code <Authorization>Bearer {env:API_TOKEN}</Authorization>}:
   * {@code {env:NAME}} is read from the environment Maven runs in, so the value never appears in
   * Maven's output (a literal or {@code ${env.NAME}} value does, under {@code -X}). Never logged.
   */
  @Parameter MaskedMap headers;

  /**
   * The id of a {@code <server>} in settings.xml whose password (encrypted or not, decrypted as
   * Maven decrypts settings) is sent as {@code Authorization: Bearer <password>}, or Basic when the
   * server has a {@code <username>}; also on healthUrl and readyUrl. Never printed. Conflicts with
   * an {@code Authorization} entry in {@code <headers>}.
   */
  @Parameter(property = UserProperties.SERVER_ID)
  String serverId;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  /** Named in the message when serverId names no server. */
  @Parameter(defaultValue = "${session.request.userSettingsFile}", readonly = true)
  File userSettingsFile;

  @Parameter(defaultValue = "${session.request.globalSettingsFile}", readonly = true)
  File globalSettingsFile;

  /** Decrypts settings.xml passwords; injected by the goals that call the API. */
  SettingsDecrypter settingsDecrypter;

  /**
   * Polled before the first sample until it answers 200, e.g. {@code http://localhost:8080/ping}.
   */
  @Parameter(property = UserProperties.HEALTH_URL)
  String healthUrl;

  /**
   * A condition on healthUrl's JSON body, {@code <pointer>=<value>}, e.g. {@code /status=Healthy}.
   */
  @Parameter(property = UserProperties.HEALTH_CONDITION)
  String healthCondition;

  /**
   * Polled after healthUrl, e.g. TorchServe's management API {@code
   * http://localhost:8081/models/mymodel} (its /ping answers Healthy before any model is loaded).
   */
  @Parameter(property = UserProperties.READY_URL)
  String readyUrl;

  /**
   * A condition on readyUrl's JSON body, e.g. {@code /0/workers/*&#47;status=READY} (every worker
   * READY).
   */
  @Parameter(property = UserProperties.READY_CONDITION)
  String readyCondition;

  /** Seconds to wait for healthUrl and readyUrl. */
  @Parameter(property = UserProperties.HEALTH_TIMEOUT, defaultValue = "60")
  int healthTimeout;

  /** Milliseconds between two polls. */
  @Parameter(property = UserProperties.HEALTH_INTERVAL, defaultValue = "500")
  int healthInterval;

  /**
   * Seconds one prediction request may take, from connecting to the last byte of the answer: an API
   * still trickling its answer is cut off then.
   */
  @Parameter(property = UserProperties.REQUEST_TIMEOUT, defaultValue = "60")
  int requestTimeout;

  /** How many samples are sent at once. */
  @Parameter(property = UserProperties.THREADS, defaultValue = "1")
  int threads;

  /**
   * After this many timeouts or connection failures in a row (any HTTP answer resets the count),
   * the API counts as no longer answering: the remaining samples are not sent, and each is an error
   * saying so. A hung API then costs about {@code maxConsecutiveFailures / threads *
   * requestTimeout} instead of one timeout per sample. Default 5.
   */
  @Parameter(property = UserProperties.MAX_CONSECUTIVE_FAILURES, defaultValue = "5")
  int maxConsecutiveFailures = RequestSpec.DEFAULT_MAX_CONSECUTIVE_FAILURES;

  /**
   * The largest answer read, e.g. {@code 32MB}, {@code 512KB} (units of 1,024): a larger one is
   * that sample's error, not an OutOfMemoryError. Up to {@code threads} answers are held at once.
   */
  @Parameter(property = UserProperties.MAX_RESPONSE_BYTES, defaultValue = "32MB")
  String maxResponseBytes;

  /**
   * How many times a sample is sent again when the API refuses it (TorchServe's 503 "no worker to
   * serve inference request", a gateway's 429), with exponential backoff and jitter, honouring
   * Retry-After up to 30 s. Refused is not answered, so this is no retry of a prediction. The
   * reports count retries per sample. Default 2; 0 reports the refusal as an error.
   */
  @Parameter(property = UserProperties.RETRIES, defaultValue = "2")
  int retries = RetryPolicy.DEFAULT.retries();

  /**
   * Failures that are retried too, comma-separated: {@code timeout}, {@code connection} (refused or
   * reset). Off by default: such a request may have reached the API.
   */
  @Parameter(property = UserProperties.RETRY_ON)
  String retryOn;

  /**
   * The outputs to compare; by default every name in the golden file, at {@code /<name>}. Each
   * {@code <output>} has {@code <name>} (as in the golden file's name column), {@code <pointer>} (a
   * JSON Pointer into the response, e.g. {@code /result/0}) and {@code <absolute>}, {@code
   * <relative>}, {@code <nanEqual>} overriding {@code <tolerance>}.
   */
  @Parameter List<OutputParameter> outputs;

  /**
   * The tolerance of outputs without their own: {@code <absolute>} (default 1e-8), {@code
   * <relative>} (default 1e-5), {@code <nanEqual>} (default false), as numpy.isclose.
   */
  @Parameter ToleranceParameter tolerance;

  /**
   * Start the API as a child process (command mode): {@code <executable>}, {@code <arguments>},
   * {@code <workingDirectory>} (default the project's folder), {@code <environment>}, {@code
   * <stopGraceSeconds>} (default 10: SIGTERM, then a kill). Its output goes to api.log. At the end
   * the API and every process it started are stopped: they inherit {@code PREDCHECK_RUN=<random
   * id>}, one per execution, and on Linux every process carrying it is stopped, a daemon that
   * double-forked out of the tree included (elsewhere, the API's descendants only). A process whose
   * environment sets {@code PREDCHECK_KEEP=1} is left running.
   */
  @Parameter CommandParameter command;

  /**
   * Start the API from compose files (compose mode): {@code <files>} (default docker-compose.yml or
   * compose.yaml), {@code <projectName>}, {@code <services>}, {@code <build>}, {@code
   * <environment>}, {@code <portService>} and {@code <containerPort>} (the published port that
   * {@code {port}} stands for).
   */
  @Parameter ComposeParameter compose;

  /**
   * The compose command, e.g. {@code podman-compose}; default: the first that works of docker
   * compose, docker-compose, podman compose, podman-compose.
   */
  @Parameter(property = UserProperties.COMPOSE_COMMAND)
  String composeCommand;

  /** Leave a started API running after the build, for debugging; the log says how to stop it. */
  @Parameter(property = UserProperties.KEEP_RUNNING, defaultValue = "false")
  boolean keepRunning;

  /** How many divergent rows the console shows. */
  @Parameter(property = UserProperties.MAX_ROWS, defaultValue = "20")
  int maxRows;

  @Parameter(defaultValue = "${mojoExecution.executionId}", readonly = true)
  String executionId;

  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File basedir;

  @Parameter(defaultValue = "${project.artifactId}", readonly = true)
  String artifactId;

  /** The execution's id, "default" where Maven gives none (a direct call in tests). */
  String executionId() {
    return executionId == null ? "default" : executionId;
  }

  /** This execution's report folder: {@code target/predcheck/<execution id>[/shard-2of4]}. */
  Path executionDir() {
    Path dir = reportDirectory.toPath().resolve(executionId());
    return parsedShard == null ? dir : dir.resolve(parsedShard.folderName());
  }
}
