package io.granula.scalebar.printed;

/**
 * One connected component of flat, extreme-valued ink that is shaped like a printed character.
 * Bounds inclusive.
 *
 * @param label its label in the {@link InkComponents} map it came from
 * @param fill  its pixels over its bounding box's
 */
record InkGlyph(int label, boolean light, int x0, int y0, int x1, int y1, int area, double fill) {
    int width() {
        return x1 - x0 + 1;
    }

    int height() {
        return y1 - y0 + 1;
    }
}
