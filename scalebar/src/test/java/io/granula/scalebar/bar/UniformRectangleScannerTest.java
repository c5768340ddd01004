package io.granula.scalebar.bar;

import io.granula.scalebar.TestImages;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class UniformRectangleScannerTest {

    /**
     * A dark bar on grey with darker specimen reaching it along two of its rows, a few grey pixels
     * away: in those rows a run coming from the specimen's side takes the bar in, so only the scan
     * from the other side sees the bar's rows line up.
     */
    @Test
    void darkBarBesideDarkSpecimenIsOneRectangle() {
        BufferedImage img = TestImages.canvas(400, 200, 85);
        TestImages.draw(img, g -> {
            g.setColor(Color.WHITE);
            g.fillRect(20, 150, 40, 30); // the image's bright end: the bar's contrast is a third of the range
            g.setColor(new Color(40, 40, 40));
            g.fillRect(0, 62, 194, 1);
            g.fillRect(0, 64, 194, 1);
            g.setColor(Color.BLACK);
            g.fillRect(200, 60, 80, 7);
        });
        GrayPlane plane = GrayPlane.of(TestImages.gray(img, 2, 3));

        assertThat(new UniformRectangleScanner(15, 0.2f).scan(plane))
                .anyMatch(r -> r.x0() == 200 && r.x1() == 279 && r.y0() == 60 && r.y1() == 66);
    }
}
