package io.granula.scalebar.heldout;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.Random;

/**
 * Draws each {@link HeldOutKind}'s specimen, strip, bar and label, in drawn pixels. Bars are
 * filled rectangles on whole pixels (no anti-aliasing), so their truth is exact before resampling.
 */
final class HeldOutLayouts {
    private static final Color WHITE = Color.WHITE;
    private static final Color BLACK = Color.BLACK;

    private HeldOutLayouts() {
    }

    static Optional<HeldOutTruth> draw(HeldOutKind kind, HeldOutGenerator.Canvas c, Optional<HeldOutGenerator.Label> label) {
        return switch (kind) {
            case PLAIN_LINE -> plainLine(c, label);
            case TICK_RULER -> tickRuler(c, label);
            case H_BAR_STRIP -> hBarStrip(c, label);
            case TEM_COLOURED -> temColoured(c, label);
            case BOXED -> boxed(c, label);
            case VERTICAL -> vertical(c, label);
        };
    }

    private static Optional<HeldOutTruth> plainLine(HeldOutGenerator.Canvas c, Optional<HeldOutGenerator.Label> label) {
        Random rnd = c.rnd();
        PorousSpecimen.paint(c.img(), c.h(), 0.4 + 0.6 * rnd.nextDouble(), rnd);
        Color colour = rnd.nextBoolean() ? WHITE : BLACK;
        if (label.isEmpty()) {
            c.text(rnd.nextBoolean() ? "(b)" : "SE", c.px(12), c.px(12), colour);
            return Optional.empty();
        }
        HeldOutGenerator.Label l = label.get();
        int t = clamp((int) Math.round(c.cap() * (0.15 + 0.35 * rnd.nextDouble())), (int) Math.ceil(c.px(2)), (int) c.px(12));
        Rectangle2D ink = c.ink(l.text());
        double gap = c.cap() * (0.3 + 0.6 * rnd.nextDouble());
        int side = rnd.nextInt(4); // 0 left, 1 right, 2 above, 3 below
        double boxW = side < 2 ? l.drawnLength() + gap + ink.getWidth() : Math.max(l.drawnLength(), ink.getWidth());
        double boxH = side < 2 ? Math.max(t, ink.getHeight()) : t + gap + ink.getHeight();
        double margin = c.w() * (0.03 + 0.05 * rnd.nextDouble());
        double bx = rnd.nextBoolean() ? margin : c.w() - margin - boxW;
        double by = rnd.nextDouble() < 0.7 ? c.h() - margin - boxH : margin;
        int x0;
        int y0;
        switch (side) {
            case 0 -> {
                c.text(l.text(), bx, by + (boxH - ink.getHeight()) / 2, colour);
                x0 = (int) Math.round(bx + ink.getWidth() + gap);
                y0 = (int) Math.round(by + (boxH - t) / 2);
            }
            case 1 -> {
                x0 = (int) Math.round(bx);
                y0 = (int) Math.round(by + (boxH - t) / 2);
                c.text(l.text(), x0 + l.drawnLength() + gap, by + (boxH - ink.getHeight()) / 2, colour);
            }
            case 2 -> {
                c.text(l.text(), bx + (boxW - ink.getWidth()) / 2, by, colour);
                x0 = (int) Math.round(bx + (boxW - l.drawnLength()) / 2);
                y0 = (int) Math.round(by + ink.getHeight() + gap);
            }
            default -> {
                x0 = (int) Math.round(bx + (boxW - l.drawnLength()) / 2);
                y0 = (int) Math.round(by);
                c.text(l.text(), bx + (boxW - ink.getWidth()) / 2, by + t + gap, colour);
            }
        }
        c.rect(x0, y0, l.drawnLength(), t, colour);
        return Optional.of(new HeldOutTruth(l.value(), l.unit(), l.text(), x0, x0 + l.drawnLength(), y0, y0 + t));
    }

    /** Hitachi SU-series strip: dark, white text, a ruler of 11 one-pixel ticks with no baseline. */
    private static Optional<HeldOutTruth> tickRuler(HeldOutGenerator.Canvas c, Optional<HeldOutGenerator.Label> label) {
        Random rnd = c.rnd();
        int sh = (int) Math.round(c.cap() * (2.2 + rnd.nextDouble()));
        int top = c.h() - sh;
        PorousSpecimen.paint(c.img(), top, rnd.nextDouble(), rnd);
        int bg = rnd.nextInt(40);
        c.rect(0, top, c.w(), sh, new Color(bg, bg, bg));
        Color fg = new Color(235 + rnd.nextInt(21), 235 + rnd.nextInt(21), 235 + rnd.nextInt(21));
        double textTop = top + (sh - c.cap()) / 2;
        Rectangle2D info = c.text(String.format(java.util.Locale.ROOT, "SU%d %.1fkV %.1fmm x%.1fk SE(UL)",
                8000 + rnd.nextInt(300), 1 + rnd.nextInt(15) / 2.0, 2 + rnd.nextInt(90) / 10.0, 1 + rnd.nextInt(900) / 10.0),
                c.px(8), textTop, fg);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        HeldOutGenerator.Label l = label.get();
        int tickW = Math.max(1, (int) Math.round(c.px(1)));
        int n = 11;
        int span = l.drawnLength();
        double step = span / 10.0;
        Rectangle2D ink = c.ink(l.text());
        double gap = c.cap() * 0.6;
        boolean labelLeft = rnd.nextBoolean();
        double room = c.w() - c.px(10) - span - gap - ink.getWidth();
        double start = Math.max(info.getMaxX() + c.px(20), room - rnd.nextDouble() * Math.max(0, room - info.getMaxX() - c.px(20)));
        double rulerX = labelLeft ? start + ink.getWidth() + gap : start;
        int tall = (int) Math.round(c.cap() * 0.9);
        int shortT = Math.max((int) Math.round(c.px(2)), tall / 2);
        int bottom = (int) Math.round(top + (sh + tall) / 2.0);
        double firstCentre = Double.NaN;
        double lastCentre = Double.NaN;
        for (int i = 0; i < n; i++) {
            int x = (int) Math.round(rulerX + i * step);
            int th = i == 0 || i == n - 1 || i == 5 ? tall : shortT;
            c.rect(x, bottom - th, tickW, th, fg);
            double centre = x + tickW / 2.0;
            if (i == 0) {
                firstCentre = centre;
            }
            lastCentre = centre;
        }
        double labelX = labelLeft ? start : rulerX + span + tickW + gap;
        c.text(l.text(), labelX, bottom - ink.getHeight(), fg);
        return Optional.of(new HeldOutTruth(l.value(), l.unit(), l.text(), firstCentre, lastCentre, bottom - tall, bottom));
    }

    /** Zeiss data strip: grey, "EHT = ..", "WD = ..", "Mag = .."; the bar an H with its label above. */
    private static Optional<HeldOutTruth> hBarStrip(HeldOutGenerator.Canvas c, Optional<HeldOutGenerator.Label> label) {
        Random rnd = c.rnd();
        int sh = (int) Math.round(c.cap() * (3.4 + rnd.nextDouble()));
        int top = c.h() - sh;
        PorousSpecimen.paint(c.img(), top, rnd.nextDouble(), rnd);
        boolean light = rnd.nextBoolean();
        int bg = light ? 180 + rnd.nextInt(60) : 15 + rnd.nextInt(50);
        c.rect(0, top, c.w(), sh, new Color(bg, bg, bg));
        Color fg = light ? BLACK : WHITE;
        double x = c.px(10);
        double line1 = top + c.cap() * 0.7;
        double line2 = top + sh - c.cap() * 1.7;
        String[] fields = {String.format(java.util.Locale.ROOT, "EHT = %.2f kV", 1 + rnd.nextInt(30) / 2.0),
                String.format(java.util.Locale.ROOT, "WD = %.1f mm", 2 + rnd.nextInt(80) / 10.0),
                String.format(java.util.Locale.ROOT, "Mag = %.2f K X", 1 + rnd.nextInt(2000) / 10.0),
                "Signal A = InLens"};
        Rectangle2D last = c.text(fields[0], x, line1, fg);
        c.text(fields[1], x, line2, fg);
        double cellX = last.getMaxX() + c.cap() * 3;
        if (label.isEmpty()) {
            c.text(fields[2], cellX, line1, fg);
            c.text(fields[3], cellX, line2, fg);
            return Optional.empty();
        }
        HeldOutGenerator.Label l = label.get();
        Rectangle2D ink = c.ink(l.text());
        double cellW = Math.max(l.drawnLength(), ink.getWidth());
        c.text(l.text(), cellX + (cellW - ink.getWidth()) / 2, line1, fg);
        int t = Math.max(1, (int) Math.round(c.px(1 + rnd.nextInt(3))));
        int capW = Math.max(1, (int) Math.round(c.px(1 + rnd.nextInt(2))));
        int capH = (int) Math.round(Math.max(c.px(5), c.cap() * 0.8));
        int barY = (int) Math.round(line1 + ink.getHeight() + c.cap() * 0.9);
        int bx = (int) Math.round(cellX + (cellW - l.drawnLength()) / 2);
        c.rect(bx, barY, l.drawnLength(), t, fg);
        // the H's uprights, centred on the stroke and on the bar's ends
        c.rect(bx - capW / 2, barY + t / 2 - capH / 2, capW, capH, fg);
        int rx = bx + l.drawnLength() - capW / 2;
        c.rect(rx, barY + t / 2 - capH / 2, capW, capH, fg);
        double left = bx - capW / 2 + capW / 2.0;
        double right = rx + capW / 2.0;
        double fieldX = cellX + cellW + c.cap() * 3;
        c.text(fields[2], fieldX, line1, fg);
        c.text(fields[3], fieldX, line2, fg);
        return Optional.of(new HeldOutTruth(l.value(), l.unit(), l.text(), left, right, barY, barY + t));
    }

    /** TEM: a solid bar in the lower corner, its label coloured or grey, above or below it. */
    private static Optional<HeldOutTruth> temColoured(HeldOutGenerator.Canvas c, Optional<HeldOutGenerator.Label> label) {
        Random rnd = c.rnd();
        PorousSpecimen.paint(c.img(), c.h(), 0.2 + 0.5 * rnd.nextDouble(), rnd);
        Color text = HeldOutGenerator.labelColour(rnd);
        if (label.isEmpty()) {
            c.text(String.format(java.util.Locale.ROOT, "%dkx", 5 + rnd.nextInt(200)), c.px(14), c.px(14), text);
            return Optional.empty();
        }
        HeldOutGenerator.Label l = label.get();
        Color bar = rnd.nextDouble() < 0.5 ? text : (rnd.nextBoolean() ? WHITE : BLACK);
        int t = clamp((int) Math.round(c.cap() * (0.2 + 0.4 * rnd.nextDouble())), (int) Math.ceil(c.px(3)), (int) c.px(10));
        Rectangle2D ink = c.ink(l.text());
        double gap = c.cap() * (0.3 + 0.5 * rnd.nextDouble());
        double cellW = Math.max(l.drawnLength(), ink.getWidth());
        double margin = c.w() * (0.03 + 0.04 * rnd.nextDouble());
        double cx = rnd.nextBoolean() ? margin : c.w() - margin - cellW;
        double cy = c.h() - margin - (t + gap + ink.getHeight());
        int bx = (int) Math.round(cx + (cellW - l.drawnLength()) / 2);
        int by;
        if (rnd.nextBoolean()) {
            c.text(l.text(), cx + (cellW - ink.getWidth()) / 2, cy, text);
            by = (int) Math.round(cy + ink.getHeight() + gap);
        } else {
            by = (int) Math.round(cy);
            c.text(l.text(), cx + (cellW - ink.getWidth()) / 2, by + t + gap, text);
        }
        c.rect(bx, by, l.drawnLength(), t, bar);
        return Optional.of(new HeldOutTruth(l.value(), l.unit(), l.text(), bx, bx + l.drawnLength(), by, by + t));
    }

    /** ImageJ-style: a filled box on the image, the bar (end caps sometimes) over its label. */
    private static Optional<HeldOutTruth> boxed(HeldOutGenerator.Canvas c, Optional<HeldOutGenerator.Label> label) {
        Random rnd = c.rnd();
        PorousSpecimen.paint(c.img(), c.h(), rnd.nextDouble(), rnd);
        boolean whiteBox = rnd.nextBoolean();
        Color box = whiteBox ? new Color(245, 245, 245) : new Color(10, 10, 10);
        Color fg = whiteBox ? BLACK : WHITE;
        double pad = c.cap() * 0.6;
        if (label.isEmpty()) {
            Rectangle2D ink = c.ink("A");
            c.rect((int) c.px(10), (int) c.px(10), (int) (ink.getWidth() + 2 * pad), (int) (ink.getHeight() + 2 * pad), box);
            c.text("A", c.px(10) + pad, c.px(10) + pad, fg);
            return Optional.empty();
        }
        HeldOutGenerator.Label l = label.get();
        Rectangle2D ink = c.ink(l.text());
        int t = clamp((int) Math.round(c.cap() * (0.2 + 0.3 * rnd.nextDouble())), (int) Math.ceil(c.px(2)), (int) c.px(10));
        boolean caps = rnd.nextDouble() < 0.4;
        int capH = caps ? t * 3 : t;
        int capW = Math.max(1, (int) Math.round(c.px(1 + rnd.nextInt(2))));
        double gap = c.cap() * 0.5;
        double cellW = Math.max(l.drawnLength() + capW, ink.getWidth());
        double boxW = cellW + 2 * pad;
        double boxH = capH + gap + ink.getHeight() + 2 * pad;
        double margin = c.w() * (0.02 + 0.04 * rnd.nextDouble());
        int bx0 = (int) Math.round(rnd.nextBoolean() ? margin : c.w() - margin - boxW);
        int by0 = (int) Math.round(c.h() - margin - boxH);
        c.rect(bx0, by0, (int) Math.ceil(boxW), (int) Math.ceil(boxH), box);
        int x = (int) Math.round(bx0 + pad + (cellW - l.drawnLength()) / 2);
        int y = (int) Math.round(by0 + pad + (capH - t) / 2.0);
        c.rect(x, y, l.drawnLength(), t, fg);
        double x0 = x;
        double x1 = x + l.drawnLength();
        if (caps) {
            int capTop = (int) Math.round(by0 + pad);
            c.rect(x - capW / 2, capTop, capW, capH, fg);
            c.rect(x + l.drawnLength() - capW / 2, capTop, capW, capH, fg);
            x0 = x - capW / 2 + capW / 2.0;
            x1 = x + l.drawnLength() - capW / 2 + capW / 2.0;
        }
        c.text(l.text(), bx0 + pad + (cellW - ink.getWidth()) / 2, by0 + pad + capH + gap, fg);
        return Optional.of(new HeldOutTruth(l.value(), l.unit(), l.text(), x0, x1, y, y + t));
    }

    /** A vertical bar on the specimen; its label horizontal, left or right of it, or over or under it. */
    private static Optional<HeldOutTruth> vertical(HeldOutGenerator.Canvas c, Optional<HeldOutGenerator.Label> label) {
        Random rnd = c.rnd();
        PorousSpecimen.paint(c.img(), c.h(), 0.3 + 0.7 * rnd.nextDouble(), rnd);
        Color colour = rnd.nextDouble() < 0.3 ? HeldOutGenerator.labelColour(rnd) : (rnd.nextBoolean() ? WHITE : BLACK);
        if (label.isEmpty()) {
            c.text("(c)", c.px(12), c.px(12), colour);
            return Optional.empty();
        }
        HeldOutGenerator.Label l = label.get();
        int len = l.drawnLength();
        int t = clamp((int) Math.round(c.cap() * (0.15 + 0.35 * rnd.nextDouble())), (int) Math.ceil(c.px(2)), (int) c.px(12));
        Rectangle2D ink = c.ink(l.text());
        double gap = c.cap() * (0.3 + 0.6 * rnd.nextDouble());
        int side = rnd.nextInt(4); // 0 left, 1 right, 2 above, 3 below
        double boxW = side < 2 ? t + gap + ink.getWidth() : Math.max(t, ink.getWidth());
        double boxH = side < 2 ? Math.max(len, ink.getHeight()) : len + gap + ink.getHeight();
        double margin = c.w() * (0.03 + 0.05 * rnd.nextDouble());
        double bx = rnd.nextBoolean() ? margin : c.w() - margin - boxW;
        double by = rnd.nextDouble() < 0.7 ? c.h() - margin - boxH : margin;
        int x0;
        int y0;
        switch (side) {
            case 0 -> {
                c.text(l.text(), bx, by + (boxH - ink.getHeight()) / 2, colour);
                x0 = (int) Math.round(bx + ink.getWidth() + gap);
                y0 = (int) Math.round(by + (boxH - len) / 2);
            }
            case 1 -> {
                x0 = (int) Math.round(bx);
                y0 = (int) Math.round(by + (boxH - len) / 2);
                c.text(l.text(), x0 + t + gap, by + (boxH - ink.getHeight()) / 2, colour);
            }
            case 2 -> {
                c.text(l.text(), bx + (boxW - ink.getWidth()) / 2, by, colour);
                x0 = (int) Math.round(bx + (boxW - t) / 2);
                y0 = (int) Math.round(by + ink.getHeight() + gap);
            }
            default -> {
                x0 = (int) Math.round(bx + (boxW - t) / 2);
                y0 = (int) Math.round(by);
                c.text(l.text(), bx + (boxW - ink.getWidth()) / 2, by + len + gap, colour);
            }
        }
        c.rect(x0, y0, t, len, colour);
        return Optional.of(new HeldOutTruth(l.value(), l.unit(), l.text(), y0, y0 + len, x0, x0 + t, true));
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(Math.max(lo, hi), v));
    }
}
