package io.granula.scalebar.text;

import io.granula.scalebar.ScaleLabel;
import io.granula.scalebar.bar.GrayPlane;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a label field: OCR on prepared crops, each reading reconciled with what the glyphs
 * themselves show, then a vote.
 *
 * <ul>
 *   <li>The unit's first letter comes from {@link UnitGlyphClassifier} when it can tell (OCR has no
 *   µ and sometimes reads n for it), from OCR otherwise. Where the shape shows a µ, its descender
 *   is cut from the crops, so OCR sees the u it knows instead of a glyph that makes it drop digits.</li>
 *   <li>A reading must account for every glyph of the field, by the positions of the characters
 *   OCR read: a dropped digit or decimal point, or letters the whitelist cannot express ("WD",
 *   "HFW"), leave glyphs uncovered. Where it has more characters than the field has glyphs
 *   (letters that touch), the field is read again without the whitelist and refused if it holds
 *   letters no label has.</li>
 *   <li>Crops at several scales are read until two readings agree on a round value (scale bars
 *   show 1, 2, 2.5, 5, 10...; Tesseract's slips, 0 read as 6 or 8 in a dotted zero, usually break
 *   that). A label no two crops agree on gets a lower confidence.</li>
 * </ul>
 */
public final class LabelReader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LabelReader.class);
    private record Attempt(double capHeight, boolean binarise, OcrEngine.Layout layout) {
    }

    /**
     * 24 and 40 px grey read generated labels best alone, each in single-line mode and then in raw-line
     * mode (which misreads different labels: "2.5" where single-line mode gives "2.0" or "2.9"); a
     * binarised crop comes next because it fails differently again (heavy bold faces Tesseract
     * returns nothing for in grey).
     */
    private static final List<Attempt> ATTEMPTS = List.of(
            new Attempt(24, false, OcrEngine.Layout.SINGLE_LINE), new Attempt(24, false, OcrEngine.Layout.RAW_LINE),
            new Attempt(40, false, OcrEngine.Layout.SINGLE_LINE), new Attempt(40, false, OcrEngine.Layout.RAW_LINE),
            new Attempt(28, true, OcrEngine.Layout.SINGLE_LINE), new Attempt(32, false, OcrEngine.Layout.SINGLE_LINE),
            new Attempt(20, false, OcrEngine.Layout.SINGLE_LINE));

    /** Letters OCR makes of a µ (and of an m blurred into it) when it sees no m. */
    private static final java.util.regex.Pattern MICRO_ONLY = java.util.regex.Pattern.compile("[uµμyjpwn]{1,2}");

    /** Confidence ceiling for a unit OCR read as one letter and the glyph's shape as another. */
    static final double SHAPE_AGAINST_OCR_CONFIDENCE = 0.45;

    /** Confidence ceiling for a reading with more characters than glyphs, which gets verified. */
    private static final double MERGED_GLYPHS_CONFIDENCE = 0.75;

    private final OcrEngine ocr;
    private final LabelImagePreparer preparer = new LabelImagePreparer();
    private final LabelParser parser = new LabelParser();
    private final UnitGlyphClassifier units = new UnitGlyphClassifier();

    public LabelReader(OcrEngine ocr) {
        this.ocr = ocr;
    }

    /**
     * What a field reads as: the reading, or, when it has none, a second choice from the same OCR
     * readings (see {@link #readField}).
     *
     * @param secondChoice present only when {@code reading} is empty
     */
    public record Outcome(Optional<LabelReading> reading, Optional<LabelReading> secondChoice) {
    }

    public Optional<LabelReading> read(GrayPlane g, GlyphMap map, TextBlock block) {
        return readField(g, map, block).reading();
    }

    /**
     * As {@link #read}, with a second choice where nothing reads. Three checks refuse readings of
     * labels on the specimen that OCR got right (held-out set, issue 16):
     * <ul>
     *   <li>a speck of the specimen on the baseline, joined to the field, looks like a decimal point,
     *   so "200um" counts as a point lost, wherever the speck lies;</li>
     *   <li>a reading OCR made without the whitelist keeps the letters it saw in its character boxes:
     *   the 'l' of "lum", over the 1's ink, counts as a unit letter as tall as a digit;</li>
     *   <li>a bold serif µ whose descender ends in a foot serif is taken for a letter touching a blob,
     *   and OCR drops it ("5m").</li>
     * </ul>
     * Each reading the usual checks refuse is judged again with the point required between two digits
     * read, the digits' boxes named as digits, and a footed descender taken as a µ
     * ({@link UnitGlyphClassifier#classifyWithFootSerif}); two such readings of the same round value
     * are the second choice, with {@link #SECOND_CHOICE_FACTOR}. It costs no OCR call, and a field
     * that reads is read exactly as before.
     */
    public Outcome readField(GrayPlane g, GlyphMap map, TextBlock block) {
        UnitGlyphClassifier.First geometry = units.classify(map, block);
        UnitGlyphClassifier.First footed = null; // for the second choice, classified when first needed
        List<LabelReading> readings = new ArrayList<>();
        List<LabelReading> secondChoices = new ArrayList<>();
        int withoutDigits = 0;
        InkStrengths strengths = InkStrengths.measure(g, map, block);
        for (Attempt a : ATTEMPTS) {
            OcrImage image = preparer.prepare(g, map, block, a.capHeight(), a.binarise(),
                    geometry == UnitGlyphClassifier.First.MICRO);
            OcrLine line = ocr.readLine(image, OcrEngine.Characters.LABEL, a.layout());
            OcrLine unrestricted = null;
            OcrLine lenient = null;
            if (!hasDigit(line.text())) {
                // Under the whitelist Tesseract sometimes drops a narrow 1 it reads as 'l' without it.
                unrestricted = ocr.readLine(image, OcrEngine.Characters.ANY, a.layout());
                line = new OcrLine(LabelParser.digitsForLetters(unrestricted.text()), unrestricted.symbols());
                lenient = LabelParser.digitsForLetters(unrestricted);
                if (!hasDigit(line.text()) && ++withoutDigits == 3) {
                    break; // no digit three times: not a label, do not spend more OCR on it
                }
            }
            char letter = switch (geometry) {
                case N -> 'n';
                case M -> 'm';
                case U, MICRO -> 'u';
                default -> 0;
            };
            line = UnitLetterRepair.repair(line, image, letter, map, block);
            Optional<LabelReading> r = reconcile(line, image, geometry, map, block, 1.0, false, strengths);
            if (r.isEmpty()) {
                lenient = lenient == null ? line : UnitLetterRepair.repair(lenient, image, letter, map, block);
                footed = footed == null ? units.classifyWithFootSerif(map, block) : footed;
                reconcile(lenient, image, footed, map, block, 1.0, true, strengths)
                        .filter(s -> s.confidence() >= MERGED_GLYPHS_CONFIDENCE).ifPresent(secondChoices::add);
            }
            if (r.isPresent() && r.get().confidence() < MERGED_GLYPHS_CONFIDENCE) {
                if (unrestricted == null) {
                    unrestricted = ocr.readLine(image, OcrEngine.Characters.ANY, a.layout());
                }
                if (!onlyLabelLetters(unrestricted.text())) {
                    r = Optional.empty();
                }
            }
            if (LOG.isDebugEnabled()) {
                StringBuilder boxes = new StringBuilder();
                for (OcrLine.Symbol sym : line.symbols()) {
                    boxes.append(String.format(java.util.Locale.ROOT, " %s@%.0f-%.0f", sym.text(), image.toImageX(sym.x0()),
                            image.toImageX(sym.x1())));
                }
                LOG.debug("field x {}..{} y {}..{} ({} glyphs) at cap {}{} {}: '{}' [{} ] -> {}", block.x0(), block.x1(),
                        block.y0(), block.y1(), block.glyphs().size(), a.capHeight(), a.binarise() ? " binarised" : "",
                        a.layout(), line.text(), boxes, r.map(x -> x.label() + " conf " + x.confidence()).orElse("refused"));
            }
            r.ifPresent(readings::add);
            if (votes(readings, true).map(v -> v.count >= 2).orElse(false)) {
                break;
            }
        }
        Optional<LabelReading> reading = decide(readings);
        Optional<LabelReading> second = reading.isPresent() ? Optional.empty()
                : votes(secondChoices, true).filter(v -> v.count >= 2).map(v -> withConfidence(v.first, SECOND_CHOICE_FACTOR));
        return new Outcome(reading, second);
    }

    /**
     * Confidence factor of a second choice: as for a reading no second crop agreed with (see
     * {@link #decide}), a check the reading needed was given the benefit of the doubt.
     */
    static final double SECOND_CHOICE_FACTOR = 0.75;

    /** The reading the attempts' readings vote for. */
    private static Optional<LabelReading> decide(List<LabelReading> readings) {
        Optional<Vote> round = votes(readings, true);
        if (round.isPresent()) {
            double agreement = round.get().count >= 2 ? 1.0 : 0.75;
            return Optional.of(withConfidence(round.get().first, agreement));
        }
        // No crop read a round value. A dotted zero (mono fonts) is read as 6 or 8 by Tesseract:
        // "266" is 200 and "6.58" is 0.50. Failing that, an unusual value is kept, with less confidence.
        Optional<Vote> any = votes(readings, false);
        if (any.isEmpty()) {
            return Optional.empty();
        }
        LabelReading r = any.get().first;
        OptionalDouble zeros = dottedZerosRead(r);
        if (zeros.isPresent()) {
            return Optional.of(new LabelReading(new ScaleLabel(zeros.getAsDouble(), r.label().unit()), r.rawText(),
                    r.block(), r.confidence() * 0.5, r.unitFromShape()));
        }
        return Optional.of(withConfidence(r, 0.4));
    }

    /** The value with every 6 and 8 read as 0, when that makes it round. */
    static OptionalDouble dottedZerosRead(LabelReading r) {
        String digits = ScaleLabel.number(r.label().value()).replace('6', '0').replace('8', '0');
        double v = Double.parseDouble(digits);
        return v > 0 && isRound(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    private record Vote(LabelReading first, int count) {
    }

    /** The label most readings give (the earliest on a tie), among round ones or among all. */
    private static Optional<Vote> votes(List<LabelReading> readings, boolean roundOnly) {
        Vote best = null;
        for (LabelReading r : readings) {
            if (roundOnly && !isRound(r.label().value())) {
                continue;
            }
            int n = 0;
            for (LabelReading o : readings) {
                if (o.label().equals(r.label())) {
                    n++;
                }
            }
            if (best == null || n > best.count) {
                best = new Vote(r, n);
            }
        }
        return Optional.ofNullable(best);
    }

    private static LabelReading withConfidence(LabelReading r, double factor) {
        return new LabelReading(r.label(), r.rawText(), r.block(), Math.max(0.05, r.confidence() * factor), r.unitFromShape());
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

    Optional<LabelReading> reconcile(OcrLine line, OcrImage image, UnitGlyphClassifier.First geometry, GlyphMap map,
                                     TextBlock block, double confidence) {
        return reconcile(line, image, geometry, map, block, confidence, false, InkStrengths.NONE);
    }

    /**
     * @param pointAmidDigits a field's point-like glyph counts as a decimal point the reading lost only
     *                        between two digits read (the second choice), not anywhere in the field
     */
    private Optional<LabelReading> reconcile(OcrLine line, OcrImage image, UnitGlyphClassifier.First geometry,
                                             GlyphMap map, TextBlock block, double confidence, boolean pointAmidDigits,
                                             InkStrengths strengths) {
        String raw = line.text();
        Optional<LabelParser.Reading> split = parser.split(raw);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        LabelParser.Reading r = split.get();
        String unit = switch (geometry) {
            // the glyph's shape decides when it is clear: a descender is µ whatever OCR made of it
            case MICRO, U -> "µm";
            case N -> "nm";
            case M -> "mm";
            default -> r.unit();
        };
        double conf = confidence;
        if (!unit.isEmpty() && !r.unit().isEmpty() && !unit.equals(r.unit())) {
            // OCR read a unit and the glyph's shape says another: either may be the one wrong (a
            // speck under an n looks like a µ's descender), so the reading asks for confirmation
            conf = Math.min(conf - 0.1, SHAPE_AGAINST_OCR_CONFIDENCE);
        } else if (!unit.equals(r.unit())) {
            conf -= 0.1;
        }
        // OCR must at least have seen the unit's m; except after a µ the glyphs show (a descender),
        // which only µm has: a small bold m merged with it is a blob OCR takes for part of the u
        boolean mSeen = r.letters().endsWith("m")
                || (geometry == UnitGlyphClassifier.First.MICRO && MICRO_ONLY.matcher(r.letters()).matches());
        if (unit.isEmpty() || !mSeen) {
            return Optional.empty();
        }
        int characters = r.numberText().length() + 2;
        int glyphs = block.glyphs().size();
        if (r.spacedDecimal() && !(glyphs < characters || ReadingCoverage.hasPoint(block))) {
            return Optional.empty(); // a gap in the digits but no decimal point in the field: a lost digit
        }
        boolean separatorRead = r.numberText().contains(".") || r.numberText().contains(",");
        boolean point = pointAmidDigits ? ReadingCoverage.hasPointAmidDigits(line, image, block)
                : ReadingCoverage.hasPoint(block);
        if (point && !separatorRead) {
            return Optional.empty(); // "25" where the field shows 2.5: a decimal point was lost
        }
        if (DigitShapes.contradicted(line, image, map, block)) {
            return Optional.empty(); // a 5 read where the glyph is shaped as a 3, or the like
        }
        if (LetterHeights.letterOverDigitHeight(line, image, map, block)) {
            return Optional.empty(); // "5nnm" read off 50nm: a 0 taken for a letter
        }
        if (!ReadingCoverage.accountsForEveryGlyph(line, image, geometry, map, block, r.spacedDecimal() || separatorRead,
                strengths)) {
            return Optional.empty();
        }
        if (characters > glyphs) {
            // touching letters make one glyph of two; such a reading gets checked for letters
            conf = Math.min(conf, MERGED_GLYPHS_CONFIDENCE - 0.05 * (characters - glyphs));
        }
        return Optional.of(new LabelReading(new ScaleLabel(r.value(), unit), raw, block, Math.max(0.05, conf),
                geometry != UnitGlyphClassifier.First.UNKNOWN));
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    /**
     * True when an unrestricted reading has none of the letters that make up an info strip's other
     * fields: WD, HFW, kV, X (magnification), Mag, EHT, det, curr, tilt. Letters OCR makes of µ
     * (u y p j w q g) or of digits (o l i s) are allowed.
     */
    static boolean onlyLabelLetters(String text) {
        for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if ("dhfkvxaetrc".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
