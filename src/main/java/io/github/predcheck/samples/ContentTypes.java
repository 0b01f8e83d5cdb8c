package io.github.predcheck.samples;

import java.util.Locale;
import java.util.Map;

/** Content-Type of a sample from its extension; the formats model APIs take most often. */
public final class ContentTypes {
  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("bmp", "image/bmp"),
          Map.entry("webp", "image/webp"),
          Map.entry("tif", "image/tiff"),
          Map.entry("tiff", "image/tiff"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("dxf", "image/vnd.dxf"),
          Map.entry("json", "application/json"),
          Map.entry("txt", "text/plain"),
          Map.entry("csv", "text/csv"),
          Map.entry("wav", "audio/wav"),
          Map.entry("mp3", "audio/mpeg"),
          Map.entry("npy", "application/octet-stream"));

  private ContentTypes() {}

  public static String forFile(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return "application/octet-stream";
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
  }
}
