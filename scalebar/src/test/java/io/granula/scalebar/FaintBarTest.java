package io.granula.scalebar;

import io.granula.core.image.Image2D;
import io.granula.scalebar.bar.BarDetector;
import io.granula.scalebar.bar.GrayPlane;
import io.granula.scalebar.bar.MeasuredBar;
import io.granula.scalebar.text.Tesseract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A scale bar and label in a light grey only a sixth of the image's range off the specimen. */
class FaintBarTest {
    private static ScaleBarReader reader;

    @BeforeAll
    static void open() {
        reader = new ScaleBarReader(Optional.of(Tesseract.openOrSkip()), Optional.empty());
    }

    @AfterAll
    static void close() {
        if (reader != null) {
            reader.close();
        }
    }

    /**
     * A grey specimen (120, gently shaded) with black particles, so the range is 0..~150; a vertical bar
     * of grey 150 at (600, 250), 5 x 180 px, and, when {@code withLabel}, "100 nm" in the same grey left
     * of it: the bar stands out by about a fifth of the range, under the usual detector's quarter.
     */
    private static Image2D faintScene(boolean withLabel) {
        BufferedImage img = TestImages.canvas(800, 600, 0);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 800; x++) {
                int v = (int) Math.round(120 + 6 * Math.sin(x / 50.0) * Math.cos(y / 45.0));
                img.setRGB(x, y, new Color(v, v, v).getRGB());
            }
        }
        return TestImages.gray(TestImages.draw(img, g -> {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            for (int i = 0; i < 12; i++) {
                g.fillOval(40 + (i * 137) % 500, 40 + (i * 89) % 500, 18, 14);
            }
            g.setColor(new Color(150, 150, 150));
            g.fillRect(600, 250, 5, 180);
            if (withLabel) {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(new Font("DejaVu Sans", Font.PLAIN, 24));
                g.drawString("100 nm", 500, 350);
            }
        }), 2, 7);
    }

    @Test
    void aFaintBarIsMissedByTheUsualDetectorButFoundByTheFaintOne() {
        GrayPlane upright = GrayPlane.of(faintScene(true)).transposed();
        assertThat(new BarDetector().detect(upright)).noneMatch(c -> c.rect().length() > 100);
        assertThat(BarDetector.faint().detect(upright))
                .anySatisfy(c -> assertThat(c.rect().length()).isBetween(176, 184));
    }

    @Test
    void aFaintVerticalBarIsReadByItsLabel() {
        ScaleBarResult r = reader.read(faintScene(true));
        assertThat(r.label()).contains(new ScaleLabel(100, "nm"));
        MeasuredBar bar = r.bar().orElseThrow();
        assertThat(bar.vertical()).isTrue();
        assertThat(bar.length()).isCloseTo(180, within(0.5));
    }

    @Test
    void aFaintStrokeWithoutALabelIsNoScaleBar() {
        ScaleBarResult r = reader.read(faintScene(false));
        assertThat(r.found()).isFalse();
    }
}
