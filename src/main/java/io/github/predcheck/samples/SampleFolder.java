package io.github.predcheck.samples;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The folder of sample inputs. Sample id {@code A/B} is the file {@code A/B.<any extension>} (or
 * {@code A/B} itself); ids may contain '/'.
 */
public final class SampleFolder {
  private final Path root;
  private final Map<Path, Map<String, Object>> indexes = new ConcurrentHashMap<>();

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
    List<Path> candidates = candidates(dir, base, id);
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

  /** The files id {@code base} may name in {@code dir}: base.ext, or {@code base} itself. */
  private List<Path> candidates(Path dir, String base, String id) throws SampleException {
    Map<String, Object> index = index(dir, id);
    TreeSet<String> found = new TreeSet<>(names(index.get(base)));
    // A file named exactly "B.v2" is indexed under "B".
    names(index.get(stem(base))).stream().filter(base::equals).forEach(found::add);
    return found.stream().map(dir::resolve).toList();
  }

  private static List<String> names(Object entry) {
    return entry == null
        ? List.of()
        : entry instanceof String one ? List.of(one) : Arrays.asList((String[]) entry);
  }

  /**
   * A folder's file names by their name without extension, sorted; a String for one, an array for
   * several, so that 100,000 samples cost a few MB. Listed once per folder: resolving n ids costs n
   * look-ups, not n listings.
   */
  private Map<String, Object> index(Path dir, String id) throws SampleException {
    try {
      return indexes.computeIfAbsent(
          dir,
          d -> {
            Map<String, Object> byStem = new HashMap<>();
            if (!Files.isDirectory(d)) {
              return byStem;
            }
            try (Stream<Path> files = Files.list(d)) {
              files
                  .filter(Files::isRegularFile)
                  .map(f -> f.getFileName().toString())
                  .sorted()
                  .forEach(
                      name ->
                          byStem.merge(
                              stem(name),
                              name,
                              (old, added) -> {
                                String[] was = names(old).toArray(String[]::new);
                                String[] now = Arrays.copyOf(was, was.length + 1);
                                now[was.length] = (String) added;
                                return now;
                              }));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            return byStem;
          });
    } catch (UncheckedIOException e) {
      throw new SampleException(
          "cannot list " + dir + " for sample '" + id + "': " + e.getCause().getMessage());
    }
  }

  /** A file name without its extension; a name starting with its only dot keeps it. */
  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
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
    return file.resolveSibling(stem(file.getFileName().toString()));
  }
}
