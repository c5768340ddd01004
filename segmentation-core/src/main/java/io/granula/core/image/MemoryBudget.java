package io.granula.core.image;

import java.util.Locale;

/**
 * How much Java heap a reader may still claim, and how much an analysis needs. Readers compare a
 * file's declared size with {@link #availableBytes} BEFORE allocating, so a corrupt or hostile
 * header gives a clear message instead of an OutOfMemoryError; an analysis that runs out anyway
 * says which heap to give ({@link #heapAdvice}).
 */
public final class MemoryBudget {
    /**
     * Heap bytes per image pixel alive at the peak of {@code analyze} on a grey image analysed at
     * its own scale, with a data strip cut off: the network pass holds the image (4), the specimen cut
     * from it (4), the normalised input (4) and the flows (12); its dynamics hold the image (4), the
     * flows (12, the cellprob plane serving as the probability map), the moving pixels with their end
     * points (8 per moving pixel, up to about half the image in packed micrographs) and the histogram
     * or the labels (4). Both come to 24; the accounting is in docs/large-images.md, measured with
     * scripts/bench.sh large.
     */
    public static final int ANALYSIS_BYTES_PER_PIXEL = 24;
    /** What {@code analyze} holds whatever the image: classes, the model, JIT code, thread stacks. */
    public static final long ANALYSIS_BASE_BYTES = 256L << 20;
    private static final long GIB = 1L << 30;

    private MemoryBudget() {
    }

    /** Heap bytes that can still be allocated: the maximum heap less what is in use now. */
    public static long availableBytes() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /** The heap {@code analyze} needs at its peak for a {@code width x height} image analysed at its own scale. */
    public static long analysisPeakBytes(int width, int height) {
        return ANALYSIS_BASE_BYTES + ANALYSIS_BYTES_PER_PIXEL * (long) width * height;
    }

    /**
     * The {@code -Xmx} to advise after an analysis of a {@code width x height} image ran out of
     * {@code maxHeap} bytes: its peak plus a quarter (G1 needs free regions to place image-sized
     * arrays), and at least twice what was given, since running out means the size search chose a
     * finer scale than the image's own (the network then sees more pixels than the image has).
     */
    public static String heapAdvice(int width, int height, long maxHeap) {
        long need = analysisPeakBytes(width, height) * 5 / 4;
        long gib = Math.max((need + GIB - 1) / GIB, 2 * ((maxHeap + GIB - 1) / GIB));
        return String.format(Locale.ROOT, "-Xmx%dg", gib);
    }
}
