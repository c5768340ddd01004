package io.granula.scalebar.synth;

import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/** Hitachi databar: "S-4800 5.0kV 8.0mm x50.0k SE(M)" on the left, the label and its ruler on the right. */
public final class HitachiStrip implements StripPainter {
    private final LabelledBar.Placement placement;

    public HitachiStrip(LabelledBar.Placement placement) {
        this.placement = placement;
    }

    @Override
    public int stripHeight(Graphics2D g, StripLook look, Optional<ScaleBarSpec> bar) {
        double cap = TextDraw.capHeight(g, look.font());
        return StripLayout.height(g, cap, cap + TextDraw.descent(g, look.font()), bar, placement, gap(cap));
    }

    @Override
    public Optional<ScaleBarTruth> paint(Graphics2D g, int width, int height, StripLook look, Optional<ScaleBarSpec> bar, Random rnd) {
        double cap = TextDraw.capHeight(g, look.font());
        int sh = stripHeight(g, look, bar);
        int top = height - sh;
        StripFields.fill(g, look.background(), 0, top, width, sh);
        double pad = StripLayout.pad(cap);
        double right = width - pad;
        Optional<ScaleBarTruth> truth = Optional.empty();
        if (bar.isPresent()) {
            LabelledBar group = new LabelledBar(g, bar.get(), placement, gap(cap));
            double gx = width - 2 * pad - group.width();
            truth = Optional.of(group.paint(g, gx, top + (sh - group.height()) / 2));
            right = gx - 2 * cap;
        }
        String[] models = {"S-4800", "SU8010", "SU8230", "S-3400N", "SU-70"};
        String[] signals = {"SE(M)", "SE(U)", "SE(L)", "BSE"};
        List<String> fields = List.of(models[rnd.nextInt(models.length)],
                String.format(Locale.ROOT, "%.1fkV", Distractors.kv(rnd)),
                String.format(Locale.ROOT, "%.1fmm", Distractors.wdMm(rnd)),
                String.format(Locale.ROOT, "x%.1fk", Distractors.magnification(rnd) / 1000.0),
                signals[rnd.nextInt(signals.length)]);
        double baseline = top + (sh + cap) / 2 - 0.1 * cap;
        StripFields.row(g, fields, look.font(), look.foreground(), look.antialiasText(), 2 * pad, baseline,
                cap * (1.2 + rnd.nextDouble()), right);
        return truth;
    }


    private static double gap(double cap) {
        return Math.max(3, 0.6 * cap);
    }
}
