package io.granula.scalebar.synth;

import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/** JEOL databar: one row "SEI  5.0kV  X50,000  [label over ticked bar]  WD 8.0mm  ID". */
public final class JeolStrip implements StripPainter {

    @Override
    public int stripHeight(Graphics2D g, StripLook look, Optional<ScaleBarSpec> bar) {
        double cap = TextDraw.capHeight(g, look.font());
        return StripLayout.height(g, cap, cap + TextDraw.descent(g, look.font()), bar, LabelledBar.Placement.ABOVE, gap(cap));
    }

    @Override
    public Optional<ScaleBarTruth> paint(Graphics2D g, int width, int height, StripLook look, Optional<ScaleBarSpec> bar, Random rnd) {
        double cap = TextDraw.capHeight(g, look.font());
        int sh = stripHeight(g, look, bar);
        int top = height - sh;
        StripFields.fill(g, look.background(), 0, top, width, sh);
        double pad = StripLayout.pad(cap);
        double baseline = top + pad + cap;
        double spacing = cap * (1.5 + rnd.nextDouble() * 1.5);
        String[] detectors = {"SEI", "LEI", "BEC", "COMPO"};
        double kv = Distractors.kv(rnd);
        List<String> before = List.of(detectors[rnd.nextInt(detectors.length)],
                String.format(Locale.ROOT, rnd.nextBoolean() ? "%.1fkV" : "%.0fkV", kv),
                "X" + Distractors.grouped(Distractors.magnification(rnd)));
        List<String> after = List.of(String.format(Locale.ROOT, "WD %.1fmm", Distractors.wdMm(rnd)),
                Distractors.date(rnd));
        double x = StripFields.row(g, before, look.font(), look.foreground(), look.antialiasText(),
                2 * pad, baseline, spacing, width);
        Optional<ScaleBarTruth> truth = Optional.empty();
        if (bar.isPresent()) {
            LabelledBar group = new LabelledBar(g, bar.get(), LabelledBar.Placement.ABOVE, gap(cap));
            truth = Optional.of(group.paint(g, x, top + pad));
            x += group.width() + spacing;
        }
        StripFields.row(g, after, look.font(), look.foreground(), look.antialiasText(), x, baseline, spacing, width - pad);
        return truth;
    }


    private static double gap(double cap) {
        return Math.max(2, 0.35 * cap);
    }
}
