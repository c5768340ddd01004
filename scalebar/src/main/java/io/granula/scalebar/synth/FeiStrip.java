package io.granula.scalebar.synth;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * FEI/Thermo databar: a frame line on top, a table of cells (header row dim, value row bright:
 * HV, mag, WD, HFW, det, mode) separated by vertical lines, and the scale bar under its label in
 * the last cell on the right.
 */
public final class FeiStrip implements StripPainter {

    @Override
    public int stripHeight(Graphics2D g, StripLook look, Optional<ScaleBarSpec> bar) {
        double cap = TextDraw.capHeight(g, look.font());
        return StripLayout.height(g, cap, 2 * rowPitch(cap), bar, LabelledBar.Placement.ABOVE, gap(cap));
    }

    @Override
    public Optional<ScaleBarTruth> paint(Graphics2D g, int width, int height, StripLook look, Optional<ScaleBarSpec> bar, Random rnd) {
        double cap = TextDraw.capHeight(g, look.font());
        int sh = stripHeight(g, look, bar);
        int top = height - sh;
        StripFields.fill(g, look.background(), 0, top, width, sh);
        StripFields.fill(g, look.dim(), 0, top, width, 1);
        double pad = StripLayout.pad(cap);
        double barCellLeft = width;
        Optional<ScaleBarTruth> truth = Optional.empty();
        if (bar.isPresent()) {
            LabelledBar group = new LabelledBar(g, bar.get(), LabelledBar.Placement.ABOVE, gap(cap));
            double gx = width - 2 * pad - group.width();
            truth = Optional.of(group.paint(g, gx, top + pad + Math.max(0, (sh - 2 * pad - group.height()) / 2)));
            barCellLeft = gx - 1.5 * pad;
            StripFields.fill(g, look.dim(), (int) barCellLeft, top, 1, sh);
        }
        String[] dets = {"TLD", "ETD", "CBS", "ICE"};
        String[] modes = {"SE", "BSE", "SE+BSE"};
        List<String[]> cells = new ArrayList<>(List.of(
                new String[]{"HV", String.format(Locale.ROOT, "%.2f kV", Distractors.kv(rnd))},
                new String[]{"mag", String.format(Locale.ROOT, "%,d x", Distractors.magnification(rnd)).replace(',', ' ')},
                new String[]{"WD", String.format(Locale.ROOT, "%.1f mm", Distractors.wdMm(rnd))},
                new String[]{"HFW", Distractors.hfw(rnd)},
                new String[]{"det", dets[rnd.nextInt(dets.length)]},
                new String[]{"mode", modes[rnd.nextInt(modes.length)]}));
        double x = 0;
        for (String[] cell : cells) {
            double w = Math.max(TextDraw.width(g, cell[0], look.font()), TextDraw.width(g, cell[1], look.font())) + 2 * pad;
            if (x + w > barCellLeft - pad) {
                break;
            }
            TextDraw.draw(g, cell[0], look.font(), x + pad, top + pad + cap, look.dim(), look.antialiasText());
            TextDraw.draw(g, cell[1], look.font(), x + pad, top + pad + cap + rowPitch(cap), look.foreground(), look.antialiasText());
            x += w;
            StripFields.fill(g, look.dim(), (int) x, top, 1, sh);
        }
        return truth;
    }

    private static double rowPitch(double cap) {
        return 1.8 * cap;
    }


    private static double gap(double cap) {
        return Math.max(2, 0.4 * cap);
    }
}
