package io.github.predcheck.core;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.UUID;

/**
 * Replaces a file all at once: every byte written beside it, flushed to disk and counted, then
 * renamed over it; on any error the old file stays as it was. A symbolic link keeps pointing at its
 * target, which is what is replaced. The replaced file keeps its permissions and owner; a read-only
 * file, or one owned by another user that this process could not give back, is refused.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** What goes into the file, written to a buffered UTF-8 writer. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  public static void write(Path target, String text) throws IOException {
    write(target, out -> out.write(text));
  }

  /**
   * As {@link #write(Path, String)}, streamed: a report of 100,000 samples is never one String in
   * memory.
   */
  public static void write(Path target, Content content) throws IOException {
    Path file = resolveLinks(target.toAbsolutePath());
    Path dir = file.getParent();
    Files.createDirectories(dir);
    PosixFileAttributes old = posix(file);
    refuseToReplace(target, old);
    // Not Files.createTempFile: it makes the file 0600, which the rename would give the golden
    // file.
    Path temp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      long expected;
      try (FileChannel ch =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        // Channel streams write until all is written or fail (a full disk); the count is checked.
        CountingStream counted = new CountingStream(Channels.newOutputStream(ch));
        try (Writer out =
            new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 16)) {
          content.writeTo(out);
          out.flush();
          ch.force(true);
        }
        expected = counted.count;
      }
      long written = Files.size(temp);
      if (written != expected) {
        throw new IOException("only " + written + " of " + expected + " bytes reached the disk");
      }
      if (old != null) {
        Files.setPosixFilePermissions(temp, old.permissions());
        keepOwner(temp, old);
      }
      rename(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Renames a finished file over the target: at once where the file system can. */
  private static void rename(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Counts the bytes that were handed to the disk. */
  private static final class CountingStream extends FilterOutputStream {
    private long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  /** The file a chain of links points at; the path itself when it is no link or does not exist. */
  private static Path resolveLinks(Path path) throws IOException {
    Path p = path;
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops > 40) {
        throw new IOException(path + " is a loop of symbolic links");
      }
      p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
    }
    return p;
  }

  private static PosixFileAttributes posix(Path file) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    PosixFileAttributeView view =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    return view == null ? null : view.readAttributes();
  }

  private static void refuseToReplace(Path target, PosixFileAttributes old) throws IOException {
    if (old == null) {
      return;
    }
    if (!old.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
      throw new IOException(target + " is read-only; make it writable (chmod u+w) to replace it");
    }
    if (!old.owner().equals(currentUser(target)) && !isRoot()) {
      throw new IOException(
          target
              + " belongs to "
              + old.owner().getName()
              + ", and predcheck runs"
              + " as "
              + System.getProperty("user.name")
              + ": the new file would belong to "
              + System.getProperty("user.name")
              + "; run as "
              + old.owner().getName()
              + " instead");
    }
  }

  /** Root may give the new file the old one's owner and group; other users keep only their own. */
  private static void keepOwner(Path temp, PosixFileAttributes old) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (isRoot()) {
      view.setOwner(old.owner());
      view.setGroup(old.group());
    } else {
      try {
        view.setGroup(old.group());
      } catch (IOException notAMember) {
        // the group of this user's new file is the best that can be kept
      }
    }
  }

  private static UserPrincipal currentUser(Path any) throws IOException {
    return any.getFileSystem()
        .getUserPrincipalLookupService()
        .lookupPrincipalByName(System.getProperty("user.name"));
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
