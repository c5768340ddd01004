package io.granula.core.train;

import java.lang.ref.SoftReference;

/**
 * Prepared samples kept while memory allows: flows take seconds to compute and a 512 px sample
 * holds about 4 MB, so a large set is recomputed (deterministically) when the collector needs
 * the room rather than failing with OutOfMemoryError.
 */
final class SampleCache {
    private final SoftReference<?>[] slots;

    SampleCache(int size) {
        slots = new SoftReference<?>[size];
    }

    interface Loader {
        TrainingSample load(int i) throws java.io.IOException;
    }

    synchronized TrainingSample get(int i, Loader loader) throws java.io.IOException {
        SoftReference<?> ref = slots[i];
        Object cached = ref == null ? null : ref.get();
        if (cached instanceof TrainingSample s) {
            return s;
        }
        TrainingSample s = loader.load(i);
        slots[i] = new SoftReference<>(s);
        return s;
    }
}
