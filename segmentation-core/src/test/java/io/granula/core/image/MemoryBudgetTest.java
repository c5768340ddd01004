package io.granula.core.image;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryBudgetTest {
    private static final long GIB = 1L << 30;

    @Test
    void analysisPeakGrowsWithThePixelCount() {
        long small = MemoryBudget.analysisPeakBytes(1024, 1024);
        long large = MemoryBudget.analysisPeakBytes(8192, 8192);
        assertThat(large - small).isEqualTo(MemoryBudget.ANALYSIS_BYTES_PER_PIXEL * (8192L * 8192 - 1024L * 1024));
        // issue 19's targets: 8192^2 within 4 GB of heap, 16384^2 within 8 GB
        assertThat(large).isLessThan(4 * GIB);
        assertThat(MemoryBudget.analysisPeakBytes(16384, 16384)).isLessThan(8 * GIB);
    }

    @Test
    void adviceCoversThePeakWithHeadroomAndAtLeastDoublesTheHeap() {
        assertThat(MemoryBudget.heapAdvice(8192, 8192, 4 * GIB)).isEqualTo("-Xmx8g");
        // 24 B per pixel of 8192^2 plus the base is 1.75 GiB, a quarter more 2.2: 3 GiB
        assertThat(MemoryBudget.heapAdvice(8192, 8192, GIB)).isEqualTo("-Xmx3g");
        // 24 B per pixel of 16384^2 plus the base is 6.25 GiB, a quarter more 7.8: the 8 GiB of issue 19
        assertThat(MemoryBudget.heapAdvice(16384, 16384, GIB)).isEqualTo("-Xmx8g");
        // 24 B per pixel of 32768^2 is 24 GiB, a quarter more 30.3: 31 GiB
        assertThat(MemoryBudget.heapAdvice(32768, 32768, 4 * GIB)).isEqualTo("-Xmx31g");
    }
}
