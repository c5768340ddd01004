package io.granula.scalebar.synth;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;

/** Draws a row of text fields left to right, leaving out those that would run past {@code xMax}. */
final class StripFields {
    private StripFields() {
    }

    /** @return the x where the next field would start */
    static double row(Graphics2D g, List<String> fields, Font font, Color colour, boolean aa,
                      double x, double baseline, double spacing, double xMax) {
        for (String f : fields) {
            double w = TextDraw.width(g, f, font);
            if (x + w > xMax) {
                break;
            }
            TextDraw.draw(g, f, font, x, baseline, colour, aa);
            x += w + spacing;
        }
        return x;
    }

    static double rowWidth(Graphics2D g, List<String> fields, Font font, double spacing) {
        double w = 0;
        for (String f : fields) {
            w += TextDraw.width(g, f, font) + spacing;
        }
        return w;
    }

    static void fill(Graphics2D g, Color c, int x, int y, int w, int h) {
        g.setColor(c);
        g.fillRect(x, y, w, h);
    }
}
