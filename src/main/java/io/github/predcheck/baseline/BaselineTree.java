package io.github.predcheck.baseline;

import io.github.predcheck.changes.ChangedPaths;
import io.github.predcheck.changes.Git;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.lifecycle.ShutdownGuard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A commit's tree checked out beside the current one, for the baseline API to start from: a
 * detached git worktree, so the repository's HEAD, branch, index and working files stay as they
 * are. It is removed on close, or by a shutdown hook when the JVM ends first (Ctrl-C); one left at
 * the same place by a run that was killed outright is removed before the new one is made.
 */
public final class BaselineTree implements AutoCloseable {
  /** A checkout or removal of a big tree (model files through LFS) takes longer than a query. */
  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final Path projectDir;
  private final Path currentTop;
  private final String ref;
  private final String commit;
  private final String shortCommit;
  private final Path root;
  private final Git git;
  private final Log log;
  private final ShutdownGuard guard;
  private boolean closed;

  private BaselineTree(
      Path projectDir,
      Path currentTop,
      String ref,
      String commit,
      String shortCommit,
      Path root,
      Git git,
      Log log) {
    this.projectDir = projectDir;
    this.currentTop = currentTop;
    this.ref = ref;
    this.commit = commit;
    this.shortCommit = shortCommit;
    this.root = root;
    this.git = git;
    this.log = log;
    // Before the worktree exists: a Ctrl-C during the checkout removes what it made so far.
    this.guard = new ShutdownGuard("predcheck-remove-baseline-tree", this::close);
  }

  /**
   * Checks out the commit {@code ref} names at {@code workDir}, a folder of the build's own (under
   * {@code target/}): whatever is there is deleted first.
   *
   * @param projectDir the module's folder, inside the repository's work tree
   * @throws ConfigurationException when the project is not in a git work tree or the ref names no
   *     commit of this clone
   * @throws RunException when git cannot be run or cannot check the commit out
   */
  public static BaselineTree checkout(Path projectDir, String ref, Path workDir, Log log)
      throws ConfigurationException, RunException {
    if (ref == null || ref.isBlank() || ref.startsWith("-")) {
      throw new ConfigurationException(
          Setting.BASELINE_REF.is(ref)
              + " is no git ref: name a branch, tag or commit, e.g. origin/main.");
    }
    noRepositoryOverride(System.getenv(), ref);
    Path top = topLevel(projectDir, ref);
    Git git = new Git(top, TIMEOUT);
    String commit = commit(git, ref);
    Git.Answer abbreviated = ask(git, ref, "rev-parse", "--short", commit);
    String shortCommit = abbreviated.ok() ? abbreviated.line() : commit.substring(0, 12);
    Path root = workDir.toAbsolutePath().normalize();
    Path project = projectDir.toAbsolutePath().normalize();
    if (top.startsWith(root) || project.startsWith(root)) {
      // The folder is deleted: never the repository or the project it holds.
      throw new IllegalArgumentException(
          "The baseline's folder " + root + " holds the repository " + top);
    }
    BaselineTree tree = new BaselineTree(project, top, ref, commit, shortCommit, root, git, log);
    try {
      tree.materialise();
    } catch (RunException | RuntimeException e) {
      tree.close();
      throw e;
    }
    log.info("Baseline " + tree.describe() + " checked out at " + root);
    return tree;
  }

  /**
   * Git hooks export these (GIT_INDEX_FILE, absolute in a hook of git commit -a): with them, git
   * would check the baseline out through the repository's own index, and an absolute one is
   * overwritten.
   */
  private static void noRepositoryOverride(Map<String, String> env, String ref)
      throws ConfigurationException {
    for (String name : List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE")) {
      if (env.containsKey(name)) {
        throw new ConfigurationException(
            Setting.BASELINE_REF.is(ref)
                + " checks out another commit with git, and "
                + name
                + " is set (as inside a git hook): git would use it instead of the project's own"
                + " repository and index, and change them. Run the build outside the hook, or"
                + " without the variable: env -u "
                + name
                + " followed by the build command.");
      }
    }
  }

  private void materialise() throws RunException {
    if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) || isWorktree()) {
      log.info("Removing the baseline tree that an interrupted run left at " + root);
    }
    // Always: a worktree whose folder was deleted (mvn clean) still blocks the path until pruned.
    remove();
    try {
      Files.createDirectories(root.getParent());
    } catch (IOException e) {
      throw new RunException("Cannot create " + root.getParent() + ": " + e.getMessage(), e);
    }
    Git.Answer add = run("worktree", "add", "--detach", root.toString(), commit);
    if (!add.ok()) {
      throw new RunException(
          "git worktree add --detach "
              + root
              + " "
              + commit
              + " failed, so the baseline "
              + describe()
              + " cannot be checked out: "
              + add.said());
    }
  }

  /** The old tree's repository top: what the current repository's top is for the current tree. */
  public Path root() {
    return root;
  }

  /** The full id of the commit checked out. */
  public String commit() {
    return commit;
  }

  /** The ref as the user named it and its commit, e.g. {@code origin/main at 1a2b3c4}. */
  public String describe() {
    return ref + " at " + shortCommit;
  }

  /** The module's folder in the current tree, where a command runs when it names no other. */
  Path projectDir() {
    return projectDir;
  }

  Path currentTop() {
    return currentTop;
  }

  Log log() {
    return log;
  }

  /**
   * The same path in the old tree: relative to the repository's top there as it is here. Whether
   * the old commit holds it is the caller's question.
   *
   * @throws ConfigurationException when the path is outside the current work tree: no commit holds
   *     it
   */
  public Path relocate(Path inCurrentTree) throws ConfigurationException {
    String relative = ChangedPaths.inside(currentTop, inCurrentTree);
    if (relative == null) {
      throw new ConfigurationException(
          inCurrentTree
              + " is outside the git work tree "
              + currentTop
              + ", so no commit holds it and the baseline "
              + describe()
              + " has no version of it: keep it inside the repository.");
    }
    return relative.equals(".") ? root : root.resolve(relative);
  }

  /**
   * Removes the tree, its folder and git's record of it. Never throws: what cannot be removed is
   * logged with the commands that remove it, and the next run at the same place removes it too.
   */
  @Override
  public synchronized void close() {
    // Synchronized: a shutdown hook that comes while the build closes waits for it to finish.
    if (closed) {
      return;
    }
    closed = true;
    guard.release();
    try {
      remove();
    } catch (RunException e) {
      log.warn(
          "Could not remove the baseline tree at "
              + root
              + ": "
              + e.getMessage()
              + ". Remove it with 'git worktree remove --force --force "
              + root
              + "' and 'git worktree prune' in "
              + currentTop
              + ".");
    }
  }

  /**
   * {@code --force} twice: the tree may hold changes the baseline's build made, and a checkout that
   * was killed leaves it locked. The folder is deleted even where git refuses (it is no worktree),
   * and prune forgets a worktree whose folder is gone.
   */
  private void remove() throws RunException {
    Git.Answer removed = run("worktree", "remove", "--force", "--force", root.toString());
    if (!removed.ok()) {
      log.debug("git worktree remove: " + removed.said());
    }
    try {
      delete(root);
    } catch (IOException e) {
      throw new RunException("Cannot delete " + root + ": " + e.getMessage(), e);
    }
    Git.Answer pruned = run("worktree", "prune");
    if (!pruned.ok()) {
      throw new RunException("git worktree prune failed: " + pruned.said());
    }
  }

  private boolean isWorktree() throws RunException {
    Git.Answer list = run("worktree", "list", "--porcelain");
    return list.ok() && list.out().lines().anyMatch(("worktree " + root)::equals);
  }

  private Git.Answer run(String... args) throws RunException {
    return ask(git, ref, args);
  }

  /** Deletes a folder and everything in it, links themselves and not what they point to. */
  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Path topLevel(Path projectDir, String ref)
      throws ConfigurationException, RunException {
    Git.Answer top = ask(new Git(projectDir, TIMEOUT), ref, "rev-parse", "--show-toplevel");
    if (!top.ok()) {
      throw new ConfigurationException(
          Setting.BASELINE_REF.is(ref)
              + " starts the baseline API from a commit of the project's git repository, and git"
              + " says "
              + projectDir
              + " is in none: "
              + top.said()
              + ". Build in a clone of the repository, or compare with a deployed API through "
              + Setting.BASELINE_URL
              + ".");
    }
    try {
      // As ChangedPaths.inside compares paths: with links resolved (a /tmp that is a link).
      return Path.of(top.line()).toRealPath();
    } catch (IOException e) {
      throw new RunException("Cannot read " + top.line() + ": " + e.getMessage(), e);
    }
  }

  private static String commit(Git git, String ref) throws ConfigurationException, RunException {
    Git.Answer commit = ask(git, ref, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (commit.ok()) {
      return commit.line();
    }
    boolean shallow = "true".equals(ask(git, ref, "rev-parse", "--is-shallow-repository").line());
    // HEAD~1 or a commit id is fetched with the history, a branch by its name.
    boolean named = !ref.matches(".*[~^@:].*|[0-9a-fA-F]{7,40}");
    String fetch = named ? "'" + ChangedPaths.fetchCommand(ref) + "'" : "'git fetch --unshallow'";
    throw new ConfigurationException(
        Setting.BASELINE_REF.is(ref)
            + ": '"
            + ref
            + "' is no commit in this "
            + (shallow ? "shallow clone" : "clone")
            + ", so there is no baseline tree to start the API from. Fetch it first, e.g. "
            + fetch
            + " (on GitHub Actions, actions/checkout with fetch-depth: 0 fetches every branch and"
            + " the history).");
  }

  private static Git.Answer ask(Git git, String ref, String... args) throws RunException {
    try {
      return git.run(args);
    } catch (IOException e) {
      throw new RunException(
          "Cannot run git to check out the baseline "
              + ref
              + ": "
              + e.getMessage()
              + ". Put git on the PATH, or compare with a deployed API through "
              + Setting.BASELINE_URL
              + ".",
          e);
    }
  }
}
