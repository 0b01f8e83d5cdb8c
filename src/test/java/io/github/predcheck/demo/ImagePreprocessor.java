package io.github.predcheck.demo;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Image bytes to the models' input: grayscale in [0, 1], resized to 64x64, row-major. */
final class ImagePreprocessor {

  static {
    // No temp files for decoding request bodies.
    ImageIO.setUseCache(false);
  }

  private final Interpolation interpolation;

  ImagePreprocessor(Interpolation interpolation) {
    this.interpolation = interpolation;
  }

  /**
   * Decodes PNG, JPEG, or whatever ImageIO reads; throws {@link InvalidImageException} otherwise.
   */
  static BufferedImage decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidImageException("Empty image: the request body has no image data");
    }
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image != null) {
        return image;
      }
    } catch (IOException | RuntimeException e) {
      // Corrupt files surface as either, depending on the decoder; both mean a bad request.
      throw new InvalidImageException("Unreadable image: " + e.getMessage());
    }
    throw new InvalidImageException(
        "Unreadable image: not a PNG or JPEG (" + bytes.length + " bytes)");
  }

  float[] toInput(BufferedImage image) {
    int size = OnnxModels.IMAGE_SIZE;
    return interpolation.resize(grayscale(image), image.getWidth(), image.getHeight(), size, size);
  }

  /**
   * Gray images are read from the raster: getRGB would convert linear gray to sRGB and brighten mid
   * tones. Colour images use Rec. 601 luma; transparency is composited onto white paper.
   */
  static float[] grayscale(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    float[] gray = new float[w * h];
    ColorModel cm = image.getColorModel();
    Raster raster = image.getRaster();
    if (cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY && raster.getNumBands() <= 2) {
      boolean alpha = raster.getNumBands() == 2;
      float grayMax = (1 << cm.getComponentSize(0)) - 1;
      float alphaMax = alpha ? (1 << cm.getComponentSize(1)) - 1 : 1;
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          float v = raster.getSample(x, y, 0) / grayMax;
          float a = alpha ? raster.getSample(x, y, 1) / alphaMax : 1;
          gray[y * w + x] = a * v + (1 - a);
        }
      }
      return gray;
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int argb = image.getRGB(x, y);
        float a = (argb >>> 24) / 255f;
        float luma =
            (0.299f * ((argb >> 16) & 0xFF)
                    + 0.587f * ((argb >> 8) & 0xFF)
                    + 0.114f * (argb & 0xFF))
                / 255f;
        gray[y * w + x] = a * luma + (1 - a);
      }
    }
    return gray;
  }

  /** The input is not an image we can read; the server answers 400. */
  static final class InvalidImageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidImageException(String message) {
      super(message);
    }
  }
}
