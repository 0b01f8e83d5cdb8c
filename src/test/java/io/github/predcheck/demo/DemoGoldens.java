package io.github.predcheck.demo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Writes the golden CSV for sample drawings by running the drawing model in-process, through the
 * same {@link DemoPredictor} the server uses, so the goldens equal what the server answers.
 *
 * <p>Usage: {@code DemoGoldens <samplesDir> <outputCsv> [--interpolation=bilinear|nearest]}.
 * Output: UTF-8, LF, header {@code 図面_id,pred,name}, then per sample a thickness row and a width
 * row; ids are the PNG paths relative to samplesDir, '/'-separated, without extension.
 */
public final class DemoGoldens {

  public static final String HEADER = "図面_id,pred,name";

  private DemoGoldens() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2
        || args.length > 3
        || (args.length == 3 && !args[2].startsWith("--interpolation="))) {
      System.err.println(
          "usage: DemoGoldens <samplesDir> <outputCsv> [--interpolation=bilinear|nearest]");
      System.exit(2);
    }
    Interpolation interpolation =
        args.length == 3
            ? Interpolation.parse(args[2].substring("--interpolation=".length()))
            : Interpolation.BILINEAR;
    int rows = write(Path.of(args[0]), Path.of(args[1]), interpolation);
    System.out.println("wrote " + rows + " golden rows to " + args[1]);
  }

  /** Returns the number of data rows written. */
  public static int write(Path samplesDir, Path outputCsv, Interpolation interpolation)
      throws Exception {
    List<Path> pngs;
    try (Stream<Path> files = Files.walk(samplesDir)) {
      pngs =
          files
              .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".png"))
              .sorted((a, b) -> id(samplesDir, a).compareTo(id(samplesDir, b)))
              .toList();
    }
    if (outputCsv.toAbsolutePath().getParent() != null) {
      Files.createDirectories(outputCsv.toAbsolutePath().getParent());
    }
    int rows = 0;
    try (DemoPredictor predictor = new DemoPredictor(interpolation);
        Writer out = Files.newBufferedWriter(outputCsv, StandardCharsets.UTF_8)) {
      out.write(HEADER + "\n");
      for (Path png : pngs) {
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
          throw new IOException("not a readable image: " + png);
        }
        DrawingPrediction prediction = predictor.predictDrawing(image);
        String id = id(samplesDir, png);
        out.write(id + "," + prediction.thickness() + ",thickness\n");
        out.write(id + "," + prediction.width() + ",width\n");
        rows += 2;
      }
    }
    return rows;
  }

  static String id(Path samplesDir, Path png) {
    String relative = samplesDir.relativize(png).toString().replace('\\', '/');
    return relative.substring(0, relative.length() - ".png".length());
  }
}
