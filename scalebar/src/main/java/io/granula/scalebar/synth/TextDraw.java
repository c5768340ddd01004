package io.granula.scalebar.synth;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;

/** Text drawing and measuring with the anti-aliasing an instrument would (or would not) use. */
public final class TextDraw {
    private TextDraw() {
    }

    /** Draws {@code s} with its baseline at {@code baseline}; returns its ink bounds. */
    public static Rectangle2D draw(Graphics2D g, String s, Font font, double x, double baseline, Color colour, boolean aa) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                aa ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(colour);
        g.setFont(font);
        g.drawString(s, (float) x, (float) baseline);
        Rectangle2D ink = layout(g, s, font).getBounds();
        return new Rectangle2D.Double(x + ink.getX(), baseline + ink.getY(), ink.getWidth(), ink.getHeight());
    }

    /** Advance width of {@code s}. */
    public static double width(Graphics2D g, String s, Font font) {
        return layout(g, s, font).getAdvance();
    }

    /** Height of a digit above the baseline: what the label's size is judged by. */
    public static double capHeight(Graphics2D g, Font font) {
        return layout(g, "0", font).getBounds().getHeight();
    }

    /** Depth of descenders (µ, p, y) below the baseline. */
    public static double descent(Graphics2D g, Font font) {
        return layout(g, "µ", font).getBounds().getMaxY();
    }

    private static TextLayout layout(Graphics2D g, String s, Font font) {
        FontRenderContext frc = g.getFontRenderContext();
        return new TextLayout(s, font, frc);
    }
}
