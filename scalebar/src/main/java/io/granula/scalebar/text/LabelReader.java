package io.granula.scalebar.text;

import io.granula.scalebar.ScaleLabel;
import io.granula.scalebar.bar.GrayPlane;

import java.util.List;
import java.util.Optional;

/**
 * Reads a label field: OCR on the prepared crop, then reconciliation with what the glyphs
 * themselves show. The unit's first letter comes from {@link UnitGlyphClassifier} when it can tell
 * (OCR has no µ), and the reading is refused unless it accounts for every glyph of the field: a
 * dropped digit or decimal point, or letters OCR could not express ("WD", "HFW" under the
 * whitelist), leave glyphs unexplained. A refused reading is retried on a differently scaled, then a
 * binarised crop.
 */
public final class LabelReader {
    private record Attempt(double capHeight, boolean binarise) {
    }

    private static final List<Attempt> ATTEMPTS = List.of(
            new Attempt(32, false), new Attempt(44, true), new Attempt(24, false));

    private final OcrEngine ocr;
    private final LabelImagePreparer preparer = new LabelImagePreparer();
    private final LabelParser parser = new LabelParser();
    private final UnitGlyphClassifier units = new UnitGlyphClassifier();

    public LabelReader(OcrEngine ocr) {
        this.ocr = ocr;
    }

    public Optional<LabelReading> read(GrayPlane g, GlyphMap map, TextBlock block) {
        UnitGlyphClassifier.First geometry = units.classify(map, block);
        for (int i = 0; i < ATTEMPTS.size(); i++) {
            Attempt a = ATTEMPTS.get(i);
            String raw = ocr.readLine(preparer.prepare(g, map, block, a.capHeight(), a.binarise()));
            Optional<LabelReading> r = reconcile(raw, geometry, block, 1.0 - 0.1 * i);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    Optional<LabelReading> reconcile(String raw, UnitGlyphClassifier.First geometry, TextBlock block, double confidence) {
        Optional<LabelParser.Reading> split = parser.split(raw);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        LabelParser.Reading r = split.get();
        String unit = r.unit();
        double conf = confidence;
        switch (geometry) {
            case MICRO, U -> {
                if (!unit.equals("µm")) {
                    conf -= 0.1;
                }
                unit = "µm";
            }
            case N -> {
                if (unit.isEmpty()) {
                    unit = "nm";
                } else if (!unit.equals("nm")) {
                    conf -= 0.3;
                }
            }
            case M -> {
                if (unit.isEmpty()) {
                    unit = "mm";
                } else if (!unit.equals("mm")) {
                    conf -= 0.3;
                }
            }
            default -> {
            }
        }
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        int characters = r.numberText().length() + 2;
        int glyphs = block.glyphs().size();
        // Touching letters can make one glyph of two; an unexplained glyph is never accepted.
        if (characters < glyphs || characters > glyphs + 1) {
            return Optional.empty();
        }
        if (characters == glyphs + 1) {
            conf -= 0.15;
        }
        return Optional.of(new LabelReading(new ScaleLabel(r.value(), unit), raw, block, Math.max(0.05, conf)));
    }
}
