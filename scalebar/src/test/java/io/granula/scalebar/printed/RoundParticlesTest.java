package io.granula.scalebar.printed;

import io.granula.core.annotate.AnnotationArea;
import io.granula.scalebar.text.Tesseract;
import io.granula.scalebar.text.TesseractOcr;
import org.junit.jupiter.api.Test;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Flat, sharp, letter-sized specimen objects in the image's extreme value are not text. */
class RoundParticlesTest {
    @Test
    void flatDiscsRingsArcsAndRodsInACornerAreNotText() {
        BufferedImage b = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = b.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.fillOval(10, 10, 24, 24);                 // a disc in the top-left corner
        g.drawOval(360, 10, 24, 24);                // a ring (hollow particle) top-right: "o"
        g.drawArc(10, 260, 24, 24, 45, 270);        // an arc bottom-left: "c"
        g.fillRect(370, 255, 4, 30);                // a rod bottom-right: "l"
        g.setColor(Color.WHITE);
        g.fillOval(180, 130, 20, 16);               // a bright disc mid-image
        g.drawOval(220, 130, 20, 20);               // and a bright ring
        g.dispose();
        try (TesseractOcr ocr = Tesseract.openOrSkip()) {
            List<AnnotationArea> found = new PrintedTextFinder(ocr).find(PrintedScenes.fromAwt(b), List.of());
            assertThat(found).isEmpty();
        }
    }
}
