package io.granula.scalebar.text;

import io.granula.scalebar.bar.BarCandidate;
import io.granula.scalebar.bar.UniformRect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs a bar with the text fields that could be its label, nearest first. A label sits over or
 * under the bar (overlapping it horizontally) or beside it on the same line, within
 * {@link #MAX_GAP} text heights; anything else in an info strip (working distance, magnification,
 * voltage, field width) is further away or off to the side and is tried only after, if at all.
 */
public final class LabelBarMatcher {
    private static final double MAX_GAP = 3.0;
    /**
     * Bars are at least as long as their label's digits are tall (the short Zeiss "200 nm" bar:
     * 29 px under 10 px digits); the strokes of '=', '-' or 'T' in text are shorter.
     */
    private static final double MIN_LENGTH_IN_TEXT_HEIGHTS = 1.0;

    /**
     * A vertical bar is longer than its label's letters are tall by half again: the stems of letters
     * (the D of "WD", with its bows as end ticks) are as long as the text is tall, and every vertical
     * stroke of an info strip's text is one.
     */
    private static final double MIN_VERTICAL_LENGTH_IN_TEXT_HEIGHTS = 1.5;

    /** A field placed where a label can be, with its distance in text heights (smaller is better). */
    public record Match(TextBlock block, double distance) {
    }

    public List<Match> rank(BarCandidate bar, GlyphMap map, List<TextBlock> blocks) {
        UniformRect r = bar.rect();
        if (insideTextLine(r, map)) {
            return List.of();
        }
        int top = r.y0() - bar.ticks().map(t -> t.up()).orElse(0);
        int bottom = r.y1() + bar.ticks().map(t -> t.down()).orElse(0);
        double barCentreX = (r.x0() + r.x1() + 1) / 2.0;
        double barCentreY = (r.y0() + r.y1() + 1) / 2.0;
        List<Match> out = new ArrayList<>();
        for (TextBlock b : blocks) {
            double t = Math.max(1, b.textHeight());
            if (r.length() < MIN_LENGTH_IN_TEXT_HEIGHTS * t) {
                continue; // a stroke of a large character ('=', '-', 'T'), not a bar
            }
            int xOverlap = Math.min(b.x1(), r.x1()) - Math.max(b.x0(), r.x0()) + 1;
            boolean overBar = xOverlap >= 0.5 * Math.min(b.width(), r.length());
            double offCentre = Math.abs(b.centreX() - barCentreX) / r.length();
            double distance = Double.NaN;
            if (overBar && b.y1() < top) {
                distance = (top - b.y1() - 1) / t + offCentre;
            } else if (overBar && b.y0() > bottom) {
                distance = (b.y0() - bottom - 1) / t + offCentre;
            } else if (barCentreY >= b.y0() - t / 2 && barCentreY <= b.y1() + t / 2) {
                int gap = b.x1() < r.x0() ? r.x0() - b.x1() - 1 : (b.x0() > r.x1() ? b.x0() - r.x1() - 1 : -1);
                if (gap >= 0) {
                    distance = gap / t;
                }
            }
            if (Double.isFinite(distance) && distance <= MAX_GAP) {
                out.add(new Match(b, distance));
            }
        }
        out.sort(Comparator.comparingDouble(Match::distance));
        return out;
    }

    /**
     * As {@link #rank} for a vertical bar, given as its box in the image's axes ({@code tall}: one
     * or a few columns wide, its length down the rows). Its label is written horizontally, as on
     * every instrument: beside the bar (left or right, level with some part of it) or over its top
     * or under its bottom end.
     */
    public List<Match> rankVertical(UniformRect tall, List<TextBlock> blocks) {
        int length = tall.thickness();
        double barCentreX = (tall.x0() + tall.x1() + 1) / 2.0;
        double barCentreY = (tall.y0() + tall.y1() + 1) / 2.0;
        List<Match> out = new ArrayList<>();
        for (TextBlock b : blocks) {
            double t = Math.max(1, b.textHeight());
            if (length < MIN_VERTICAL_LENGTH_IN_TEXT_HEIGHTS * t) {
                continue;
            }
            double centreY = (b.y0() + b.y1() + 1) / 2.0;
            double distance = Double.NaN;
            boolean level = centreY >= tall.y0() - t / 2 && centreY <= tall.y1() + 1 + t / 2;
            boolean overBar = b.x0() <= tall.x1() + t && b.x1() >= tall.x0() - t;
            if (level && b.x0() > tall.x1()) {
                distance = (b.x0() - tall.x1() - 1) / t + Math.abs(centreY - barCentreY) / length;
            } else if (level && b.x1() < tall.x0()) {
                distance = (tall.x0() - b.x1() - 1) / t + Math.abs(centreY - barCentreY) / length;
            } else if (overBar && b.y1() < tall.y0()) {
                distance = (tall.y0() - b.y1() - 1) / t + Math.abs(b.centreX() - barCentreX) / t;
            } else if (overBar && b.y0() > tall.y1()) {
                distance = (b.y0() - tall.y1() - 1) / t + Math.abs(b.centreX() - barCentreX) / t;
            }
            if (Double.isFinite(distance) && distance <= MAX_GAP) {
                out.add(new Match(b, distance));
            }
        }
        out.sort(Comparator.comparingDouble(Match::distance));
        return out;
    }

    /**
     * A stroke of a letter (the top of a T, the bar of a +) has letters right against both of its
     * ends on its own line; a scale bar has room around it.
     */
    private static boolean insideTextLine(UniformRect r, GlyphMap map) {
        boolean left = false;
        boolean right = false;
        for (Glyph g : map.glyphs()) {
            boolean sameRows = g.y0() <= r.y1() && g.y1() >= r.y0();
            double gap = 0.6 * g.height();
            left |= sameRows && g.x1() < r.x0() && r.x0() - g.x1() - 1 <= gap;
            right |= sameRows && g.x0() > r.x1() && g.x0() - r.x1() - 1 <= gap;
        }
        return left && right;
    }
}
