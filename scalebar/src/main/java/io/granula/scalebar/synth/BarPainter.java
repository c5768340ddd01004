package io.granula.scalebar.synth;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;

/**
 * Draws a scale bar as one anti-aliased filled shape (a union of rectangles, so overlapping parts are
 * not composited twice) and says where its calibrated ends are.
 */
public final class BarPainter {
    private BarPainter() {
    }

    /**
     * @param left outer left edge of the shape
     * @param top  top edge of the bar itself (ticks may rise above it)
     * @return {x0, x1, y0, y1}: calibrated ends and the bar's top and bottom edges
     */
    public static double[] paint(Graphics2D g, ScaleBarSpec s, double left, double top) {
        Area shape = new Area();
        double outer = s.outerLength();
        double t = s.thickness();
        double x0;
        double x1;
        switch (s.shape()) {
            case SOLID -> {
                shape.add(rect(left, top, outer, t));
                x0 = left;
                x1 = left + outer;
            }
            case END_TICKS -> {
                double w = s.tickWidth();
                shape.add(rect(left, top, outer, t));
                shape.add(rect(left, top - s.tickUp(), w, t + s.tickUp() + s.tickDown()));
                shape.add(rect(left + outer - w, top - s.tickUp(), w, t + s.tickUp() + s.tickDown()));
                x0 = left + w / 2;
                x1 = left + outer - w / 2;
            }
            case RULER -> {
                double w = s.tickWidth();
                shape.add(rect(left, top, outer, t));
                for (int i = 0; i <= 10; i++) {
                    double centre = left + w / 2 + s.lengthPx() * i / 10.0;
                    // end ticks full height, the middle one 3/4, the others half
                    double up = (i == 0 || i == 10) ? s.tickUp() : (i == 5 ? 0.75 : 0.5) * s.tickUp();
                    shape.add(rect(centre - w / 2, top - up, w, t + up));
                }
                x0 = left + w / 2;
                x1 = left + w / 2 + s.lengthPx();
            }
            default -> throw new IllegalArgumentException("unknown bar shape " + s.shape());
        }
        Object old = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(s.colour());
        g.fill(shape);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, old);
        return new double[]{x0, x1, top, top + t};
    }

    /** Height the shape reaches above its bar's top edge. */
    public static double rise(ScaleBarSpec s) {
        return s.shape() == BarShape.SOLID ? 0 : s.tickUp();
    }

    private static Area rect(double x, double y, double w, double h) {
        return new Area(new Rectangle2D.Double(x, y, w, h));
    }
}
