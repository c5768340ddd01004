package io.granula.reports.image;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class JpegEncoderTest {

    private static BufferedImage noisy(int size, double sigma) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        Random r = new Random(5);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                img.getRaster().setSample(x, y, 0, (int) Math.max(0, Math.min(255, 100 + x / 8 + sigma * r.nextGaussian())));
            }
        }
        return img;
    }

    @Test
    void aNoisyImageIsCodedWithinItsBudget() throws Exception {
        BufferedImage img = noisy(512, 12);
        long unbounded = JpegEncoder.encode(img, JpegEncoder.BEST).length;
        long budget = unbounded / 2;
        byte[] jpeg = JpegEncoder.within(img, budget);
        assertThat((long) jpeg.length).isLessThanOrEqualTo(budget);
        assertThat((long) jpeg.length).as("not far below what the budget allows").isGreaterThan(budget / 3);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(back.getWidth()).isEqualTo(512);
    }

    @Test
    void anImageThatFitsKeepsTheBestQuality() {
        BufferedImage img = noisy(256, 2);
        byte[] best = JpegEncoder.encode(img, JpegEncoder.BEST);
        assertThat(JpegEncoder.within(img, best.length + 1)).isEqualTo(best);
    }

    @Test
    void qualityScalingFollowsLibjpegAndInverts() {
        assertThat(JpegEncoder.scaling(0.5f)).isEqualTo(100.0);
        assertThat(JpegEncoder.scaling(0.85f)).isEqualTo(30.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(JpegEncoder.scaling(0.25f)).isEqualTo(200.0);
        for (float q : new float[]{0.3f, 0.5f, 0.7f, 0.9f}) {
            assertThat(JpegEncoder.quality(JpegEncoder.scaling(q))).isEqualTo(q, org.assertj.core.data.Offset.offset(1e-5f));
        }
    }
}
