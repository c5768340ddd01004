package io.granula.scalebar.bar;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TickRulerFinderTest {

    /** A Hitachi-style ruler: 11 one-pixel ticks 5 px apart, ends and middle taller, no baseline. */
    private static GrayPlane ruler(int tickWidth, float bg, float ink) {
        int w = 200;
        int h = 60;
        float[] px = new float[w * h];
        Arrays.fill(px, bg);
        for (int i = 0; i < 11; i++) {
            int x = 70 + 5 * i;
            int height = i == 0 || i == 5 || i == 10 ? 10 : 5;
            for (int y = 40 - height; y < 40; y++) {
                for (int dx = 0; dx < tickWidth; dx++) {
                    px[y * w + x + dx] = ink;
                }
            }
        }
        return new GrayPlane(w, h, px, Math.min(bg, ink), Math.max(bg, ink));
    }

    @Test
    void aRulerOfTicksOnlyIsFoundAndMeasuredBetweenItsEndTickCentres() {
        List<TickRulerFinder.Ruler> found = new TickRulerFinder().find(ruler(1, 20, 240));
        assertThat(found).hasSize(1);
        MeasuredBar bar = found.get(0).measure();
        assertThat(bar.x0()).isCloseTo(70.5, within(1e-6));
        assertThat(bar.x1()).isCloseTo(120.5, within(1e-6));
        assertThat(bar.length()).isCloseTo(50.0, within(1e-6));
        assertThat(found.get(0).candidate().polarity()).isEqualTo(1);
    }

    @Test
    void twoPixelDarkTicksOnLightGroundAreMeasuredAtTheirCentres() {
        List<TickRulerFinder.Ruler> found = new TickRulerFinder().find(ruler(2, 230, 10));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).x0()).isCloseTo(71.0, within(1e-6));
        assertThat(found.get(0).measure().length()).isCloseTo(50.0, within(1e-6));
        assertThat(found.get(0).candidate().polarity()).isEqualTo(-1);
    }

    @Test
    void fiveTicksAreNotARuler() {
        GrayPlane g = ruler(1, 20, 240);
        float[] px = g.pixels();
        for (int x = 95; x < 200; x++) {
            for (int y = 0; y < g.height(); y++) {
                px[y * g.width() + x] = 20;
            }
        }
        assertThat(new TickRulerFinder().find(g)).isEmpty();
    }

    /** Paints a letter of two 1 px stems, rows 32..39, joined by an arch (top row) or a bowl (bottom row). */
    private static void letter(GrayPlane g, int leftStem, int rightStem, boolean arch, float ink) {
        float[] px = g.pixels();
        for (int y = 32; y < 40; y++) {
            px[y * g.width() + leftStem] = ink;
            px[y * g.width() + rightStem] = ink;
        }
        int joinRow = arch ? 32 : 39;
        for (int x = leftStem; x <= rightStem; x++) {
            px[joinRow * g.width() + x] = ink;
        }
    }

    @Test
    void theStemOfAnNWrittenAgainstTheRulersStartIsNotItsFirstTick() {
        GrayPlane g = ruler(1, 20, 240);
        // right stem 6 px before the first tick: within a pixel of the 5 px pitch
        letter(g, 60, 64, true, 240);
        List<TickRulerFinder.Ruler> found = new TickRulerFinder().find(g);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).x0()).isCloseTo(70.5, within(1e-6));
        assertThat(found.get(0).measure().length()).isCloseTo(50.0, within(1e-6));
    }

    @Test
    void theStemOfAUWrittenAgainstTheRulersEndIsNotItsLastTick() {
        GrayPlane g = ruler(1, 230, 10);
        letter(g, 126, 130, false, 10);
        List<TickRulerFinder.Ruler> found = new TickRulerFinder().find(g);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).x1()).isCloseTo(120.5, within(1e-6));
        assertThat(found.get(0).measure().length()).isCloseTo(50.0, within(1e-6));
    }

    /** Sets a pixel of the ruler's plane (its pixels are the plane's own array). */
    private static void set(GrayPlane g, int x, int y, float v) {
        g.pixels()[y * g.width() + x] = v;
    }

    @Test
    void firstAndLastTicksFadingInSomeRowsStillBelongToTheRuler() {
        // a blurred ruler: its first two ticks gone in two of its five short-tick rows, its last two in
        // two others, so that no three rows in a row show all eleven
        GrayPlane g = ruler(1, 20, 240);
        for (int y : new int[]{35, 37}) {
            set(g, 70, y, 20);
            set(g, 75, y, 20);
        }
        for (int y : new int[]{36, 38}) {
            set(g, 115, y, 20);
            set(g, 120, y, 20);
        }
        List<TickRulerFinder.Ruler> found = new TickRulerFinder().find(g);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).x0()).isCloseTo(70.5, within(1e-6));
        assertThat(found.get(0).x1()).isCloseTo(120.5, within(1e-6));
    }

    @Test
    void letterStemsContinuingTheTicksInOneRowAreNotTicks() {
        // "500nm" written a pitch after the last tick: in one row its strokes go on at the ruler's pitch
        GrayPlane g = ruler(1, 20, 240);
        for (int x = 125; x <= 145; x += 5) {
            set(g, x, 37, 240);
        }
        List<TickRulerFinder.Ruler> found = new TickRulerFinder().find(g);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).x1()).isCloseTo(120.5, within(1e-6));
    }

    @Test
    void anEndTickBlurredOverTwoColumnsBelowTheScanThresholdStillEndsTheRuler() {
        // a downscaled ruler: its first tick (column 70, rows 30..39) spread over columns 70 and 71 at
        // 28 % of the contrast each, which no row scan takes for a tick; its centre is at 71.0
        GrayPlane g = ruler(1, 20, 240);
        for (int y = 30; y < 40; y++) {
            set(g, 70, y, 20 + 0.28f * 220);
            set(g, 71, y, 20 + 0.28f * 220);
        }
        List<TickRulerFinder.Ruler> found = new TickRulerFinder().find(g);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).x0()).isCloseTo(71.0, within(0.05));
        assertThat(found.get(0).x1()).isCloseTo(120.5, within(1e-6));
    }
}
