package io.github.predcheck.samples;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The folder of sample inputs. Sample id {@code A/B} is the file {@code A/B.<any extension>} (or
 * {@code A/B} itself); ids may contain '/'.
 */
public final class SampleFolder {
  private final Path root;
  private final Map<Path, Map<String, List<Path>>> indexes = new ConcurrentHashMap<>();

  /**
   * Where a sample's symbolic link may point, as real paths: the samples folder and the project's
   * own tree (git-annex and DVC keep samples as links into the repository).
   */
  private final List<Path> trusted;

  private SampleFolder(Path root, List<Path> trusted) {
    this.root = root;
    this.trusted = trusted;
  }

  /** A samples folder whose links may point only inside it. */
  public static SampleFolder open(Path root) throws ConfigurationException {
    return open(root, root);
  }

  /** A samples folder whose links may point anywhere inside {@code project}. */
  public static SampleFolder open(Path root, Path project) throws ConfigurationException {
    if (!Files.isDirectory(root)) {
      throw new ConfigurationException(
          "Samples folder "
              + root
              + " does not exist. Point "
              + Setting.SAMPLES
              + " at the"
              + " folder of sample inputs; sample id A/B is the file A/B.<extension> in it.");
    }
    try {
      return new SampleFolder(
          root.toAbsolutePath().normalize(), List.of(root.toRealPath(), project.toRealPath()));
    } catch (IOException e) {
      throw new ConfigurationException("Cannot read " + project + ": " + e.getMessage(), e);
    }
  }

  public Path root() {
    return root;
  }

  public Sample resolve(String id) throws SampleException {
    Path wanted;
    try {
      wanted = root.resolve(id).normalize();
    } catch (InvalidPathException e) {
      throw new SampleException("sample id '" + id + "' cannot be a file name: " + e.getReason());
    }
    if (id.isEmpty()
        || !wanted.startsWith(root)
        || wanted.equals(root)
        || Path.of(id).isAbsolute()) {
      throw new SampleException(
          "sample id '"
              + id
              + "' points outside the samples folder "
              + root
              + "; ids are paths inside it.");
    }
    Path dir = wanted.getParent();
    String base = wanted.getFileName().toString();
    List<Path> candidates = index(dir, id).getOrDefault(base, List.of());
    if (candidates.isEmpty()) {
      throw new SampleException(
          "no sample file for id '"
              + id
              + "': expected "
              + root.relativize(wanted)
              + ".<extension> in "
              + root);
    }
    if (candidates.size() > 1) {
      throw new SampleException(
          "two or more files for sample id '"
              + id
              + "': "
              + candidates.stream().map(root::relativize).toList()
              + "; keep one.");
    }
    Path file = candidates.get(0);
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      throw new SampleException("cannot read the sample file " + file + ": " + e.getMessage());
    }
    // A link may not send a file from elsewhere on the machine to the API.
    if (trusted.stream().noneMatch(real::startsWith)) {
      throw new SampleException(
          "the sample file "
              + root.relativize(file)
              + " of id '"
              + id
              + "' is a link to "
              + real
              + ", outside the project "
              + trusted.get(1)
              + "; copy the file into the project, or link to a file inside it");
    }
    return new Sample(id, file);
  }

  /**
   * A folder's files by the names an id may give them: the full name and the name without its
   * extension. Listed once per folder, so that resolving n ids costs n look-ups, not n listings.
   */
  private Map<String, List<Path>> index(Path dir, String id) throws SampleException {
    try {
      return indexes.computeIfAbsent(
          dir,
          d -> {
            Map<String, List<Path>> byName = new HashMap<>();
            if (!Files.isDirectory(d)) {
              return byName;
            }
            try (Stream<Path> files = Files.list(d)) {
              files
                  .filter(Files::isRegularFile)
                  .sorted()
                  .forEach(
                      f -> {
                        String name = f.getFileName().toString();
                        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
                        int dot = name.lastIndexOf('.');
                        if (dot > 0) {
                          byName
                              .computeIfAbsent(name.substring(0, dot), k -> new ArrayList<>())
                              .add(f);
                        }
                      });
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            return byName;
          });
    } catch (UncheckedIOException e) {
      throw new SampleException(
          "cannot list " + dir + " for sample '" + id + "': " + e.getCause().getMessage());
    }
  }

  /**
   * The ids of the sample files that none of the given ids resolves to: samples without goldens.
   */
  public List<String> idsNotIn(Collection<String> ids) throws IOException {
    Set<Path> known = new HashSet<>();
    for (String id : ids) {
      try {
        known.add(resolve(id).file());
      } catch (SampleException unresolved) {
        // reported as that sample's error when it is checked
      }
    }
    // Two files of one id (RT-1.png, RT-1.jpg) are one sample: an error if it has goldens, else one
    // new id.
    Set<String> knownIds = new HashSet<>(ids);
    return samples().stream()
        .filter(s -> !known.contains(s.file()) && !knownIds.contains(s.id()))
        .map(Sample::id)
        .distinct()
        .toList();
  }

  /**
   * Every sample file in the folder with its id, sorted by id; hidden files and folders are left
   * out.
   */
  public List<Sample> samples() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !hidden(root.relativize(f)))
          .map(f -> new Sample(root.relativize(idOf(f)).toString().replace('\\', '/'), f))
          .sorted(Comparator.comparing(Sample::id))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Path idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? file.resolveSibling(name.substring(0, dot)) : file;
  }
}
