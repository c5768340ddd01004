package io.granula.scalebar.text;

import io.granula.scalebar.TestImages;
import io.granula.scalebar.bar.BarCandidate;
import io.granula.scalebar.bar.BarDetector;
import io.granula.scalebar.bar.GrayPlane;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class LocalContrastPlaneTest {
    /** Where {@link #shadedScene} prints its label: "10 µm" from x 70, baseline 480, 30 px DejaVu Sans. */
    private static final int LABEL_X0 = 70;
    private static final int LABEL_Y1 = 480;

    /**
     * A black 140 x 6 px bar at (60, 500) on a specimen shaded by +-35 grey levels over 120-130 px, under a
     * label that lightens whatever it covers by a fifth of the way to white (about 25 levels): lighter than
     * the specimen right around it, darker than its lighter patches a label's width away.
     */
    public static BufferedImage shadedScene() {
        BufferedImage img = TestImages.canvas(700, 560, 0);
        for (int y = 0; y < 560; y++) {
            for (int x = 0; x < 700; x++) {
                int v = (int) Math.round(115 + 35 * Math.sin(x / 40.0) * Math.cos(y / 35.0));
                img.setRGB(x, y, new Color(v, v, v).getRGB());
            }
        }
        return TestImages.draw(img, g -> {
            g.setColor(Color.BLACK);
            g.fillRect(60, 500, 140, 6);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font("DejaVu Sans", Font.PLAIN, 30));
            g.setColor(new Color(255, 255, 255, 51));
            g.drawString("10 µm", LABEL_X0, LABEL_Y1);
        });
    }

    private static List<LabelBarMatcher.Match> matches(GrayPlane plane, BarCandidate bar, float ink, float paper) {
        GlyphMap map = new GlyphFinder().find(plane, bar, ink, paper);
        return new LabelBarMatcher().rank(bar, map, new TextBlockGrouper().group(map));
    }

    /** A field matched to the bar that spans the printed label: its first digit to its last letter. */
    private static boolean spansLabel(List<LabelBarMatcher.Match> matches) {
        return matches.stream().map(LabelBarMatcher.Match::block)
                .anyMatch(b -> b.x0() <= LABEL_X0 + 4 && b.x1() >= LABEL_X0 + 70 && b.y1() <= LABEL_Y1 + 8 && b.y1() >= LABEL_Y1 - 4);
    }

    @Test
    void aLabelOfItsOwnGreyOnAShadedSpecimenIsWholeOnlyOnTheLocalContrastPlane() {
        GrayPlane g = GrayPlane.of(TestImages.gray(shadedScene(), 3, 11));
        BarCandidate bar = new BarDetector().detect(g).get(0);
        assertThat(bar.rect().length()).isBetween(138, 142);

        // the usual search: ink from the specimen towards the far end of the range, against the bar
        assertThat(spansLabel(matches(g, bar, g.hi(), bar.background()))).isFalse();

        LocalContrastPlane.Flattened lighter = LocalContrastPlane.around(g, bar, new PlaneBuffers());
        assertThat(spansLabel(matches(lighter.plane(), bar, lighter.ink(), 0))).isTrue();
    }

    @Test
    void onAPlainShadedSpecimenTheFlattenedPlaneShowsNoText() {
        BufferedImage img = shadedScene();
        TestImages.draw(img, g -> {
            for (int y = 440; y < 495; y++) { // the label painted over by the specimen again
                for (int x = 60; x < 200; x++) {
                    int v = (int) Math.round(115 + 35 * Math.sin(x / 40.0) * Math.cos(y / 35.0));
                    img.setRGB(x, y, new Color(v, v, v).getRGB());
                }
            }
        });
        GrayPlane g = GrayPlane.of(TestImages.gray(img, 3, 11));
        BarCandidate bar = new BarDetector().detect(g).get(0);
        LocalContrastPlane.Flattened lighter = LocalContrastPlane.around(g, bar, new PlaneBuffers());
        for (LocalContrastPlane.Flattened f : java.util.List.of(lighter, lighter.inverted(new PlaneBuffers()))) {
            assertThat(matches(f.plane(), bar, f.ink(), 0)).isEmpty();
        }
    }

    @Test
    void theMedianBySelectionIsTheSortedMedianForOddAndEvenCountsAndTies() {
        java.util.Random rnd = new java.util.Random(7);
        for (int n = 1; n < 300; n += 7) {
            float[] v = new float[n + 5]; // only the first n count
            for (int i = 0; i < v.length; i++) {
                v[i] = rnd.nextInt(12) * 0.5f; // many ties, as in 8-bit data
            }
            float[] sorted = java.util.Arrays.copyOf(v, n);
            java.util.Arrays.sort(sorted);
            float expected = n % 2 == 1 ? sorted[n / 2] : 0.5f * (sorted[n / 2 - 1] + sorted[n / 2]);
            assertThat(LocalContrastPlane.median(v, n)).as("n = %d", n).isEqualTo(expected);
        }
    }
}
