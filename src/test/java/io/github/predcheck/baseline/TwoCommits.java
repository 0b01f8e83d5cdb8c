package io.github.predcheck.baseline;

import io.github.predcheck.changes.TestGit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A model API's repository with two commits, the second changing what the API computes and adding a
 * compose file, and a work tree in the middle of a change: a staged edit, an unstaged one, an
 * untracked file and an ignored build output.
 */
final class TwoCommits {
  final Path repo;
  final Path api;

  TwoCommits(Path dir) throws Exception {
    repo = Files.createDirectories(dir.resolve("repo"));
    api = repo.resolve("api");
    TestGit.init(repo);
    write(".gitignore", "target/\n");
    write("pom.xml", "<project/>");
    write("api/model.txt", "scale=1.0");
    write("api/run.sh", "echo old");
    commit("first model");
    write("api/model.txt", "scale=2.0");
    write("api/compose.yml", "services: {}");
    write("api/serve/Dockerfile", "FROM scratch");
    commit("second model, served by compose");
    write("pom.xml", "<project><staged/></project>");
    git("add", "pom.xml");
    write("api/run.sh", "echo unstaged");
    write("api/notes.txt", "untracked");
    write("api/target/app.jar", "built");
  }

  void write(String path, String text) throws Exception {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  void commit(String message) throws Exception {
    git("add", "-A");
    git("commit", "-q", "-m", message);
  }

  String git(String... args) throws Exception {
    return TestGit.git(repo, args);
  }

  /**
   * What a checkout must leave as it was: HEAD, branch, index, status and the text of every file
   * outside {@code apart} (the baseline's folder).
   */
  Map<String, String> state(Path apart) throws Exception {
    Map<String, String> state = new TreeMap<>();
    state.put("HEAD", git("rev-parse", "HEAD"));
    state.put("branch", git("symbolic-ref", "HEAD"));
    state.put("index", git("ls-files", "--stage"));
    state.put("status", git("status", "--porcelain", "--ignored"));
    state.put("branches", git("branch", "--list", "--all"));
    for (Path file : files()) {
      if (file.startsWith(apart)) {
        continue;
      }
      state.put(repo.relativize(file).toString(), Files.readString(file));
    }
    return state;
  }

  /** The work tree's files, git's own folder left out. */
  private List<Path> files() throws Exception {
    try (Stream<Path> all = Files.walk(repo)) {
      return new ArrayList<>(
          all.filter(Files::isRegularFile)
              .filter(p -> !repo.relativize(p).startsWith(".git"))
              .sorted()
              .toList());
    }
  }

  /** The paths of {@code git worktree list}. */
  List<String> worktrees() throws Exception {
    return git("worktree", "list", "--porcelain")
        .lines()
        .filter(l -> l.startsWith("worktree "))
        .map(l -> l.substring("worktree ".length()))
        .toList();
  }
}
