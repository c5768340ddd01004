package io.granula.scalebar.synth;

import java.awt.Graphics2D;
import java.util.Optional;

/** Layout every maker's strip shares: padding around the content, and the strip's height. */
final class StripLayout {
    private StripLayout() {
    }

    /** Space between the strip's edges and its content, from the font's cap height. */
    static double pad(double cap) {
        return Math.max(3, 0.5 * cap);
    }

    /**
     * Rows the strip needs: its text content or the labelled bar, whichever is taller, plus padding.
     *
     * @param gap space between the bar and its label, which each maker sets differently
     */
    static int height(Graphics2D g, double cap, double textContent, Optional<ScaleBarSpec> bar,
                      LabelledBar.Placement placement, double gap) {
        double content = textContent;
        if (bar.isPresent()) {
            content = Math.max(content, new LabelledBar(g, bar.get(), placement, gap).height());
        }
        return (int) Math.ceil(content + 2 * pad(cap));
    }
}
