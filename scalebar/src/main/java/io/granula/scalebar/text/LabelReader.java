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
 * whitelist), leave glyphs unexplained. Where the reading has more characters than the field has
 * glyphs (letters that touch), the field is read again without the whitelist and refused if it holds
 * letters no label has. A refused reading is retried on a differently scaled, then a binarised crop.
 */
public final class LabelReader {
    private record Attempt(double capHeight, boolean binarise) {
    }

    private static final List<Attempt> ATTEMPTS = List.of(
            new Attempt(32, false), new Attempt(44, true), new Attempt(24, false));

    /** Confidence ceiling for a reading with more characters than glyphs, which gets verified. */
    private static final double MERGED_GLYPHS_CONFIDENCE = 0.75;

    private final OcrEngine ocr;
    private final LabelImagePreparer preparer = new LabelImagePreparer();
    private final LabelParser parser = new LabelParser();
    private final UnitGlyphClassifier units = new UnitGlyphClassifier();

    public LabelReader(OcrEngine ocr) {
        this.ocr = ocr;
    }

    public Optional<LabelReading> read(GrayPlane g, GlyphMap map, TextBlock block) {
        UnitGlyphClassifier.First geometry = units.classify(map, block);
        Optional<LabelReading> unusual = Optional.empty();
        for (int i = 0; i < ATTEMPTS.size(); i++) {
            Attempt a = ATTEMPTS.get(i);
            OcrImage image = preparer.prepare(g, map, block, a.capHeight(), a.binarise());
            String raw = ocr.readLine(image, OcrEngine.Characters.LABEL);
            Optional<LabelReading> r = reconcile(raw, geometry, block, 1.0 - 0.1 * i);
            if (r.isPresent() && r.get().confidence() < MERGED_GLYPHS_CONFIDENCE
                    && !onlyLabelLetters(ocr.readLine(image, OcrEngine.Characters.ANY))) {
                r = Optional.empty();
            }
            if (r.isPresent() && isRound(r.get().label().value())) {
                return r;
            }
            if (r.isPresent() && unusual.isEmpty()) {
                unusual = r;
            }
        }
        // An unusual value ("2.58") is kept only when no crop reads a round one.
        return unusual.map(r -> new LabelReading(r.label(), r.rawText(), r.block(), 0.7 * r.confidence()));
    }

    /**
     * Scale bars show round values: one significant digit, or two with the second a 5 (1, 2, 2.5,
     * 5, 25, 150, 0.5, 7.5). A digit OCR misread usually breaks that ("2.58", "108").
     */
    static boolean isRound(double value) {
        double mantissa = value / Math.pow(10, Math.floor(Math.log10(value)));
        double tenths = Math.round(mantissa * 10);
        if (Math.abs(mantissa * 10 - tenths) > 1e-6) {
            return false;
        }
        int t = (int) tenths;
        return t % 10 == 0 || t % 10 == 5;
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
        // An unexplained glyph is never accepted; touching letters can make one glyph of two.
        if (characters < glyphs) {
            return Optional.empty();
        }
        if (characters > glyphs) {
            conf = Math.min(conf, MERGED_GLYPHS_CONFIDENCE - 0.05 * (characters - glyphs));
        }
        return Optional.of(new LabelReading(new ScaleLabel(r.value(), unit), raw, block, Math.max(0.05, conf)));
    }

    /**
     * True when an unrestricted reading has no letter a label cannot have: the unit's n and m, the
     * spellings of µ (u y p j w, µ, μ), and letters standing for digits (o, l, i, s). "WD", "kV",
     * "HFW", "X", "Mag" fail.
     */
    static boolean onlyLabelLetters(String text) {
        for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (Character.isLetter(c) && "nmuypjwµμolis".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
