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
    }

    @Test
    void adviceCoversThePeakWithHeadroomAndAtLeastDoublesTheHeap() {
        assertThat(MemoryBudget.heapAdvice(8192, 8192, 4 * GIB)).isEqualTo("-Xmx8g");
        // 36 B per pixel of 8192^2 plus the base is 2.5 GiB, a quarter more 3.1: 4 GiB
        assertThat(MemoryBudget.heapAdvice(8192, 8192, GIB)).isEqualTo("-Xmx4g");
        // 36 B per pixel of 32768^2 is 36 GiB, a quarter more 45.3: 46 GiB
        assertThat(MemoryBudget.heapAdvice(32768, 32768, 4 * GIB)).isEqualTo("-Xmx46g");
    }
}
