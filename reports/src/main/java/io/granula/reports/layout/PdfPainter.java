package io.granula.reports.layout;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Vector drawing on one page: the few primitives charts and layout need, in PDF points.
 * Wraps PDFBox's content stream so drawing code reads as geometry, not as IOException plumbing.
 */
public final class PdfPainter implements AutoCloseable {
    /** Dash pattern for reference lines (grid, cumulative curves of secondary series). */
    public static final float[] DASHED = {3f, 2f};
    public static final float[] SOLID = {};
    /** Smallest step of a polyline, in points: a tenth of the thinnest line drawn. */
    static final double MIN_STEP = 0.15;

    private final PDPageContentStream stream;

    public PdfPainter(PDPageContentStream stream) {
        this.stream = stream;
    }

    public void line(float x1, float y1, float x2, float y2, float width, Color color, float[] dash) {
        io(() -> {
            stroke(width, color, dash);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        });
    }

    /**
     * An open polyline through the points; NaN points break it into pieces. Points closer than
     * {@value #MIN_STEP} pt to the last point drawn are skipped (radial-distance simplification):
     * a cumulative curve of 5,000 particles in an 8 cm chart keeps its shape to a tenth of a
     * point with a few hundred vertices, instead of 5,000.
     */
    public void polyline(double[] xs, double[] ys, float width, Color color, float[] dash) {
        io(() -> {
            stroke(width, color, dash);
            stream.setLineJoinStyle(1);
            boolean pen = false;
            double lastX = 0;
            double lastY = 0;
            for (int i = 0; i < xs.length; i++) {
                if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                    pen = false;
                    continue;
                }
                boolean end = i == xs.length - 1 || !Double.isFinite(xs[i + 1]) || !Double.isFinite(ys[i + 1]);
                if (pen && !end && Math.hypot(xs[i] - lastX, ys[i] - lastY) < MIN_STEP) {
                    continue;
                }
                if (pen) {
                    stream.lineTo(round2(xs[i]), round2(ys[i]));
                } else {
                    stream.moveTo(round2(xs[i]), round2(ys[i]));
                    pen = true;
                }
                lastX = xs[i];
                lastY = ys[i];
            }
            stream.stroke();
        });
    }

    /** A closed polygon filled with {@code fill} at {@code opacity}, outlined unless {@code outline} is null. */
    public void polygon(double[] xs, double[] ys, Color fill, float opacity, Color outline, float width) {
        if (xs.length < 3) {
            return;
        }
        io(() -> {
            stream.saveGraphicsState();
            if (opacity < 1f) {
                PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                gs.setNonStrokingAlphaConstant(opacity);
                stream.setGraphicsStateParameters(gs);
            }
            path(xs, ys);
            stream.setNonStrokingColor(fill);
            stream.fill();
            stream.restoreGraphicsState();
            if (outline != null) {
                stroke(width, outline, SOLID);
                path(xs, ys);
                stream.stroke();
            }
        });
    }

    public void fillRect(float x, float y, float w, float h, Color color) {
        io(() -> {
            stream.setNonStrokingColor(color);
            stream.addRect(x, y, w, h);
            stream.fill();
        });
    }

    public void strokeRect(float x, float y, float w, float h, float width, Color color) {
        io(() -> {
            stroke(width, color, SOLID);
            stream.addRect(x, y, w, h);
            stream.stroke();
        });
    }

    /**
     * Round dots of diameter {@code size}: a zero-length segment with round caps is the smallest
     * PDF encoding of a dot (about 20 bytes, against 100+ for four Bézier arcs), which keeps a
     * 10,000-point scatter small.
     */
    public void dots(double[] xs, double[] ys, float size, Color color) {
        io(() -> {
            stream.setStrokingColor(color);
            stream.setLineWidth(size);
            stream.setLineCapStyle(1);
            stream.setLineDashPattern(SOLID, 0);
            // Tenths of a point: a dot of 2 pt lands within 2 % of its diameter. Dots that land on
            // the same tenth are one mark on paper and are written once.
            java.util.Set<Long> drawn = new java.util.HashSet<>();
            for (int i = 0; i < xs.length; i++) {
                if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                    long qx = Math.round(xs[i] * 10);
                    long qy = Math.round(ys[i] * 10);
                    if (!drawn.add(qx << 32 ^ (qy & 0xFFFFFFFFL))) {
                        continue;
                    }
                    stream.moveTo(qx / 10f, qy / 10f);
                    stream.lineTo(qx / 10f, qy / 10f);
                }
            }
            stream.stroke();
            stream.setLineCapStyle(0);
        });
    }

    /** Text with its baseline at {@code y}, anchored at {@code x} by {@code align}. */
    public void text(String text, float x, float y, TextStyle style, Align align) {
        String s = style.font().printable(text);
        float w = style.font().width(s, style.size());
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        io(() -> {
            stream.beginText();
            stream.setFont(style.font().pdFont(), style.size());
            stream.setNonStrokingColor(style.color());
            stream.newLineAtOffset(left, y);
            stream.showText(s);
            stream.endText();
        });
    }

    /** Text rotated 90° counter-clockwise, centred on {@code y}: vertical axis titles. */
    public void verticalText(String text, float x, float y, TextStyle style) {
        String s = style.font().printable(text);
        float w = style.font().width(s, style.size());
        io(() -> {
            stream.beginText();
            stream.setFont(style.font().pdFont(), style.size());
            stream.setNonStrokingColor(style.color());
            stream.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, y - w / 2));
            stream.showText(s);
            stream.endText();
        });
    }

    public void image(PDImageXObject image, float x, float y, float w, float h) {
        io(() -> stream.drawImage(image, x, y, w, h));
    }

    /** Restricts drawing to a rectangle until {@link #endClip()}: plot contents stay inside the axes. */
    public void clip(Box box) {
        io(() -> {
            stream.saveGraphicsState();
            stream.addRect(box.x(), box.y(), box.width(), box.height());
            stream.clip();
        });
    }

    public void endClip() {
        io(stream::restoreGraphicsState);
    }

    @Override
    public void close() {
        io(stream::close);
    }

    private void stroke(float width, Color color, float[] dash) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(width);
        stream.setLineDashPattern(dash, 0);
    }

    private void path(double[] xs, double[] ys) throws IOException {
        stream.moveTo((float) xs[0], (float) ys[0]);
        for (int i = 1; i < xs.length; i++) {
            stream.lineTo((float) xs[i], (float) ys[i]);
        }
        stream.closePath();
    }

    /** Hundredths of a point are far below print resolution and halve the digits written. */
    private static float round2(double v) {
        return Math.round(v * 100) / 100f;
    }

    private interface PdfAction {
        void run() throws IOException;
    }

    private static void io(PdfAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
