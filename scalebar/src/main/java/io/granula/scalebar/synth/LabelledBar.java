package io.granula.scalebar.synth;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A scale bar and its label laid out as one group (label above, below, left or right of the bar),
 * so each strip painter only decides where the group goes.
 */
public final class LabelledBar {
    public enum Placement { ABOVE, BELOW, LEFT, RIGHT }

    private final ScaleBarSpec spec;
    private final Placement placement;
    private final double gap;
    private final double textWidth;
    private final double capHeight;
    private final double descent;

    public LabelledBar(Graphics2D g, ScaleBarSpec spec, Placement placement, double gap) {
        this.spec = spec;
        this.placement = placement;
        this.gap = gap;
        this.textWidth = TextDraw.width(g, spec.labelText(), spec.font());
        this.capHeight = TextDraw.capHeight(g, spec.font());
        this.descent = Math.max(0, TextDraw.descent(g, spec.font()));
    }

    private double barHeight() {
        return BarPainter.rise(spec) + spec.thickness() + (spec.shape() == BarShape.END_TICKS ? spec.tickDown() : 0);
    }

    public double width() {
        return switch (placement) {
            case ABOVE, BELOW -> Math.max(textWidth, spec.outerLength());
            case LEFT, RIGHT -> textWidth + gap + spec.outerLength();
        };
    }

    public double height() {
        return switch (placement) {
            case ABOVE, BELOW -> capHeight + descent + gap + barHeight();
            case LEFT, RIGHT -> Math.max(capHeight + descent, barHeight());
        };
    }

    /** Paints the group with its top-left corner at (gx, gy). */
    public ScaleBarTruth paint(Graphics2D g, double gx, double gy) {
        double w = width();
        double h = height();
        double textX;
        double baseline;
        double barLeft;
        double barTop;
        double rise = BarPainter.rise(spec);
        switch (placement) {
            case ABOVE -> {
                textX = gx + (w - textWidth) / 2;
                baseline = gy + capHeight;
                barLeft = gx + (w - spec.outerLength()) / 2;
                barTop = gy + capHeight + descent + gap + rise;
            }
            case BELOW -> {
                barLeft = gx + (w - spec.outerLength()) / 2;
                barTop = gy + rise;
                textX = gx + (w - textWidth) / 2;
                baseline = gy + barHeight() + gap + capHeight;
            }
            case LEFT -> {
                textX = gx;
                baseline = gy + (h + capHeight - descent) / 2;
                barLeft = gx + textWidth + gap;
                barTop = gy + (h - spec.thickness()) / 2;
            }
            default -> {
                barLeft = gx;
                barTop = gy + (h - spec.thickness()) / 2;
                textX = gx + spec.outerLength() + gap;
                baseline = gy + (h + capHeight - descent) / 2;
            }
        }
        if (spec.integerAligned()) {
            barLeft = Math.round(barLeft);
            barTop = Math.round(barTop);
        }
        Rectangle2D box = TextDraw.draw(g, spec.labelText(), spec.font(), textX, baseline, spec.colour(), spec.antialiasText());
        double[] ends = BarPainter.paint(g, spec, barLeft, barTop);
        return new ScaleBarTruth(spec.value(), spec.unit(), spec.labelText(), ends[0], ends[1], ends[2], ends[3],
                spec.shape(), box);
    }
}
