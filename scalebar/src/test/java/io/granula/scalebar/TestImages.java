package io.granula.scalebar;

import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.function.Consumer;

/** Small grey test images drawn with Java2D. */
public final class TestImages {
    private TestImages() {
    }

    public static BufferedImage canvas(int w, int h, int background) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(background, background, background));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    public static BufferedImage draw(BufferedImage img, Consumer<Graphics2D> painter) {
        Graphics2D g = img.createGraphics();
        painter.accept(g);
        g.dispose();
        return img;
    }

    /** The image's grey values (blue channel; images here are grey) with optional Gaussian noise. */
    public static Image2D gray(BufferedImage img, double noiseSigma, long seed) {
        Random rnd = new Random(seed);
        float[] px = new float[img.getWidth() * img.getHeight()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                px[y * img.getWidth() + x] = (float) ((img.getRGB(x, y) & 0xFF) + noiseSigma * rnd.nextGaussian());
            }
        }
        return new Image2D(img.getWidth(), img.getHeight(), PixelType.UINT8, px);
    }

    /** Separable [1 2 1]/4 blur: resampling softness, symmetric, so edges and centres stay put. */
    public static Image2D blur(Image2D in) {
        int w = in.width();
        int h = in.height();
        float[] src = in.plane(0);
        float[] tmp = new float[src.length];
        float[] out = new float[src.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                tmp[y * w + x] = (src[y * w + Math.max(0, x - 1)] + 2 * src[y * w + x] + src[y * w + Math.min(w - 1, x + 1)]) / 4;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (tmp[Math.max(0, y - 1) * w + x] + 2 * tmp[y * w + x] + tmp[Math.min(h - 1, y + 1) * w + x]) / 4;
            }
        }
        return new Image2D(w, h, in.pixelType(), out);
    }
}
