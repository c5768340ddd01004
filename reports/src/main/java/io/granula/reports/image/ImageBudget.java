package io.granula.reports.image;

/**
 * Bytes each page's micrograph may take. The target is a report of 20 images under 5 MB; fonts,
 * charts and text take about 0.6 MB of that, the rest is shared out. Never below 150 kB per image,
 * where JPEG at 1400 px starts to show blocks: a report of many more images may exceed 5 MB.
 */
public final class ImageBudget {
    static final long ALL_IMAGES = 4_400_000L;
    static final long FLOOR = 150_000L;

    private ImageBudget() {
    }

    public static long perImage(int images) {
        return Math.max(FLOOR, ALL_IMAGES / Math.max(1, images));
    }
}
