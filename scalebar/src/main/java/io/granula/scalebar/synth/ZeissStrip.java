package io.granula.scalebar.synth;

import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Zeiss SmartSEM databar: the label above a bar with end ticks on the left, then two rows of
 * "EHT = 5.00 kV / WD = 4.1 mm", "Signal A = InLens / Mag = 50.00 K X", "Date / Time".
 */
public final class ZeissStrip implements StripPainter {

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
        double pad = StripLayout.pad(cap);
        double x = 2 * pad;
        Optional<ScaleBarTruth> truth = Optional.empty();
        if (bar.isPresent()) {
            LabelledBar group = new LabelledBar(g, bar.get(), LabelledBar.Placement.ABOVE, gap(cap));
            truth = Optional.of(group.paint(g, x, top + pad));
            x += group.width();
        }
        x += cap * (2.5 + rnd.nextDouble() * 2);
        String[] signals = {"InLens", "SE2", "AsB", "EsB"};
        List<List<String>> columns = List.of(
                List.of(String.format(Locale.ROOT, "EHT = %.2f kV", Distractors.kv(rnd)),
                        String.format(Locale.ROOT, "WD = %.1f mm", Distractors.wdMm(rnd))),
                List.of("Signal A = " + signals[rnd.nextInt(signals.length)],
                        String.format(Locale.ROOT, "Mag = %.2f K X", Distractors.magnification(rnd) / 1000.0)),
                List.of("Date :" + Distractors.date(rnd), "Time :" + Distractors.time(rnd)));
        double spacing = cap * (2 + rnd.nextDouble() * 2);
        for (List<String> column : columns) {
            double w = Math.max(TextDraw.width(g, column.get(0), look.font()), TextDraw.width(g, column.get(1), look.font()));
            if (x + w > width - pad) {
                break;
            }
            for (int row = 0; row < 2; row++) {
                TextDraw.draw(g, column.get(row), look.font(), x, top + pad + cap + row * rowPitch(cap),
                        look.foreground(), look.antialiasText());
            }
            x += w + spacing;
        }
        return truth;
    }

    private static double rowPitch(double cap) {
        return 1.9 * cap;
    }


    private static double gap(double cap) {
        return Math.max(2, 0.4 * cap);
    }
}
