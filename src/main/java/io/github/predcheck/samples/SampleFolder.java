package io.github.predcheck.samples;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folder of sample inputs. Sample id {@code A/B} is the file {@code A/B.<any extension>} (or
 * {@code A/B} itself); ids may contain '/'.
 */
public final class SampleFolder {
  private final Path root;
  private final Map<Path, Folder> indexes = new ConcurrentHashMap<>();

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
    Found found = find(id);
    Path wanted = found.wanted();
    Path dir = wanted.getParent();
    Folder folder = found.folder();
    List<String> names = found.names();
    if (names.isEmpty()) {
      throw new SampleException(
          "no sample file for id '"
              + id
              + "': expected "
              + root.relativize(wanted)
              + ".<extension> in "
              + root);
    }
    if (names.size() > 1) {
      throw new SampleException(
          "two or more files for sample id '"
              + id
              + "': "
              + names.stream().map(n -> root.relativize(dir.resolve(n))).toList()
              + "; keep one.");
    }
    Path file = dir.resolve(names.get(0));
    Path real = folder.real().resolve(names.get(0));
    if (folder.links().contains(names.get(0))) {
      try {
        real = file.toRealPath();
      } catch (IOException e) {
        throw new SampleException("cannot read the sample file " + file + ": " + e.getMessage());
      }
    }
    // A link (the file's or a folder's on its way) may not send a file from elsewhere on the
    // machine to the API.
    if (!real.startsWith(trusted.get(0)) && !real.startsWith(trusted.get(1))) {
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

  /** The path id names without an extension, inside the folder. */
  private Path wanted(String id) throws SampleException {
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
    return wanted;
  }

  /** Where id points (without an extension), that folder's index, and the names id may mean. */
  private record Found(Path wanted, Folder folder, List<String> names) {}

  /** The files id may name: base.ext, or the base itself. */
  private Found find(String id) throws SampleException {
    Path wanted = wanted(id);
    Folder folder = index(wanted.getParent(), id);
    return new Found(wanted, folder, names(folder, wanted.getFileName().toString()));
  }

  private static List<String> names(Folder folder, String base) {
    List<String> exact = names(folder.byStem().get(base));
    // A file named exactly "B.v2" is indexed under "B".
    String stem = stem(base);
    if (stem.equals(base) || !names(folder.byStem().get(stem)).contains(base)) {
      return exact;
    }
    TreeSet<String> found = new TreeSet<>(exact);
    found.add(base);
    return List.copyOf(found);
  }

  private static List<String> names(Object entry) {
    return entry == null
        ? List.of()
        : entry instanceof String one ? List.of(one) : Arrays.asList((String[]) entry);
  }

  /**
   * A folder's file names by their name without extension, sorted; a String for one, an array for
   * several, so that 100,000 samples cost a few MB. Listed once per folder, with the folder's real
   * path and its links: resolving n ids costs n look-ups, not n listings or n real-path look-ups.
   */
  private record Folder(Path real, Map<String, Object> byStem, Set<String> links) {}

  private Folder index(Path dir, String id) throws SampleException {
    try {
      return indexes.computeIfAbsent(dir, SampleFolder::list);
    } catch (UncheckedIOException e) {
      throw new SampleException(
          "cannot list " + dir + " for sample '" + id + "': " + e.getCause().getMessage());
    }
  }

  private static Folder list(Path dir) {
    Listing listing = new Listing();
    if (!Files.isDirectory(dir)) {
      return listing.folder(dir);
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        listing.add(f, Files.readAttributes(f, BasicFileAttributes.class, NOFOLLOW_LINKS));
      }
      return listing.folder(dir.toRealPath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A folder's regular files and links to regular files, as they are listed. */
  private static final class Listing {
    private final List<String> names = new ArrayList<>();
    private final Set<String> links = new HashSet<>();

    /** False for a folder, or for anything else that is not a sample file. */
    boolean add(Path file, BasicFileAttributes a) {
      String name = file.getFileName().toString();
      if (a.isSymbolicLink() && Files.isRegularFile(file)) {
        links.add(name);
      } else if (!a.isRegularFile()) {
        return false;
      }
      names.add(name);
      return true;
    }

    Folder folder(Path real) {
      Collections.sort(names);
      Map<String, Object> byStem = new HashMap<>();
      for (String name : names) {
        byStem.merge(
            stem(name),
            name,
            (old, added) -> {
              String[] was = names(old).toArray(String[]::new);
              String[] now = Arrays.copyOf(was, was.length + 1);
              now[was.length] = (String) added;
              return now;
            });
      }
      return new Folder(real, byStem, links);
    }
  }

  /** A file name without its extension; a name starting with its only dot keeps it. */
  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * The ids of the sample files that none of the given ids names: samples without goldens. Looks up
   * the folders' indexes and walks the tree once; no file is opened or followed.
   */
  public List<String> idsNotIn(Collection<String> ids) throws IOException {
    List<Sample> all = samples(); // first: it indexes the folders the ids are looked up in
    Set<Path> known = new HashSet<>();
    for (String id : ids) {
      try {
        Found found = find(id);
        if (found.names().size() == 1) {
          known.add(found.wanted().resolveSibling(found.names().get(0)));
        }
      } catch (SampleException unresolved) {
        // reported as that sample's error when it is checked
      }
    }
    // Two files of one id (RT-1.png, RT-1.jpg) are one sample: an error if it has goldens, else one
    // new id.
    Set<String> knownIds = new HashSet<>(ids);
    return all.stream()
        .filter(s -> !known.contains(s.file()) && !knownIds.contains(s.id()))
        .map(Sample::id)
        .distinct()
        .toList();
  }

  /**
   * Every sample file in the folder with its id, sorted by id; hidden files and folders are left
   * out. The walk also indexes every folder it lists, so that resolving ids lists none again.
   */
  public List<Sample> samples() throws IOException {
    List<Sample> all = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          private final Deque<String> prefix = new ArrayDeque<>();
          private final Deque<Listing> listings = new ArrayDeque<>();

          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            if (!dir.equals(root) && name.startsWith(".")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            prefix.push(dir.equals(root) ? "" : prefix.peek() + name + "/");
            listings.push(new Listing());
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            if (listings.element().add(file, a) && !file.getFileName().toString().startsWith(".")) {
              all.add(new Sample(prefix.element() + stem(file.getFileName().toString()), file));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            prefix.pop();
            indexes.putIfAbsent(dir, listings.pop().folder(dir.toRealPath()));
            return FileVisitResult.CONTINUE;
          }
        });
    all.sort(Comparator.comparing(Sample::id));
    return all;
  }
}
