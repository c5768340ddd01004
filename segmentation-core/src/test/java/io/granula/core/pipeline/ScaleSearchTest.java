package io.granula.core.pipeline;

import io.granula.core.dynamics.MaskResult;
import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class ScaleSearchTest {
    @Test
    void surveyOnlyShrinksTheImageWhileTheNetworkStillHasPixelsToSee() {
        assertThat(new ScaleSearch(30, 2048, 2048).coarserDiameters()).containsExactly(90, 270);
        // 512 / 9 = 57 px would be below the 64 px the network needs.
        assertThat(new ScaleSearch(30, 512, 768).coarserDiameters()).containsExactly(90);
        assertThat(new ScaleSearch(30, 150, 150).coarserDiameters()).isEmpty();
    }

    @Test
    void upscalingIsCappedSoTheResizedImageFitsInMemory() {
        ScaleSearch small = new ScaleSearch(30, 512, 512);
        assertThat(small.clamp(5)).isEqualTo(5);
        ScaleSearch large = new ScaleSearch(30, 8192, 8192);
        // 8192 px at 30/5 = 6x would be 2.4 gigapixels: the diameter is raised to keep 64 Mpx.
        double d = large.clamp(5);
        assertThat(d).isGreaterThan(5);
        assertThat(8192 * 30 / d * (8192 * 30 / d)).isCloseTo(64e6, offset(1e3));
    }

    @Test
    void aFirstPassWithFewObjectsOrLittleCoverageCallsForASurvey() {
        ScaleSearch search = new ScaleSearch(30, 100, 100);
        assertThat(search.worthSurveying(pass(squares(100, 2, 10)))).as("two objects").isTrue();
        assertThat(search.worthSurveying(pass(squares(100, 9, 1)))).as("nine specks cover 0.09 %").isTrue();
        assertThat(search.worthSurveying(pass(squares(100, 9, 10)))).as("nine discs cover 9 %").isFalse();
    }

    @Test
    void fewerThanFiveSmallMasksNeverMagnifyTheImageButFiveDo() {
        ScaleSearch search = new ScaleSearch(30, 100, 100);
        // 10 px squares: ECD 11.3 px, far below the trained 30 px.
        assertThat(search.worthRefining(pass(squares(100, 4, 10)), 0)).as("four specks: no evidence").isFalse();
        assertThat(search.worthRefining(pass(squares(100, 5, 10)), 0)).as("five specks").isTrue();
        // Few masks are refined only where that shrinks the image, which costs less than the first pass.
        SizedPass surveyedLarge = new SizedPass(new MaskResult(squares(100, 2, 24), Map.of(), "cpu"), 90);
        assertThat(surveyedLarge.measured()).as("ECD 27 px, measured on the image shrunk 3x").isLessThan(30);
        assertThat(search.worthRefining(surveyedLarge, 0)).as("refining would magnify from 90 to 27 px").isFalse();
        SizedPass twoOf60 = new SizedPass(new MaskResult(squares(100, 2, 24), Map.of(), "cpu"), 270);
        assertThat(new ScaleSearch(10, 100, 100).worthRefining(twoOf60, 0)).as("27 px on a 10 px model: shrinks").isTrue();
    }

    @Test
    void aMagnifiedPassIsTakenOnlyWhenItsMasksCoverAFieldOfSpecksNotDebris() {
        ScaleSearch search = new ScaleSearch(30, 100, 100);
        SizedPass first = pass(squares(100, 3, 2)); // three 2 px specks: 0.12 % of the image
        assertThat(search.magnifyAfterSurvey(first, first)).as("fewer than five masks, nothing coarser found").isTrue();
        assertThat(search.magnifyAfterSurvey(pass(squares(100, 5, 2)), pass(squares(100, 5, 2))))
                .as("five masks are evidence enough for the size search itself").isFalse();
        SizedPass debris = new SizedPass(new MaskResult(squares(100, 16, 2), Map.of(), "cpu"), 10);
        assertThat(debris.coverage()).as("16 specks of 4 px").isEqualTo(0.0064);
        assertThat(search.magnifiedExplains(debris, first)).as("debris: well under 5 % of the image").isFalse();
        SizedPass field = new SizedPass(new MaskResult(squares(100, 16, 6), Map.of(), "cpu"), 10);
        assertThat(search.magnifiedExplains(field, first)).as("16 specks of 36 px: 5.8 %").isTrue();
        assertThat(search.magnifiedExplains(field, field)).as("no more than the best pass before it").isFalse();
    }

    @Test
    void noMagnifiedPassAfterAPassWhoseFewLargeMasksCoverTheImage() {
        ScaleSearch search = new ScaleSearch(30, 100, 100);
        SizedPass first = pass(squares(100, 1, 2));
        SizedPass threeLarge = new SizedPass(new MaskResult(squares(100, 3, 14), Map.of(), "cpu"), 90);
        assertThat(threeLarge.coverage()).as("three masks of 196 px").isEqualTo(0.0588);
        assertThat(search.magnifyAfterSurvey(first, threeLarge)).as("a few large particles cover 5.9 %").isFalse();
        SizedPass threeSmaller = new SizedPass(new MaskResult(squares(100, 3, 12), Map.of(), "cpu"), 90);
        assertThat(threeSmaller.coverage()).as("three masks of 144 px").isEqualTo(0.0432);
        assertThat(search.magnifyAfterSurvey(first, threeSmaller)).as("under 5 %: specks may still hide").isTrue();
        assertThat(search.magnifyAfterSurvey(threeLarge, threeLarge)).as("the first pass's own few large masks").isFalse();
    }

    @Test
    void theFirstResizeNeedsA25PercentGapLaterUpwardOnesTenPercent() {
        ScaleSearch search = new ScaleSearch(30, 100, 100);
        SizedPass twentyPercentLarger = new SizedPass(new MaskResult(squares(100, 6, 10), Map.of(), "cpu"),
                Math.sqrt(4 * 100 / Math.PI) / 1.2);
        assertThat(search.worthRefining(twentyPercentLarger, 0)).as("first resize").isFalse();
        assertThat(search.worthRefining(twentyPercentLarger, 1)).as("after a resize the estimate is still climbing").isTrue();
        SizedPass fivePercent = new SizedPass(new MaskResult(squares(100, 6, 10), Map.of(), "cpu"),
                Math.sqrt(4 * 100 / Math.PI) / 1.05);
        assertThat(search.worthRefining(fivePercent, 1)).isFalse();
        SizedPass twentyPercentSmaller = new SizedPass(new MaskResult(squares(100, 6, 10), Map.of(), "cpu"),
                Math.sqrt(4 * 100 / Math.PI) / 0.82);
        assertThat(search.worthRefining(twentyPercentSmaller, 1)).as("downwards the 25 %% gap stays").isFalse();
        SizedPass halfSize = new SizedPass(new MaskResult(squares(100, 6, 10), Map.of(), "cpu"),
                Math.sqrt(4 * 100 / Math.PI) / 0.5);
        assertThat(search.worthRefining(halfSize, 1)).isTrue();
        assertThat(search.worthRefining(halfSize, 2)).as("no third magnification").isFalse();
    }

    @Test
    void particlesSlightlySmallerThanTrainedAreNotMagnifiedForButFarSmallerOnesAre() {
        ScaleSearch search = new ScaleSearch(30, 100, 100);
        // 20 px squares: ECD 22.6 px, 0.75 of the trained 30 px, beyond the 25 % tolerance but within
        // the network's training zoom; magnifying 1.33x would cost 1.8 first passes.
        SizedPass slightly = pass(squares(100, 6, 20));
        assertThat(search.slightlySmaller(slightly)).isTrue();
        assertThat(search.worthRefining(slightly, 0)).isFalse();
        SizedPass far = pass(squares(100, 6, 15));
        assertThat(far.measured() / 30).as("ECD 16.9 px").isLessThan(ScaleSearch.MAGNIFY_BELOW);
        assertThat(search.worthRefining(far, 0)).isTrue();
        // The same masks from a pass at a coarser survey scale are refined: that pass saw them shrunk.
        SizedPass surveyed = new SizedPass(new MaskResult(squares(100, 6, 20), Map.of(), "cpu"), 90);
        assertThat(search.slightlySmaller(surveyed)).isFalse();
        assertThat(search.worthRefining(surveyed, 0)).isTrue();
    }

    @Test
    void passMeasuresMedianDiameterAndCoverage() {
        SizedPass p = pass(squares(100, 4, 10));
        assertThat(p.objects()).isEqualTo(4);
        assertThat(p.coverage()).isCloseTo(0.04, offset(1e-12));
        assertThat(p.measured()).isCloseTo(Math.sqrt(4 * 100 / Math.PI), offset(1e-9));
    }

    private static SizedPass pass(LabelImage labels) {
        return new SizedPass(new MaskResult(labels, Map.of(), "cpu"), 30);
    }

    /** {@code n} square objects of {@code side} px in a row-major grid. */
    private static LabelImage squares(int size, int n, int side) {
        int[] l = new int[size * size];
        for (int k = 0; k < n; k++) {
            int x0 = (k % 4) * 25, y0 = (k / 4) * 25;
            for (int y = y0; y < y0 + side; y++) {
                for (int x = x0; x < x0 + side; x++) {
                    l[y * size + x] = k + 1;
                }
            }
        }
        return new LabelImage(size, size, l);
    }
}
