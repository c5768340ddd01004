package io.granula.scalebar.synth;

import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Generates micrographs with the scale bars and info strips of the main instrument makers, with
 * their truth: varied fonts, sizes, colours (light on dark and dark on light), bar thickness and
 * ticks, positions, whole-pixel and fractional geometry, blur and noise, and the distractor fields
 * (WD, magnification, voltage, HFW) real strips carry. Deterministic for a seed.
 */
public final class ScaleBarImageGenerator {
    /** Sans faces dominate, as on instruments; serif and mono make the reader's life harder. */
    private static final String[] FAMILIES = {"DejaVu Sans", "DejaVu Sans", "SansSerif", "Dialog",
            "DejaVu Sans Condensed", "DejaVu Sans Mono", "Monospaced", "DejaVu Serif", "Serif"};
    private static final int[] WIDTHS = {512, 640, 768, 1024, 1280, 1536, 2048};

    private final Random rnd;
    private final int minWidth;
    private final int maxWidth;
    private final boolean square;

    public ScaleBarImageGenerator(long seed) {
        this(seed, 512, 1024);
    }

    /** Images between {@code minWidth} and {@code maxWidth} px wide (from 512, 640, 768, 1024, 1280, 1536, 2048). */
    public ScaleBarImageGenerator(long seed, int minWidth, int maxWidth) {
        this(seed, minWidth, maxWidth, false);
    }

    private ScaleBarImageGenerator(long seed, int minWidth, int maxWidth, boolean square) {
        this.rnd = new Random(seed);
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.square = square;
    }

    /** Square images of one width (a benchmark's 2048 x 2048). */
    public static ScaleBarImageGenerator square(long seed, int width) {
        return new ScaleBarImageGenerator(seed, width, width, true);
    }

    public SyntheticScaleBarImage withBar(InstrumentStyle style) {
        return make(style, true);
    }

    /** The same kind of image (specimen, info strip and its distractors) with no scale bar. */
    public SyntheticScaleBarImage withoutBar(InstrumentStyle style) {
        return make(style, false);
    }

    private SyntheticScaleBarImage make(InstrumentStyle style, boolean withBar) {
        int w = pickWidth();
        int h = rnd.nextBoolean() && !square ? w * 3 / 4 : w;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Font font = pickFont(g, w);
        double cap = TextDraw.capHeight(g, font);
        StripLook look = pickLook(font);

        double nmPerPx = Double.NaN;
        Optional<ScaleBarSpec> spec = Optional.empty();
        if (withBar) {
            double nm;
            do {
                nmPerPx = Math.exp(Math.log(0.3) + rnd.nextDouble() * Math.log(5000 / 0.3));
                // a ruler's ten divisions need room: Hitachi rulers are never short
                double minPx = style == InstrumentStyle.HITACHI ? Math.max(60, 0.1 * w) : Math.max(25, 0.06 * w);
                nm = ScaleValues.pickNanometres(nmPerPx, minPx, 0.3 * w, rnd);
            } while (Double.isNaN(nm));
            boolean aligned = rnd.nextDouble() < 0.6;
            double len = nm / nmPerPx;
            if (aligned) {
                len = Math.round(len);
                nmPerPx = nm / len;
            }
            ScaleValues.Displayed shown = ScaleValues.display(nm, rnd);
            String text = style == InstrumentStyle.HITACHI
                    ? ScaleValues.hitachiLabel(shown.value(), shown.unit(), rnd)
                    : ScaleValues.label(shown.value(), shown.unit(), rnd);
            spec = Optional.of(barSpec(style, shown, text, len, cap, w, font, look, aligned));
        }

        Optional<ScaleBarTruth> truth;
        if (style == InstrumentStyle.TEM) {
            SpecimenPainter.paint(img, h, rnd);
            truth = spec.map(s -> paintOnImage(g, img, s, cap));
            if (rnd.nextDouble() < 0.5) {
                paintCornerDistractor(g, w, h, look, cap, truth);
            }
        } else {
            StripPainter strip = strip(style);
            int sh = strip.stripHeight(g, look, spec);
            SpecimenPainter.paint(img, h - sh, rnd);
            truth = strip.paint(g, w, h, look, spec, rnd);
        }
        g.dispose();
        degrade(img);
        boolean colour = truth.isPresent() && isColour(spec.get().colour());
        return new SyntheticScaleBarImage(toImage2D(img, colour), img, style, truth, nmPerPx);
    }

    private ScaleBarSpec barSpec(InstrumentStyle style, ScaleValues.Displayed shown, String text, double len, double cap,
                                 int w, Font font, StripLook look, boolean aligned) {
        BarShape shape = switch (style) {
            case JEOL, ZEISS -> BarShape.END_TICKS;
            case HITACHI -> BarShape.RULER;
            case FEI -> rnd.nextDouble() < 0.6 ? BarShape.SOLID : BarShape.END_TICKS;
            case TEM -> rnd.nextDouble() < 0.85 ? BarShape.SOLID : BarShape.END_TICKS;
        };
        double thickness = switch (style) {
            case JEOL, ZEISS -> Math.max(2, cap * (0.15 + 0.2 * rnd.nextDouble()));
            case FEI -> Math.max(2, cap * (0.25 + 0.3 * rnd.nextDouble()));
            case HITACHI -> 1 + rnd.nextInt(2);
            case TEM -> shape == BarShape.SOLID ? Math.max(3, Math.min(len / 5, w * (0.006 + 0.012 * rnd.nextDouble())))
                    : Math.max(2, cap * (0.15 + 0.25 * rnd.nextDouble()));
        };
        double tickWidth = (shape == BarShape.RULER ? 1 : 1 + rnd.nextInt(3)) + (aligned ? 0 : rnd.nextDouble() * 0.6);
        double tickUp = cap * (shape == BarShape.RULER ? 0.5 + 0.4 * rnd.nextDouble() : 0.3 + 0.4 * rnd.nextDouble());
        double tickDown = style == InstrumentStyle.ZEISS && rnd.nextBoolean() ? cap * 0.3 : 0;
        if (aligned) {
            thickness = Math.round(thickness);
            tickUp = Math.max(2, Math.round(tickUp));
            tickDown = Math.round(tickDown);
        } else {
            thickness += rnd.nextDouble() * 0.5;
        }
        return new ScaleBarSpec(shown.value(), shown.unit(), text, len, shape, thickness, tickWidth, tickUp, tickDown,
                look.foreground(), font, look.antialiasText(), aligned);
    }

    private ScaleBarTruth paintOnImage(Graphics2D g, BufferedImage img, ScaleBarSpec s, double cap) {
        int corner = rnd.nextInt(4);
        LabelledBar.Placement placement = rnd.nextBoolean() ? LabelledBar.Placement.ABOVE : LabelledBar.Placement.BELOW;
        double gap = Math.max(3, cap * (0.3 + 0.5 * rnd.nextDouble()));
        LabelledBar probe = new LabelledBar(g, s, placement, gap);
        int w = img.getWidth();
        int h = img.getHeight();
        double margin = w * (0.03 + rnd.nextDouble() * 0.04);
        double gx = (corner % 2 == 0) ? margin : w - margin - probe.width();
        double gy = (corner < 2) ? margin : h - margin - probe.height();
        double mean = OnImageBar.cornerMean(img, (int) gx, (int) gy, (int) probe.width(), (int) probe.height());
        Color box = null;
        Color colour;
        if (rnd.nextDouble() < 0.3) {
            boolean darkBox = rnd.nextBoolean();
            box = darkBox ? Color.BLACK : Color.WHITE;
            colour = darkBox ? Color.WHITE : Color.BLACK;
        } else if (mean < 120) {
            colour = rnd.nextDouble() < 0.3 ? new Color(255, 255, 0) : Color.WHITE;
        } else {
            colour = Color.BLACK;
        }
        ScaleBarSpec coloured = new ScaleBarSpec(s.value(), s.unit(), s.labelText(), s.lengthPx(), s.shape(), s.thickness(),
                s.tickWidth(), s.tickUp(), s.tickDown(), colour, s.font(), s.antialiasText(), s.integerAligned());
        LabelledBar group = new LabelledBar(g, coloured, placement, gap);
        if (box == null) {
            OnImageBar.clearUnder(img, group, gx, gy, (int) Math.max(12, 2 * cap), colour.getRed() + colour.getGreen() > 255);
        }
        return OnImageBar.paint(g, group, gx, gy, box);
    }

    /** Text in another corner, as TEM software prints voltage or magnification there. */
    private void paintCornerDistractor(Graphics2D g, int w, int h, StripLook look, double cap, Optional<ScaleBarTruth> truth) {
        String[] texts = {
                String.format(Locale.ROOT, "%.0f kV", 80 + 40.0 * rnd.nextInt(3)),
                "X " + Distractors.magnification(rnd),
                "HFW " + Distractors.hfw(rnd),
                String.format(Locale.ROOT, "WD %.1f mm", Distractors.wdMm(rnd))};
        String t = texts[rnd.nextInt(texts.length)];
        // top row, on the opposite side from the bar's label
        boolean left = truth.map(tr -> tr.x0() > w / 2.0).orElse(rnd.nextBoolean());
        double x = left ? w * 0.04 : w * 0.96 - TextDraw.width(g, t, look.font());
        double y = truth.map(tr -> tr.y0() < h / 2.0).orElse(false) ? h * 0.96 : h * 0.04 + cap;
        TextDraw.draw(g, t, look.font(), x, y, Color.WHITE, look.antialiasText());
    }

    private StripPainter strip(InstrumentStyle style) {
        return switch (style) {
            case JEOL -> new JeolStrip();
            case ZEISS -> new ZeissStrip();
            case FEI -> new FeiStrip();
            case HITACHI -> new HitachiStrip(rnd.nextDouble() < 0.6 ? LabelledBar.Placement.LEFT : LabelledBar.Placement.ABOVE);
            case TEM -> throw new IllegalArgumentException("TEM images have no strip");
        };
    }

    private int pickWidth() {
        int n = 0;
        for (int wv : WIDTHS) {
            if (wv >= minWidth && wv <= maxWidth) {
                n++;
            }
        }
        int k = rnd.nextInt(Math.max(1, n));
        for (int wv : WIDTHS) {
            if (wv >= minWidth && wv <= maxWidth && k-- == 0) {
                return wv;
            }
        }
        return minWidth;
    }

    private Font pickFont(Graphics2D g, int width) {
        String family = FAMILIES[rnd.nextInt(FAMILIES.length)];
        int style = rnd.nextDouble() < 0.3 ? Font.BOLD : Font.PLAIN;
        Font probe = new Font(family, style, 100);
        double capAt100 = TextDraw.capHeight(g, probe);
        // digits 9 px tall at the smallest (512 px images), about 1/90 to 1/40 of the width above:
        // the range instrument databars use
        double lo = Math.max(9, width / 90.0);
        double hi = Math.max(lo + 4, width / 40.0);
        double cap = lo + rnd.nextDouble() * (hi - lo);
        return probe.deriveFont((float) (100 * cap / capAt100));
    }

    private StripLook pickLook(Font font) {
        boolean dark = rnd.nextDouble() < 0.7;
        int bg = dark ? rnd.nextInt(40) : 205 + rnd.nextInt(51);
        int fg = dark ? 200 + rnd.nextInt(56) : rnd.nextInt(50);
        int dim = dark ? 110 + rnd.nextInt(40) : 90 + rnd.nextInt(40);
        return new StripLook(font, SpecimenPainter.gray(bg), SpecimenPainter.gray(fg), SpecimenPainter.gray(dim),
                rnd.nextBoolean());
    }

    /** Resampling blur on some images, compression-like noise on others. */
    private void degrade(BufferedImage img) {
        if (rnd.nextDouble() < 0.2) {
            blur121(img);
        }
        if (rnd.nextDouble() < 0.4) {
            SpecimenPainter.addNoise(img, 0, img.getHeight(), 1 + rnd.nextDouble() * 3, rnd);
        }
    }

    /** Separable [1 2 1]/4 blur (sigma about 0.7 px), per channel. */
    private static void blur121(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int[] tmp = new int[px.length];
        for (int pass = 0; pass < 2; pass++) {
            int[] src = pass == 0 ? px : tmp;
            int[] dst = pass == 0 ? tmp : px;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int a = pass == 0 ? src[y * w + Math.max(0, x - 1)] : src[Math.max(0, y - 1) * w + x];
                    int b = src[y * w + x];
                    int c = pass == 0 ? src[y * w + Math.min(w - 1, x + 1)] : src[Math.min(h - 1, y + 1) * w + x];
                    int out = 0xFF000000;
                    for (int shift = 0; shift <= 16; shift += 8) {
                        int v = (((a >> shift) & 0xFF) + 2 * ((b >> shift) & 0xFF) + ((c >> shift) & 0xFF) + 2) / 4;
                        out |= v << shift;
                    }
                    dst[y * w + x] = out;
                }
            }
        }
    }

    private static boolean isColour(Color c) {
        return c.getRed() != c.getGreen() || c.getGreen() != c.getBlue();
    }

    static Image2D toImage2D(BufferedImage img, boolean colour) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        if (!colour) {
            float[] gray = new float[w * h];
            for (int i = 0; i < gray.length; i++) {
                gray[i] = px[i] & 0xFF;
            }
            return new Image2D(w, h, PixelType.UINT8, gray);
        }
        float[] r = new float[w * h];
        float[] gr = new float[w * h];
        float[] b = new float[w * h];
        for (int i = 0; i < r.length; i++) {
            r[i] = (px[i] >> 16) & 0xFF;
            gr[i] = (px[i] >> 8) & 0xFF;
            b[i] = px[i] & 0xFF;
        }
        return new Image2D(w, h, PixelType.UINT8, r, gr, b);
    }
}
