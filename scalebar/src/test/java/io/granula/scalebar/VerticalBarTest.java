package io.granula.scalebar;

import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;
import io.granula.scalebar.bar.MeasuredBar;
import io.granula.scalebar.text.Tesseract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VerticalBarTest {
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

    /** A grey field with shading, a white vertical bar at (700, 300) 5 x 150 px, "200 nm" written left of it. */
    private static Image2D verticalBar(boolean withLabel) {
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        for (int x = 0; x < 800; x += 40) {
            g.setColor(new Color(90 + (x / 40) % 3 * 10, 90 + (x / 40) % 3 * 10, 90 + (x / 40) % 3 * 10));
            g.fillRect(x, 0, 40, 600);
        }
        g.setColor(Color.WHITE);
        g.fillRect(700, 300, 5, 150);
        if (withLabel) {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font("DejaVu Sans", Font.PLAIN, 26));
            g.drawString("200 nm", 585, 385);
        }
        g.dispose();
        float[] px = new float[800 * 600];
        img.getRaster().getPixels(0, 0, 800, 600, px);
        return new Image2D(800, 600, PixelType.UINT8, px);
    }

    @Test
    void aVerticalBarIsMeasuredAlongItsLengthAndItsHorizontalLabelRead() {
        ScaleBarResult r = reader.read(verticalBar(true));
        assertThat(r.label()).contains(new ScaleLabel(200, "nm"));
        MeasuredBar bar = r.bar().orElseThrow();
        assertThat(bar.vertical()).isTrue();
        assertThat(bar.length()).isCloseTo(150, within(0.05));
        assertThat(bar.imageX0()).isCloseTo(700, within(0.05));
        assertThat(bar.imageY0()).isCloseTo(300, within(0.05));
        assertThat(r.calibration().nmPerPixel()).isCloseTo(200 / 150.0, within(1e-3));
    }

    @Test
    void aVerticalStrokeWithoutALabelIsNoScaleBar() {
        ScaleBarResult r = reader.read(verticalBar(false));
        assertThat(r.found()).isFalse();
        assertThat(r.calibration().isCalibrated()).isFalse();
    }
}
