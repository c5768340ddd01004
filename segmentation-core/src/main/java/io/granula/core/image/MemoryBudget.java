package io.granula.core.image;

/**
 * How much Java heap a reader may still claim. Readers compare a file's declared size with this
 * BEFORE allocating, so a corrupt or hostile header gives a clear message instead of an
 * OutOfMemoryError.
 */
public final class MemoryBudget {
    private MemoryBudget() {
    }

    /** Heap bytes that can still be allocated: the maximum heap less what is in use now. */
    public static long availableBytes() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }
}
