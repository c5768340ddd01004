package io.granula.scalebar.text;

import io.granula.scalebar.bar.GrayPlane;

/**
 * Turns a label field into what Tesseract reads best: only the field's own ink (neighbouring text
 * and specimen texture blanked), dark on white whatever the original polarity, scaled so digits are
 * about {@code targetCapHeight} px tall (Tesseract's LSTM works at roughly 30-40 px text height;
 * the label crops are 8-25 px), with a white margin.
 */
public final class LabelImagePreparer {
    private static final int MARGIN = 12;

    /**
     * @param binarise threshold at half ink instead of keeping grey levels (a second opinion for
     *                 faint or blurred labels)
     */
    public OcrImage prepare(GrayPlane g, GlyphMap map, TextBlock block, double targetCapHeight, boolean binarise) {
        return prepare(g, map, block, targetCapHeight, binarise, false);
    }

    /**
     * @param cutDescenders blank the ink below the baseline: a µ becomes the u the English model
     *                      knows (it has no µ, and next to one it tends to drop the digit before)
     */
    public OcrImage prepare(GrayPlane g, GlyphMap map, TextBlock block, double targetCapHeight, boolean binarise,
                            boolean cutDescenders) {
        int pad = Math.max(2, block.textHeight() / 4);
        int cx0 = Math.max(0, block.x0() - pad);
        int cy0 = Math.max(0, block.y0() - pad);
        int cx1 = Math.min(g.width() - 1, block.x1() + pad);
        int cy1 = Math.min(g.height() - 1, block.y1() + pad);
        int cw = cx1 - cx0 + 1;
        int ch = cy1 - cy0 + 1;
        float[] ink = inkMap(g, map, block, cx0, cy0, cw, ch);
        if (cutDescenders) {
            int from = block.baseline() + 2 - cy0;
            for (int y = Math.max(0, from); y < ch; y++) {
                java.util.Arrays.fill(ink, y * cw, (y + 1) * cw, 0f);
            }
        }

        // at most 3x: blown up further, small aliased digits turn into blobs Tesseract misreads (5 as 9)
        double scale = Math.max(1, Math.min(3, targetCapHeight / Math.max(1, block.textHeight())));
        int ow = (int) Math.round(cw * scale);
        int oh = (int) Math.round(ch * scale);
        int w = ow + 2 * MARGIN;
        int h = oh + 2 * MARGIN;
        byte[] out = new byte[w * h];
        java.util.Arrays.fill(out, (byte) 255);
        for (int y = 0; y < oh; y++) {
            // bilinear sampling at the output pixel centre mapped back to the crop
            double sy = (y + 0.5) / scale - 0.5;
            int y0 = (int) Math.floor(sy);
            double fy = sy - y0;
            for (int x = 0; x < ow; x++) {
                double sx = (x + 0.5) / scale - 0.5;
                int x0 = (int) Math.floor(sx);
                double fx = sx - x0;
                double v = (1 - fy) * ((1 - fx) * at(ink, cw, ch, x0, y0) + fx * at(ink, cw, ch, x0 + 1, y0))
                        + fy * ((1 - fx) * at(ink, cw, ch, x0, y0 + 1) + fx * at(ink, cw, ch, x0 + 1, y0 + 1));
                if (binarise) {
                    v = v >= 0.5 ? 1 : 0;
                }
                out[(y + MARGIN) * w + x + MARGIN] = (byte) Math.round(255 * (1 - v));
            }
        }
        return new OcrImage(w, h, out, cx0, cy0, scale, MARGIN);
    }

    /**
     * Ink fraction 0..1 of each crop pixel: the block's own glyphs, and the unlabelled pixels around
     * them (faint edges, and a faint decimal point that never reached strong ink), with the faintest
     * levels (background texture) cut. Other components (a neighbouring field, the dot inside a
     * dotted zero, which OCR takes for a 6 or 8) are blanked.
     */
    private static float[] inkMap(GrayPlane g, GlyphMap map, TextBlock block, int cx0, int cy0, int cw, int ch) {
        boolean[] own = new boolean[cw * ch];
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        for (Glyph gl : block.glyphs()) {
            ids.addAll(gl.parts());
        }
        // Pieces of a character that came apart and were not grouped with it (the detached top bar of
        // a thin 5, the arc of a 2) lie inside the field's box: they are the field's ink.
        for (Glyph gl : map.glyphs()) {
            if (gl.x0() >= block.x0() && gl.x1() <= block.x1() && gl.y0() >= block.y0() - 1 && gl.y1() <= block.y1() + 1) {
                ids.addAll(gl.parts());
            }
        }
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                int label = map.idAt(cx0 + x, cy0 + y);
                own[y * cw + x] = label == 0 || ids.contains(label);
            }
        }
        // the dot inside a dotted zero, and its fringe, is not part of what OCR should see
        for (Glyph gl : block.glyphs()) {
            for (int[] p : InnerDots.find(map, gl)) {
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = p[0] + dx - cx0;
                        int yy = p[1] + dy - cy0;
                        boolean dot = dx == 0 && dy == 0;
                        // the dot itself, and its faint fringe, but never the ring's strong ink
                        if (xx >= 0 && yy >= 0 && xx < cw && yy < ch && (dot || !map.isCore(p[0] + dx, p[1] + dy, gl))) {
                            own[yy * cw + xx] = false;
                        }
                    }
                }
            }
        }
        float span = map.ink() - map.paper();
        float[] ink = new float[cw * ch];
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                if (own[y * cw + x]) {
                    float t = (g.at(cx0 + x, cy0 + y) - map.paper()) / span;
                    // texture below a fifth of the way to the ink is background
                    ink[y * cw + x] = Math.max(0, Math.min(1, (t - 0.2f) / 0.7f));
                }
            }
        }
        return ink;
    }

    private static double at(float[] ink, int w, int h, int x, int y) {
        if (x < 0 || y < 0 || x >= w || y >= h) {
            return 0;
        }
        return ink[y * w + x];
    }
}
