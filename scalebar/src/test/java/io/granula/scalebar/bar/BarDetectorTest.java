package io.granula.scalebar.bar;

import io.granula.scalebar.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BarDetectorTest {

    private static List<BarCandidate> detect(BufferedImage img) {
        return new BarDetector().detect(GrayPlane.of(TestImages.gray(img, 2, 3)));
    }

    @ParameterizedTest
    @CsvSource({"20,20,255,60", "20,20,0,200", "300,20,255,60", "300,20,0,200",
            "20,250,255,60", "20,250,0,200", "300,250,255,60", "300,250,0,200"})
    void findsLightAndDarkBarsInAnyCorner(int x, int y, int bar, int ground) {
        BufferedImage img = TestImages.canvas(400, 300, ground);
        TestImages.draw(img, g -> {
            g.setColor(new Color(bar, bar, bar));
            g.fillRect(x, y, 80, 5);
        });
        BarCandidate best = detect(img).get(0);
        assertThat(best.rect().x0()).isEqualTo(x);
        assertThat(best.rect().x1()).isEqualTo(x + 79);
        assertThat(best.rect().y0()).isEqualTo(y);
        assertThat(best.polarity()).isEqualTo(bar > ground ? 1 : -1);
    }

    @Test
    void findsEndTicks() {
        BufferedImage img = TestImages.canvas(300, 100, 20);
        TestImages.draw(img, g -> {
            g.setColor(Color.WHITE);
            g.fillRect(50, 60, 120, 3);
            g.fillRect(50, 52, 2, 11);
            g.fillRect(168, 52, 2, 11);
        });
        Ticks t = detect(img).get(0).ticks().orElseThrow();
        assertThat(t.leftStart()).isEqualTo(50);
        assertThat(t.leftEnd()).isEqualTo(51);
        assertThat(t.rightStart()).isEqualTo(168);
        assertThat(t.rightEnd()).isEqualTo(169);
        assertThat(t.up()).isEqualTo(8);
    }

    @Test
    void stripFramesAcrossTheWholeWidthAreNotBars() {
        BufferedImage img = TestImages.canvas(400, 200, 90);
        TestImages.draw(img, g -> {
            g.setColor(Color.BLACK);
            g.fillRect(0, 150, 400, 50);
            g.setColor(Color.WHITE);
            g.fillRect(0, 150, 400, 2);
        });
        assertThat(detect(img)).isEmpty();
    }

    @Test
    void solidBlocksAndLetterStrokesAreNotBars() {
        BufferedImage img = TestImages.canvas(400, 200, 20);
        TestImages.draw(img, g -> {
            g.setColor(Color.WHITE);
            g.fillRect(40, 40, 60, 40); // a block, not thin
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font("DejaVu Sans", Font.BOLD, 48));
            g.drawString("T+T", 150, 150); // strokes with stems in their middle
        });
        assertThat(detect(img)).isEmpty();
    }

    /**
     * A Zeiss-like strip: "WD = 7.6 mm" and "EHT = 12.00 kV" (bright '=' strokes, each contrasting more
     * than the bar) beside a one-pixel grey H-bar drawn at 45 % of white. The bar ranks first.
     */
    @Test
    void equalsSignsInAStripRankAfterAThinFainterBar() {
        BufferedImage img = TestImages.canvas(700, 160, 30);
        TestImages.draw(img, g -> {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.setFont(new Font("DejaVu Sans", Font.PLAIN, 30));
            g.drawString("EHT = 12.00 kV", 10, 50);
            g.drawString("WD = 7.6 mm", 10, 120);
            g.setColor(new Color(115, 115, 115));
            g.fillRect(420, 100, 150, 1);
            g.fillRect(420, 94, 1, 14);
            g.fillRect(569, 94, 1, 14);
        });
        List<BarCandidate> found = detect(img);
        assertThat(found).hasSizeGreaterThan(1);
        assertThat(found.get(0).rect().x0()).isEqualTo(420);
        assertThat(found.get(0).rect().length()).isEqualTo(150);
    }
}
