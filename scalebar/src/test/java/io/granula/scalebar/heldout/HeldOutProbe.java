package io.granula.scalebar.heldout;

import io.granula.scalebar.ScaleBarReader;
import io.granula.scalebar.ScaleBarResult;
import io.granula.scalebar.bar.BarCandidate;
import io.granula.scalebar.bar.BarDetector;
import io.granula.scalebar.bar.GrayPlane;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Prints what the reader makes of dumped held-out images (PNG files written by
 * {@link HeldOutEvaluation}'s DUMP_DIR): the bar candidates best first and the reading, so a miss
 * can be classified (no candidate, candidate ranked late, label unread, unit misread).
 */
public final class HeldOutProbe {
    private HeldOutProbe() {
    }

    private static void print(String what, GrayPlane g) {
        int i = 0;
        for (BarCandidate c : new BarDetector().detect(g)) {
            System.out.printf("  %s#%d x %d..%d y %d..%d value %.0f bg %.0f contrast %.2f support %.2f score %.2f%n",
                    what, i++, c.rect().x0(), c.rect().x1(), c.rect().y0(), c.rect().y1(), c.barValue(), c.background(),
                    c.contrast(), c.support(), c.score());
        }
    }

    public static void main(String[] args) throws IOException {
        try (ScaleBarReader reader = ScaleBarReader.open()) {
            for (String a : args) {
                var img = HeldOutGenerator.toImage2D(ImageIO.read(Path.of(a).toFile()));
                GrayPlane g = GrayPlane.of(img);
                System.out.printf("%s range %.0f..%.0f%n", a, g.lo(), g.hi());
                print("", g);
                // vertical bars are found on the transposed plane: x and y below are swapped
                print("vertical (x, y transposed) ", g.transposed());
                ScaleBarResult r = reader.read(img);
                System.out.printf("  read %s raw '%s' len %.2f conf %.2f bar %s%n", r.label().map(Object::toString).orElse("-"),
                        r.rawText(), r.barLengthPx(), r.confidence(), r.bar().map(Object::toString).orElse("-"));
            }
        }
    }
}
