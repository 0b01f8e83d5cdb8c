package io.github.predcheck.changes;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether anything an execution depends on changed since the merge base of HEAD and a ref: a CI
 * paths filter decided inside the build. Committed, staged, unstaged and untracked (not ignored)
 * changes all count; a missing ref or merge base is an error, never a silent skip.
 */
public final class ChangedPaths {
  /** How many changed files a message names. */
  static final int NAMED = 5;

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /**
   * The answer: the merge base, the watched paths (relative to the repository's root, {@code .} for
   * the root itself) and what changed under them (the same way).
   */
  public record Changes(String ref, String mergeBase, List<String> watched, List<String> changed) {
    public boolean any() {
      return !changed.isEmpty();
    }

    /** Why the execution is skipped, for the log, summary.json and the JUnit file. */
    public String skipReason() {
      return "nothing changed under "
          + String.join(", ", watched)
          + " since "
          + shortBase()
          + ", the merge base of HEAD and "
          + ref
          + " ("
          + Setting.CHANGED_SINCE.is(ref)
          + ")";
    }

    /** Why it runs, naming the first changed files. */
    public String runReason() {
      String named = String.join(", ", changed.subList(0, Math.min(NAMED, changed.size())));
      String more = changed.size() > NAMED ? " and " + (changed.size() - NAMED) + " more" : "";
      return changed.size()
          + (changed.size() == 1 ? " file" : " files")
          + " changed since "
          + shortBase()
          + ", the merge base of HEAD and "
          + ref
          + ": "
          + named
          + more;
    }

    private String shortBase() {
      return mergeBase.length() > 12 ? mergeBase.substring(0, 12) : mergeBase;
    }
  }

  private final Path directory;

  /** {@code directory}: a folder inside the work tree, the module's. */
  public ChangedPaths(Path directory) {
    this.directory = directory;
  }

  /**
   * What changed under the watched paths since the merge base of HEAD and {@code ref}.
   *
   * @param chosen paths the user chose: one outside the work tree is a configuration error
   * @param implied paths that always count (poms, samples, goldens): outside the work tree they are
   *     not versioned here and are left out
   * @param alwaysRelevant paths from the repository's root
   * @param ignored folders whose changes never count, such as the build's output
   */
  public Changes since(
      String ref,
      List<Path> chosen,
      List<Path> implied,
      List<String> alwaysRelevant,
      List<Path> ignored)
      throws ConfigurationException, RunException {
    if (ref.isBlank() || ref.startsWith("-")) {
      throw new ConfigurationException(
          Setting.CHANGED_SINCE.is(ref)
              + " is no git ref: name a branch, tag or commit, e.g. origin/main.");
    }
    Path top = topLevel(new Git(directory, TIMEOUT), ref);
    // From the root, git's diff and ls-files both print names from the root.
    Git git = new Git(top, TIMEOUT);
    String base = mergeBase(git, ref);
    Set<String> watched = new LinkedHashSet<>();
    for (Path p : chosen) {
      String rel = inside(top, p);
      if (rel == null) {
        throw new ConfigurationException(
            p
                + " in "
                + Setting.PATHS
                + " is outside the git work tree "
                + top
                + ", so git cannot tell whether it changed: list paths inside the repository.");
      }
      watched.add(rel);
    }
    for (Path p : implied) {
      String rel = inside(top, p);
      if (rel != null) {
        watched.add(rel);
      }
    }
    for (String p : alwaysRelevant) {
      if (p.isBlank()) {
        continue; // an empty -D value: no path, not the whole repository
      }
      String rel = inside(top, top.resolve(p.strip()));
      if (rel == null) {
        throw new ConfigurationException(
            p
                + " in "
                + Setting.ALWAYS_RELEVANT
                + " is outside the git work tree "
                + top
                + ": write paths from the repository's root, e.g. requirements.txt.");
      }
      watched.add(rel);
    }
    List<String> skippedPrefixes = new ArrayList<>();
    for (Path p : ignored) {
      String rel = inside(top, p);
      if (rel != null && !rel.equals(".")) {
        skippedPrefixes.add(rel + "/");
      }
    }
    Set<String> changed = new LinkedHashSet<>();
    List<String> pathspecs = pathspecs(watched);
    changed.addAll(
        list(
            git,
            ref,
            concat(List.of("diff", "--name-only", "-z", "--no-renames", base, "--"), pathspecs)));
    changed.addAll(
        list(
            git,
            ref,
            concat(List.of("ls-files", "--others", "--exclude-standard", "-z", "--"), pathspecs)));
    changed.removeIf(name -> skippedPrefixes.stream().anyMatch(name::startsWith));
    return new Changes(ref, base, outermost(watched), List.copyOf(changed));
  }

  /** The watched paths without those inside another: the message names each place once. */
  static List<String> outermost(Set<String> watched) {
    return watched.stream()
        .filter(p -> watched.stream().noneMatch(o -> !o.equals(p) && covers(o, p)))
        .toList();
  }

  private static boolean covers(String outer, String path) {
    return outer.equals(".") || path.startsWith(outer + "/");
  }

  private static Path topLevel(Git git, String ref) throws ConfigurationException, RunException {
    Git.Answer top = ask(git, ref, "rev-parse", "--show-toplevel");
    if (!top.ok()) {
      throw new ConfigurationException(
          Setting.CHANGED_SINCE.is(ref)
              + " needs a git work tree, and git says this is none: "
              + top.said()
              + ". Build in a clone of the repository, or unset "
              + Setting.CHANGED_SINCE
              + " to check every time.");
    }
    return real(Path.of(top.line()));
  }

  private static String mergeBase(Git git, String ref) throws ConfigurationException, RunException {
    boolean shallow = "true".equals(ask(git, ref, "rev-parse", "--is-shallow-repository").line());
    String clone = shallow ? "this shallow clone" : "this clone";
    Git.Answer commit = ask(git, ref, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (!commit.ok()) {
      throw new ConfigurationException(
          Setting.CHANGED_SINCE.is(ref)
              + ": '"
              + ref
              + "' is no commit in "
              + clone
              + ", so predcheck cannot tell what changed. Fetch it first, e.g. '"
              + fetchCommand(ref)
              + "' (on GitHub Actions, actions/checkout with fetch-depth: 0 fetches every branch).");
    }
    Git.Answer base = ask(git, ref, "merge-base", "HEAD", commit.line());
    if (base.ok()) {
      return base.line();
    }
    if (shallow) {
      throw new ConfigurationException(
          Setting.CHANGED_SINCE.is(ref)
              + ": HEAD and '"
              + ref
              + "' have no common commit in this shallow clone: their merge base was not fetched. Fetch"
              + " the history, e.g. 'git fetch --unshallow origin' (on GitHub Actions, actions/checkout"
              + " with fetch-depth: 0).");
    }
    throw new ConfigurationException(
        Setting.CHANGED_SINCE.is(ref)
            + ": HEAD and '"
            + ref
            + "' have no commit in common ("
            + base.said()
            + "), so nothing tells what changed; name the branch this one started from.");
  }

  /** {@code git fetch origin main} for {@code origin/main}; for a bare name, from origin. */
  public static String fetchCommand(String ref) {
    String name = ref.startsWith("refs/remotes/") ? ref.substring("refs/remotes/".length()) : ref;
    int slash = name.indexOf('/');
    return slash > 0
        ? "git fetch " + name.substring(0, slash) + " " + name.substring(slash + 1)
        : "git fetch origin " + name;
  }

  private static List<String> list(Git git, String ref, List<String> args)
      throws ConfigurationException, RunException {
    Git.Answer answer = ask(git, ref, args.toArray(String[]::new));
    if (!answer.ok()) {
      throw new RunException("git " + String.join(" ", args) + " failed: " + answer.said());
    }
    return Git.names(answer.out());
  }

  private static Git.Answer ask(Git git, String ref, String... args) throws RunException {
    try {
      return git.run(args);
    } catch (IOException e) {
      throw new RunException(
          "Cannot run git to find what changed since "
              + ref
              + ": "
              + e.getMessage()
              + ". Put git on the PATH, or unset "
              + Setting.CHANGED_SINCE
              + " to check every time.",
          e);
    }
  }

  /** Literal pathspecs from the root (the whole tree for the root itself). */
  private static List<String> pathspecs(Set<String> watched) {
    return watched.stream().map(p -> p.equals(".") ? ":(top)." : ":(top,literal)" + p).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** The path from the root, with '/' (git's way), {@code .} for the root; null when outside. */
  public static String inside(Path top, Path path) {
    Path p = real(path.toAbsolutePath().normalize());
    if (!p.startsWith(top)) {
      return null;
    }
    Path rel = top.relativize(p);
    String text = rel.toString().replace(java.io.File.separatorChar, '/');
    return text.isEmpty() ? "." : text;
  }

  /**
   * The path with links resolved as git resolves its top level (a /tmp that is a link): the part
   * that exists resolved, the rest (a file not created yet, or deleted) appended.
   */
  private static Path real(Path path) {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(path));
    } catch (IOException e) {
      return path;
    }
  }
}
