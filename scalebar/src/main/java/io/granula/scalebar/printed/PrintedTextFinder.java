package io.granula.scalebar.printed;

import io.granula.core.annotate.AnnotationArea;
import io.granula.core.image.Image2D;
import io.granula.scalebar.bar.GrayPlane;
import io.granula.scalebar.text.OcrEngine;
import io.granula.scalebar.text.OcrImage;
import io.granula.scalebar.text.OcrWord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Text printed on a micrograph (panel letters "(f)", "a", "b)", labels, arrows' captions): flat
 * extreme-valued ink shaped like characters ({@link InkComponents}), grouped into words
 * ({@link InkWordGrouper}) and confirmed by OCR. Only what OCR reads confidently as letters and
 * digits, in a word's shape, becomes an area: a ring-shaped particle read as "o", an arc read as
 * "c" or a rod read as "l" is never enough on its own ({@link WordShape}).
 */
public final class PrintedTextFinder {
    /** OCR calls per image at most, the words with most glyphs first (about 0.05 s each). */
    static final int MAX_WORDS = 24;
    /** Glyph height OCR sees: Tesseract reads best at 20-40 px capitals. */
    private static final int OCR_HEIGHT = 36;
    private static final int OCR_MARGIN = 12;

    private final OcrEngine ocr;
    private final InkWordGrouper grouper = new InkWordGrouper();

    public PrintedTextFinder(OcrEngine ocr) {
        this.ocr = ocr;
    }

    /**
     * Areas of confirmed printed text, each grown by a quarter of its height (anti-aliased rims).
     *
     * @param known areas already left out (data strips, the scale bar and its label): not searched
     */
    public List<AnnotationArea> find(Image2D image, List<AnnotationArea> known) {
        GrayPlane g = GrayPlane.of(image);
        boolean[] excluded = new boolean[g.width() * g.height()];
        for (AnnotationArea a : known) {
            for (int y = Math.max(0, a.y0()); y < Math.min(g.height(), a.y1()); y++) {
                for (int x = Math.max(0, a.x0()); x < Math.min(g.width(), a.x1()); x++) {
                    excluded[y * g.width() + x] = true;
                }
            }
        }
        InkComponents ink = new InkComponents(g, excluded);
        List<InkWord> words = new ArrayList<>(grouper.group(ink.find()));
        words.removeIf(w -> !ink.alone(w));
        words.sort(Comparator.comparingInt((InkWord w) -> -w.glyphs().size())
                .thenComparingDouble(w -> w.glyphs().stream().mapToDouble(InkGlyph::fill).average().orElse(1)));
        List<AnnotationArea> out = new ArrayList<>();
        for (InkWord w : words.subList(0, Math.min(MAX_WORDS, words.size()))) {
            OcrWord read = ocr.readWord(render(ink, w), w.glyphs().size() == 1);
            if (WordShape.confirms(w, read, g.width(), g.height())) {
                String detail = String.format(Locale.ROOT, "printed text \"%s\" (OCR confidence %d)",
                        read.text().strip(), read.confidence());
                out.add(new AnnotationArea(AnnotationArea.Kind.TEXT, w.x0(), w.y0(), w.x1() + 1, w.y1() + 1, detail)
                        .padded(Math.max(2, w.height() / 4), g.width(), g.height()));
            }
        }
        return merged(out);
    }

    /**
     * Overlapping areas as one: a label on a box is found twice, as the letters and as the box's hole
     * in the shape of the letters (which OCR reads as the same word).
     */
    static List<AnnotationArea> merged(List<AnnotationArea> areas) {
        List<AnnotationArea> out = new ArrayList<>(areas);
        boolean again = true;
        while (again) {
            again = false;
            search:
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    AnnotationArea a = out.get(i);
                    AnnotationArea b = out.get(j);
                    if (a.x0() < b.x1() && b.x0() < a.x1() && a.y0() < b.y1() && b.y0() < a.y1()) {
                        out.set(i, new AnnotationArea(a.kind(), Math.min(a.x0(), b.x0()), Math.min(a.y0(), b.y0()),
                                Math.max(a.x1(), b.x1()), Math.max(a.y1(), b.y1()), a.detail()));
                        out.remove(j);
                        again = true;
                        break search;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The word's glyphs alone, black on white, magnified (bilinear, on the ink coverage, so
     * anti-aliased outlines stay smooth) to about {@link #OCR_HEIGHT}: only pixels within one pixel of
     * the glyphs are drawn, so OCR judges their shapes and not the micrograph around them.
     */
    private static OcrImage render(InkComponents ink, InkWord w) {
        int pad = Math.max(2, w.height() / 3);
        int x0 = w.x0() - pad;
        int y0 = w.y0() - pad;
        int cw = w.width() + 2 * pad;
        int ch = w.height() + 2 * pad;
        java.util.Set<Integer> own = new java.util.HashSet<>();
        w.glyphs().forEach(gl -> own.add(gl.label()));
        float[] cov = new float[cw * ch];
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                if (nearGlyph(ink, own, x0 + x, y0 + y)) {
                    // stretch so that the flat core is solid and the background clear
                    cov[y * cw + x] = Math.max(0, Math.min(1, (ink.coverage(x0 + x, y0 + y, w.light()) - 0.35f) / 0.5f));
                }
            }
        }
        double scale = Math.max(1, Math.min(6, (double) OCR_HEIGHT / w.height()));
        int ow = (int) Math.round(cw * scale) + 2 * OCR_MARGIN;
        int oh = (int) Math.round(ch * scale) + 2 * OCR_MARGIN;
        byte[] px = new byte[ow * oh];
        java.util.Arrays.fill(px, (byte) 255);
        for (int y = 0; y < oh - 2 * OCR_MARGIN; y++) {
            for (int x = 0; x < ow - 2 * OCR_MARGIN; x++) {
                double sx = Math.min(cw - 1, Math.max(0, (x + 0.5) / scale - 0.5));
                double sy = Math.min(ch - 1, Math.max(0, (y + 0.5) / scale - 0.5));
                int ix = (int) sx;
                int iy = (int) sy;
                int jx = Math.min(cw - 1, ix + 1);
                int jy = Math.min(ch - 1, iy + 1);
                double fx = sx - ix;
                double fy = sy - iy;
                double c = (1 - fy) * ((1 - fx) * cov[iy * cw + ix] + fx * cov[iy * cw + jx])
                        + fy * ((1 - fx) * cov[jy * cw + ix] + fx * cov[jy * cw + jx]);
                px[(OCR_MARGIN + y) * ow + OCR_MARGIN + x] = (byte) Math.round(255 * (1 - c));
            }
        }
        return new OcrImage(ow, oh, px, x0, y0, scale, OCR_MARGIN);
    }

    private static boolean nearGlyph(InkComponents ink, java.util.Set<Integer> own, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (ink.inBounds(x + dx, y + dy) && own.contains(ink.label(x + dx, y + dy))) {
                    return true;
                }
            }
        }
        return false;
    }
}
