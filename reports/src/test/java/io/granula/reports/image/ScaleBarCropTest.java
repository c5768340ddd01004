package io.granula.reports.image;

import io.granula.reports.model.ScaleBarMark;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleBarCropTest {

    @Test
    void cropHoldsTheBarEnlargedWithBothEndsMarked() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int x = 100; x < 200; x++) {
            for (int y = 250; y < 255; y++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
        ScaleBarMark bar = new ScaleBarMark(100, 200, 250, 255, "200 nm", Optional.empty());
        BufferedImage crop = ScaleBarCrop.crop(image, bar);
        // 100 px bar + 2 x 12 px margin = 124 px, enlarged 4x (600 / 124 = 4).
        assertThat(crop.getWidth()).isEqualTo(124 * 4);
        int k = 4;
        int barRow = (252 - (250 - 12 - 10)) * k;
        assertThat(crop.getRGB((150 - 88) * k, barRow) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(crop.getRGB((100 - 88) * k, barRow) & 0xFFFFFF).isEqualTo(ScaleBarCrop.MARK.getRGB() & 0xFFFFFF);
        assertThat(crop.getRGB((200 - 88) * k, barRow) & 0xFFFFFF).isEqualTo(ScaleBarCrop.MARK.getRGB() & 0xFFFFFF);
        assertThat(crop.getRGB(2, 2) & 0xFFFFFF).isZero();
    }

    @Test
    void cropIncludesTheLabelAndStaysInsideTheImage() {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        ScaleBarMark bar = new ScaleBarMark(250, 295, 190, 194, "1 µm",
                Optional.of(new ScaleBarMark.Region(240, 160, 299, 180)));
        BufferedImage crop = ScaleBarCrop.crop(image, bar);
        int k = crop.getWidth() / (300 - 228);
        assertThat(crop.getWidth()).isEqualTo((300 - 228) * k);
        assertThat(crop.getHeight()).isEqualTo((200 - 148) * k);
    }
}
