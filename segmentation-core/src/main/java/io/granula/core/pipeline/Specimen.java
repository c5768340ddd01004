package io.granula.core.pipeline;

import io.granula.core.annotate.Exclusion;
import io.granula.core.image.Image2D;

/**
 * The part of a grey image that is segmented ({@link Exclusion#specimen}), cut again for each
 * network pass instead of kept: when a data strip is cut off or annotation areas are painted, the
 * copy (4 bytes per image pixel) then lives only while the network reads it, not through the
 * dynamics (issue 19, docs/large-images.md). Every cut is the same image: the median the painting
 * uses is taken once.
 */
final class Specimen {
    private final Image2D gray;
    private final Exclusion exclusion;
    private final float paint;

    Specimen(Image2D gray, Exclusion exclusion) {
        this.gray = gray;
        this.exclusion = exclusion;
        this.paint = exclusion.paint(gray);
    }

    /** The specimen's width: the exclusion's rectangle, the whole image when nothing is cut off. */
    int width() {
        return exclusion.x1() - exclusion.x0();
    }

    int height() {
        return exclusion.y1() - exclusion.y0();
    }

    /** The specimen's pixels: the grey image itself, or a new copy cut from it; do not keep it. */
    Image2D image() {
        return exclusion.specimen(gray, paint);
    }
}
