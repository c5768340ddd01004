package io.granula.scalebar.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaneBuffersTest {
    private static boolean allZero(float[] v) {
        for (float f : v) {
            if (f != 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aBufferTakenBackIsHandedOutAgainAllPaper() {
        PlaneBuffers buffers = new PlaneBuffers();
        GlyphFinder.Window window = new GlyphFinder.Window(2, 1, 5, 3);
        float[] first = buffers.take(80, 10, window);
        for (int y = 1; y <= 3; y++) {
            for (int x = 2; x <= 5; x++) {
                first[y * 10 + x] = 0.7f;
            }
        }
        buffers.giveBack(first);
        float[] again = buffers.take(80, 10, new GlyphFinder.Window(0, 0, 9, 7));
        assertThat(again).isSameAs(first);
        assertThat(allZero(again)).isTrue();
    }

    @Test
    void buffersOfAnotherSizeOrNotItsOwnAreNotHandedOut() {
        PlaneBuffers buffers = new PlaneBuffers();
        GlyphFinder.Window window = new GlyphFinder.Window(0, 0, 3, 3);
        float[] small = buffers.take(16, 4, window);
        buffers.giveBack(small);
        float[] stranger = new float[64];
        buffers.giveBack(stranger); // an image's own plane: not the pool's to reuse
        float[] large = buffers.take(64, 8, window);
        assertThat(large).isNotSameAs(small).isNotSameAs(stranger).hasSize(64);
    }

    @Test
    void afterClearNothingIsReused() {
        PlaneBuffers buffers = new PlaneBuffers();
        GlyphFinder.Window window = new GlyphFinder.Window(0, 0, 3, 3);
        float[] a = buffers.take(16, 4, window);
        buffers.giveBack(a);
        buffers.clear();
        assertThat(buffers.take(16, 4, window)).isNotSameAs(a);
    }
}
