package io.granula.scalebar.heldout;

import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The held-out generator of issue 16: micrographs in the {@link HeldOutKind} layouts, drawn at
 * 1/s of their final size and then (sometimes) downscaled by area averaging and JPEG-compressed, so
 * bars end at fractional pixels and blur as resampled instrument images do. Label cap heights 9-40
 * px after downscaling, sans and serif faces, grey and coloured labels, specimens flat to busy.
 * Shares no code with {@code io.granula.scalebar.synth} on purpose.
 */
public final class HeldOutGenerator {
    private static final String[] FACES = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "DejaVu Sans Condensed",
            "DejaVu Serif Condensed"};
    private static final double[] MANTISSAS = {1, 2, 3, 5};
    private static final Color[] LABEL_COLOURS = {new Color(255, 230, 0), new Color(230, 40, 30), new Color(0, 220, 255),
            new Color(40, 230, 60), new Color(255, 140, 0), new Color(160, 160, 160), new Color(100, 100, 100)};

    private final Random first;
    private final Random later;
    /** The stream the image being drawn uses: {@link #first}, or {@link #later} for kinds added later. */
    private Random rnd;

    public HeldOutGenerator(long seed) {
        this.first = new Random(seed ^ 0x5EED_16L);
        this.later = new Random(seed ^ 0x5EED_16_0002L);
    }

    public HeldOutImage withBar(HeldOutKind kind) {
        return make(kind, true);
    }

    public HeldOutImage withoutBar(HeldOutKind kind) {
        return make(kind, false);
    }

    /** Everything a layout needs in drawn (pre-downscaling) pixels. */
    record Canvas(BufferedImage img, Graphics2D g, double s, Font font, double cap, Random rnd) {
        int w() {
            return img.getWidth();
        }

        int h() {
            return img.getHeight();
        }

        /** Drawn pixels for {@code finalPx} pixels of the final image. */
        double px(double finalPx) {
            return finalPx / s;
        }

        /** Draws text with its ink box's top-left at (x, top); returns the ink box. */
        Rectangle2D text(String t, double x, double top, Color c) {
            g.setColor(c);
            g.setFont(font);
            Rectangle2D ink = ink(t);
            g.drawString(t, (float) (x - ink.getX()), (float) (top - ink.getY()));
            return new Rectangle2D.Double(x, top, ink.getWidth(), ink.getHeight());
        }

        Rectangle2D ink(String t) {
            return new TextLayout(t, font, g.getFontRenderContext()).getBounds();
        }

        void rect(int x, int y, int w, int h, Color c) {
            g.setColor(c);
            g.fillRect(x, y, w, h);
        }
    }

    /** A label and the drawn length of its bar, in drawn pixels. */
    record Label(double value, String unit, String text, int drawnLength) {
    }

    private HeldOutImage make(HeldOutKind kind, boolean withBar) {
        rnd = kind.ownStream() ? later : first;
        int finalW = 640 + rnd.nextInt(641);
        int finalH = (int) (finalW * (0.7 + 0.3 * rnd.nextDouble()));
        boolean down = rnd.nextDouble() < 0.35;
        double s = down ? 0.5 + 0.4 * rnd.nextDouble() : 1;
        int w = (int) Math.round(finalW / s);
        int h = (int) Math.round(finalH / s);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, rnd.nextDouble() < 0.8
                ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        double finalCap = Math.min(9 + Math.pow(rnd.nextDouble(), 1.5) * 31, finalW / 28.0);
        if (kind == HeldOutKind.TICK_RULER) {
            finalCap = Math.min(finalCap, 9 + rnd.nextDouble() * 7); // a ruler's label is about its height
        }
        String face = kind == HeldOutKind.PLAIN_LINE && rnd.nextBoolean() ? (rnd.nextBoolean() ? FACES[1] : FACES[4])
                : FACES[rnd.nextInt(FACES.length)];
        Font font = fontWithCap(g, face, rnd.nextDouble() < 0.4 ? Font.BOLD : Font.PLAIN, finalCap / s);
        Canvas c = new Canvas(img, g, s, font, ink(g, font, "0").getHeight(), rnd);
        Optional<Label> label = withBar ? Optional.of(label(kind, c)) : Optional.empty();
        Optional<HeldOutTruth> truth = HeldOutLayouts.draw(kind, c, label);
        g.dispose();
        StringBuilder how = new StringBuilder(String.format(Locale.ROOT, "%s cap %.0f", face, finalCap));
        BufferedImage out = img;
        if (down) {
            out = downscale(img, finalW, finalH);
            truth = truth.map(t -> t.scaled(finalW / (double) w));
            how.append(String.format(Locale.ROOT, " down %.2f", s));
        }
        if (rnd.nextDouble() < 0.5) {
            int q = 50 + rnd.nextInt(41);
            out = jpeg(out, q);
            how.append(" jpeg q").append(q);
        }
        return new HeldOutImage(toImage2D(out), out, kind, truth, how.toString());
    }

    private Label label(HeldOutKind kind, Canvas c) {
        int finalW = (int) Math.round(c.w() * c.s());
        double minPx = kind == HeldOutKind.TICK_RULER ? 40 : Math.max(24, 0.04 * finalW);
        double maxPx = kind == HeldOutKind.TICK_RULER ? 60 : 0.25 * finalW;
        while (true) {
            double nmPerPx = Math.exp(Math.log(0.2) + rnd.nextDouble() * Math.log(3000 / 0.2));
            double nm = MANTISSAS[rnd.nextInt(MANTISSAS.length)] * Math.pow(10, rnd.nextInt(7));
            double len = nm / nmPerPx;
            if (len < minPx || len > maxPx || nm > 5e6) {
                continue;
            }
            int drawn = (int) Math.round(len / c.s());
            String unit;
            double value;
            if (nm < 1000 && !(nm >= 100 && rnd.nextDouble() < 0.25)) {
                unit = "nm";
                value = nm;
            } else if (nm < 1e6) {
                unit = "µm";
                value = nm / 1000;
            } else {
                unit = "mm";
                value = nm / 1e6;
            }
            return new Label(value, unit, spell(kind, value, unit), drawn);
        }
    }

    private String spell(HeldOutKind kind, double value, String unit) {
        if (kind == HeldOutKind.TICK_RULER) {
            String n = value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                    : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
            return n + (unit.equals("µm") ? "um" : unit);
        }
        String n = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        String u = unit.equals("µm") ? new String[]{"µm", "μm", "um"}[rnd.nextInt(3)] : unit;
        return n + (rnd.nextDouble() < 0.65 ? " " : "") + u;
    }

    static Color labelColour(Random rnd) {
        return LABEL_COLOURS[rnd.nextInt(LABEL_COLOURS.length)];
    }

    private static Font fontWithCap(Graphics2D g, String face, int style, double cap) {
        Font unit = new Font(face, style, 100);
        double capAt100 = ink(g, unit, "0").getHeight();
        return unit.deriveFont((float) (100 * cap / capAt100));
    }

    private static Rectangle2D ink(Graphics2D g, Font f, String s) {
        return new TextLayout(s, f, g.getFontRenderContext()).getBounds();
    }

    /** Area-averaging resampling: pixel-edge coordinates scale exactly by the size ratio. */
    private static BufferedImage downscale(BufferedImage img, int w, int h) {
        Image scaled = img.getScaledInstance(w, h, Image.SCALE_AREA_AVERAGING);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(scaled, 0, 0, null);
        g.dispose();
        return out;
    }

    public static BufferedImage jpeg(BufferedImage img, int quality) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality / 100f);
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(img, null, null), p);
            }
            writer.dispose();
            BufferedImage read = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(read, 0, 0, null);
            g.dispose();
            return rgb;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RGB planes when any pixel has colour, else one grey plane. */
    public static Image2D toImage2D(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = img.getRGB(0, 0, w, h, null, 0, w);
        float[] r = new float[w * h];
        float[] gr = new float[w * h];
        float[] b = new float[w * h];
        boolean colour = false;
        for (int i = 0; i < px.length; i++) {
            r[i] = (px[i] >> 16) & 0xFF;
            gr[i] = (px[i] >> 8) & 0xFF;
            b[i] = px[i] & 0xFF;
            colour |= Math.abs(r[i] - gr[i]) > 8 || Math.abs(gr[i] - b[i]) > 8;
        }
        return colour ? new Image2D(w, h, PixelType.UINT8, r, gr, b) : new Image2D(w, h, PixelType.UINT8, gr);
    }
}
