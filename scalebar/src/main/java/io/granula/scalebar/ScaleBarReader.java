package io.granula.scalebar;

import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageDocument;
import io.granula.core.image.ImageMetadata;
import io.granula.scalebar.bar.BarCandidate;
import io.granula.scalebar.bar.BarDetector;
import io.granula.scalebar.bar.BarEndpointLocator;
import io.granula.scalebar.bar.GrayPlane;
import io.granula.scalebar.bar.MeasuredBar;
import io.granula.scalebar.bar.TickRulerFinder;
import io.granula.scalebar.bar.UniformRect;
import io.granula.scalebar.metadata.MetadataCalibrations;
import io.granula.scalebar.metadata.MetadataContext;
import io.granula.scalebar.text.GlyphFinder;
import io.granula.scalebar.text.FlatLevels;
import io.granula.scalebar.text.GlyphMap;
import io.granula.scalebar.text.InkLevelPlane;
import io.granula.scalebar.text.LabelBarMatcher;
import io.granula.scalebar.text.LabelReader;
import io.granula.scalebar.text.LabelReading;
import io.granula.scalebar.text.LocalContrastPlane;
import io.granula.scalebar.text.OcrEngine;
import io.granula.scalebar.text.OcrUnavailableException;
import io.granula.scalebar.text.PlaneBuffers;
import io.granula.scalebar.text.RememberingOcr;
import io.granula.scalebar.text.TesseractOcr;
import io.granula.scalebar.text.TextBlock;
import io.granula.scalebar.text.TextBlockGrouper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads an image's scale: the instrument's calibration from the file's metadata, and the scale bar
 * in the image (bar candidates best first; for each, the label fields beside it nearest first, read
 * until one parses), cross-checked when both exist. When no field of any bar reads, the first field
 * with a second choice ({@link LabelReader#readField}: OCR read it, a check on specks of the specimen
 * refused it) is taken, with less confidence; failing that, the first bar with a label-like field is
 * still reported: found, measured, no value, and a warning saying that its label was not read (so a
 * user learns to type the scale rather than that there is no bar).
 *
 * <p>Without libtesseract the bar is still found and measured, its value is reported unknown, and
 * {@link #ocrProblem()} says how to install Tesseract. Not thread-safe (one OCR engine, crops it has
 * read, plane buffers); use one reader per thread. Within one read, work that shares nothing (the two
 * scan directions, rulers beside uniform bars, a bar's label planes once its first has not read) runs
 * side by side on the common fork-join pool; OCR stays on the caller's thread, in the same order, so a
 * reading does not depend on the number of cores.
 */
public final class ScaleBarReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScaleBarReader.class);
    private static final int MAX_BARS = 6;
    /**
     * Bars whose labels the last passes (grey slices, local contrast) search, best first. Those
     * passes are for a label no threshold parts from what is around it, and they run on every image
     * without a bar; every label they read on held-out seeds 16, 58, 300 and 301 (960 images) was
     * beside the best bar, while each further bar cost as much again (a no-bar 2048 px image's slices
     * and contrast planes were half its time).
     */
    private static final int MAX_FALLBACK_BARS = 1;
    /** Texture beside a bar drawn on the specimen can rank before the label; junk costs little OCR. */
    private static final int MAX_FIELDS_PER_BAR = 4;
    /** OCR calls per image before giving up on further fields: bounds the time on a busy image. */
    private static final int OCR_BUDGET = 40;
    /**
     * Glyphs a label must have for its bar to be reported when the label does not read: a value and a
     * unit are at least three ("1µm"). On the 88 real micrographs of ../shared/data/real, which carry no
     * scale bar, 15 reported a bar with an unread "label" of one or two specimen blobs beside a bright
     * rod, a false bar and a misleading warning.
     */
    static final int MIN_UNREAD_LABEL_GLYPHS = 3;
    /**
     * Length a bar must have to be reported when its label does not read. Bars down to
     * {@code BarDetector.MIN_LENGTH} are read when their label is; unread, the 9 false bars left on
     * the real micrographs above were 15-32 px (bright rods), while a bar an instrument draws is
     * rarely under 40 px (the shortest rulers, Hitachi's, are 40-60 px). Not reporting an unread
     * bar costs only its warning: the image is uncalibrated either way.
     */
    static final int MIN_UNREAD_BAR_PX = 40;
    /**
     * Below this confidence a scale-bar reading is not used on its own: {@code analyze} says so and
     * falls back to metadata or pixels, and the workbench asks the user to confirm it.
     */
    public static final double CONFIDENCE_THRESHOLD = 0.5;
    /**
     * Confidence factor for a unit taken from {@link ScalePlausibility#plausibleUnit} instead of the
     * one read: a clear label on a clear bar stays usable (above the threshold), anything less is
     * reported for confirmation.
     */
    static final double UNIT_GUESS_FACTOR = 0.6;

    private final Optional<OcrEngine> ocr;
    private final Optional<String> ocrProblem;
    private final Optional<CountingOcr> counting;
    private final Optional<LabelReader> labelReader;
    private final BarDetector detector = new BarDetector();
    private final BarEndpointLocator locator = new BarEndpointLocator();
    private final TickRulerFinder rulerFinder = new TickRulerFinder();
    private final GlyphFinder glyphFinder = new GlyphFinder();
    private final PlaneBuffers buffers = new PlaneBuffers();
    private final TextBlockGrouper grouper = new TextBlockGrouper();
    private final LabelBarMatcher matcher = new LabelBarMatcher();
    private final MetadataCalibrations metadataCalibrations = new MetadataCalibrations();
    private final CalibrationCrossCheck crossCheck = new CalibrationCrossCheck();
    private final ScalePlausibility plausibility = new ScalePlausibility();

    /** A reader with the given engine, or with none (bars measured, labels not read). */
    public ScaleBarReader(Optional<OcrEngine> ocr, Optional<String> ocrProblem) {
        this.ocr = ocr;
        this.ocrProblem = ocr.isPresent() ? Optional.empty() : ocrProblem;
        this.counting = ocr.map(RememberingOcr::new).map(CountingOcr::new);
        this.labelReader = counting.map(LabelReader::new);
    }

    /** A reader with Tesseract when it can be loaded, else one that measures bars only. */
    public static ScaleBarReader open() {
        try {
            return new ScaleBarReader(Optional.of(TesseractOcr.open()), Optional.empty());
        } catch (OcrUnavailableException e) {
            LOG.debug("OCR unavailable", e);
            return new ScaleBarReader(Optional.empty(), Optional.of("scale-bar labels cannot be read: " + e.getMessage()));
        }
    }

    /** Why labels cannot be read (and how to install Tesseract), when they cannot. */
    public Optional<String> ocrProblem() {
        return ocrProblem;
    }

    public ScaleBarResult read(ImageDocument document) {
        Image2D page = document.firstPage();
        return read(page, document.metadata(), Optional.ofNullable(document.path()));
    }

    /** An image with no file behind it: the scale bar only. */
    public ScaleBarResult read(Image2D image) {
        return read(image, ImageMetadata.none("memory"), Optional.empty());
    }

    public ScaleBarResult read(Image2D image, ImageMetadata metadata, Optional<Path> file) {
        return read(image, metadata, file, List.of());
    }

    /**
     * As {@link #read(Image2D, ImageMetadata, Optional)}, with the nm/px of the series' other images
     * (read so far) for the plausibility check: a reading a unit away from them is not used.
     */
    public ScaleBarResult read(Image2D image, ImageMetadata metadata, Optional<Path> file, List<Double> seriesNmPerPx) {
        Optional<Calibration> fromMetadata = metadataCalibrations.read(new MetadataContext(metadata, file, image.width()));
        GrayPlane grey = GrayPlane.of(image);
        Detection d = detect(grey, GrayPlane.chromaOf(image, grey));
        buffers.clear();
        if (LOG.isDebugEnabled()) {
            LOG.debug("OCR calls {} ({} answered from memory) found {} read {}", counting.map(c -> c.calls).orElse(0),
                    counting.map(c -> c.engine.repeats()).orElse(0), d.found, d.reading.isPresent());
        }
        List<String> warnings = new ArrayList<>();
        ocrProblem.ifPresent(warnings::add);
        if (d.found && d.reading.isEmpty() && ocr.isPresent()) {
            warnings.add(String.format(Locale.ROOT, "scale bar found (%.1f px) but its label could not be read;"
                    + " give the scale by hand (--scale \"5 nm/px\")", d.bar.get().length()));
        }

        Optional<Calibration> fromBar = Optional.empty();
        ScalePlausibility.Verdict verdict = ScalePlausibility.Verdict.UNCHECKED;
        double barConfidence = d.confidence;
        Optional<ScaleLabel> label = d.reading.map(LabelReading::label);
        if (d.reading.isPresent()) {
            double length = d.bar.get().length();
            verdict = plausibility.check(label.get(), label.get().nanometres() / length, image.width(), fromMetadata,
                    seriesNmPerPx);
            Optional<ScaleLabel> other = verdict.plausible() || d.reading.get().unitFromShape() ? Optional.empty()
                    : plausibility.plausibleUnit(label.get(), length, image.width(), fromMetadata, seriesNmPerPx);
            if (other.isPresent()) {
                // the unit's letter was OCR's alone and made no sense; a letter OCR confuses with it
                // does: taken, with less confidence, and said
                warnings.add(String.format(Locale.ROOT, "scale bar label read as %s (%s); taken as %s",
                        label.get(), String.join("; ", verdict.reasons()), other.get()));
                label = other;
                verdict = plausibility.check(label.get(), label.get().nanometres() / length, image.width(), fromMetadata,
                        seriesNmPerPx);
                barConfidence *= UNIT_GUESS_FACTOR;
            }
            double nmPerPx = label.get().nanometres() / length;
            fromBar = Optional.of(new Calibration(nmPerPx, CalibrationSource.SCALE_BAR, String.format(Locale.ROOT,
                    "scale bar %s over %.2f px", label.get(), length)));
            barConfidence *= verdict.factor();
        }
        Calibration chosen;
        double confidence;
        if (fromMetadata.isPresent()) {
            chosen = fromMetadata.get();
            confidence = 1.0;
            if (fromBar.isPresent()) {
                Optional<String> disagreement = crossCheck.compare(fromMetadata.get(), fromBar.get());
                disagreement.ifPresent(warnings::add);
                if (disagreement.isPresent()) {
                    confidence = 0.5;
                }
            }
        } else if (fromBar.isPresent() && barConfidence >= CONFIDENCE_THRESHOLD) {
            chosen = fromBar.get();
            confidence = barConfidence;
        } else if (fromBar.isPresent()) {
            // reported with its confidence, never silently used: the caller falls back to pixels
            chosen = Calibration.none();
            confidence = barConfidence;
            warnings.add(String.format(Locale.ROOT, "scale bar read as %s over %.1f px (%s), confidence %.2f below %.2f:"
                            + " not used; check it and give the scale by hand (--scale \"5 nm/px\")",
                    label.get(), d.bar.get().length(),
                    verdict.plausible() ? "an unusual reading" : String.join("; ", verdict.reasons()),
                    barConfidence, CONFIDENCE_THRESHOLD));
        } else {
            chosen = Calibration.none();
            confidence = 0;
        }
        return new ScaleBarResult(d.found, d.bar, label, d.field,
                d.reading.map(LabelReading::rawText).orElse(""), chosen, fromMetadata, fromBar, confidence, warnings,
                verdict);
    }

    private record Detection(boolean found, Optional<MeasuredBar> bar, Optional<TextBlock> field,
                             Optional<LabelReading> reading, double confidence) {
        static final Detection NONE = new Detection(false, Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /** How far towards the bar's level the paper is moved for the last label search. */
    private static final float TIGHT_PAPER = 0.4f;
    /** Half-width of the grey slice a label in the bar's level is searched in, as a fraction of the range. */
    private static final float SLICE_TOLERANCE = 0.04f;
    /**
     * Support a bar needs for its label to be searched on the local-contrast planes: a clean stroke,
     * contrasting along both edges nearly all its length, as every drawn bar does; a specimen's rods
     * and edges rarely do, and the search costs two planes and OCR on whatever texture they show.
     */
    private static final double CLEAN_BAR_SUPPORT = 0.95;
    /** OCR calls the local-contrast planes get when the slices read nothing either. */
    private static final int FLAT_OCR_BUDGET = 20;

    /** Which planes a pass searches labels on: the usual ones, grey slices, local contrast. */
    private enum Pass { USUAL, SLICED, FLATTENED }

    /** OCR calls the grey slices get when the usual planes read nothing. */
    private static final int SLICE_OCR_BUDGET = 20;

    /**
     * The planes {@code pass} searches a bar's label on, made when searched. The usual pass: the label
     * in the bar's colour first; then, on a colour image, in a colour of its own; then in the bar's
     * colour on surroundings closer to it than the bar's own (a white label on a light patch of
     * specimen, whose texture the first search takes for ink and joins to it).
     */
    private List<Supplier<LabelPlane>> labelPlanes(Pass pass, GrayPlane g, Optional<GrayPlane> chroma, GrayPlane own,
                                                   BarCandidate c, BarCandidate shown, boolean vertical) {
        return switch (pass) {
            case SLICED -> slices(own, c, shown, vertical);
            case FLATTENED -> c.support() >= CLEAN_BAR_SUPPORT ? flattened(g, shown) : List.of();
            case USUAL -> {
                List<Supplier<LabelPlane>> planes = new ArrayList<>();
                planes.add(() -> new LabelPlane(own, c.barValue(), c.background()));
                if (own == g) {
                    chroma.ifPresent(p -> planes.add(() -> new LabelPlane(p, p.hi(), p.lo())));
                }
                planes.add(() -> new LabelPlane(own, c.barValue(),
                        c.background() + TIGHT_PAPER * (c.barValue() - c.background())));
                yield planes;
            }
        };
    }

    /** Where a bar's label is searched: a plane, and the levels of ink and paper on it. */
    private record LabelPlane(GrayPlane plane, float ink, float paper) {
    }

    /** A label plane searched: its glyphs, and the fields where the bar's label can be, nearest first. */
    private record Searched(LabelPlane plane, GlyphMap map, List<LabelBarMatcher.Match> matches) {
    }

    /** The glyphs beside {@code shown} on {@code lp}, grouped into fields and ranked as its label. */
    private Searched search(LabelPlane lp, BarCandidate c, BarCandidate shown, boolean vertical) {
        GlyphMap map = glyphFinder.find(lp.plane(), shown, lp.ink(), lp.paper());
        List<TextBlock> blocks = grouper.group(map);
        return new Searched(lp, map, vertical ? matcher.rankVertical(shown.rect(), blocks) : matcher.rank(c, map, blocks));
    }

    /**
     * A bar candidate and the plane it was found on: the grey plane, the chroma plane (a bar in a
     * colour whose luma is close to the specimen's), or either one transposed (a vertical bar).
     */
    private record Found(BarCandidate candidate, GrayPlane plane, boolean onChroma, Optional<TickRulerFinder.Ruler> ruler,
                         Optional<Found> greyTwin) {
        Found(BarCandidate candidate, GrayPlane plane, boolean onChroma, Optional<TickRulerFinder.Ruler> ruler) {
            this(candidate, plane, onChroma, ruler, Optional.empty());
        }

        /**
         * Where the bar is measured: a bar found on the chroma plane that the grey plane shows too is
         * measured there. A JPEG keeps colour at half resolution (4:2:0), so on the chroma plane a
         * coloured bar's ends are blurred over two pixels, and sharp on the grey one (held-out
         * TEM_COLOURED-015 of seed 58 was 1.2 px short). Its label is still searched on the chroma
         * plane, where a coloured label stands apart from the specimen's particles.
         */
        /** The label plane of this candidate's own plane, its levels as ink and paper. */
        LabelPlane ownLabelPlane() {
            return new LabelPlane(plane, candidate.barValue(), candidate.background());
        }

        MeasuredBar measure(BarEndpointLocator locator) {
            if (ruler.isPresent()) {
                return ruler.get().measure();
            }
            Found on = greyTwin.orElse(this);
            return locator.measure(on.plane(), on.candidate());
        }
    }

    /**
     * The grey-plane candidate that is the same bar as a chroma-plane one: rows shared, ends within
     * {@link #TWIN_END_PX} (the chroma plane's ends are blurred over two pixels by JPEG's 4:2:0
     * sampling, and over two more by its quantisation at low quality: held-out TEM_COLOURED-007 of
     * seed 58, q56, ended 3 px short of the grey plane's and was measured 4 px short).
     */
    private static final int TWIN_END_PX = 4;

    private static Optional<Found> greyTwin(Found chromaFound, List<Found> all) {
        UniformRect r = chromaFound.candidate().rect();
        return all.stream().filter(f -> !f.onChroma() && f.ruler().isEmpty()).filter(f -> {
            UniformRect o = f.candidate().rect();
            return Math.abs(o.x0() - r.x0()) <= TWIN_END_PX && Math.abs(o.x1() - r.x1()) <= TWIN_END_PX && o.y0() <= r.y1()
                    && r.y0() <= o.y1();
        }).findFirst();
    }

    /** A candidate found on a transposed plane, as a box in the image's own axes (ticks left out). */
    private static BarCandidate upright(BarCandidate c) {
        UniformRect r = c.rect();
        return new BarCandidate(new UniformRect(r.y0(), r.y1(), r.x0(), r.x1(), r.value()), c.background(), c.contrast(),
                c.support(), Optional.empty(), c.score());
    }

    /**
     * Horizontal bars first; when none of them reads, vertical ones, found by the same finders on the
     * transposed planes (a bar is a straight stroke of uniform colour either way). Their labels are
     * still written horizontally, so those are searched on the image's own planes. A horizontal bar
     * whose label is not read is still reported (see the class comment); a vertical one is not.
     */
    private Detection detect(GrayPlane g, Optional<GrayPlane> chroma) {
        counting.ifPresent(CountingOcr::reset);
        secondChoice = Detection.NONE;
        List<Found> across = candidates(g, chroma, true);
        Detection horizontal = detect(g, chroma, across, false, Pass.USUAL);
        if (horizontal.reading.isPresent() || labelReader.isEmpty()) {
            return horizontal; // without OCR no vertical bar could be reported (see below)
        }
        GrayPlane gt = g.transposed();
        Optional<GrayPlane> chromaT = chroma.map(GrayPlane::transposed);
        List<Found> upright = candidates(gt, chromaT, false);
        Detection other = detect(g, chroma, upright, true, Pass.USUAL);
        if (other.reading.isEmpty()) {
            // nothing read on the usual planes: the grey slices, last, so that no label read on
            // those changes, with an OCR budget of their own (the first pass may have spent its own)
            counting.get().calls = Math.min(counting.get().calls, OCR_BUDGET - SLICE_OCR_BUDGET);
            Detection last = detect(g, chroma, across, false, Pass.SLICED);
            if (last.reading.isEmpty()) {
                last = detect(g, chroma, upright, true, Pass.SLICED);
            }
            if (last.reading.isEmpty()) {
                // still nothing: the label in a colour of its own, by its contrast to the specimen
                // around it (both polarities), again with a budget of its own. Beside horizontal bars
                // only: beside vertical ones this pass read no label of 480 held-out images with a bar
                // (seeds 16, 58, 300, 301), while it was a quarter of the time spent on an image
                // without a bar (the benchmark's 2048 px strips)
                counting.get().calls = Math.min(counting.get().calls, OCR_BUDGET - FLAT_OCR_BUDGET);
                last = detect(g, chroma, across, false, Pass.FLATTENED);
            }
            other = last.reading.isPresent() ? last : other;
        }
        if (other.reading.isEmpty() && secondChoice.reading.isPresent()) {
            // nothing read on any plane: the first bar whose field gave a second choice (see
            // LabelReader.readField); a field that reads never gets here, so no reading changes
            return secondChoice;
        }
        // a vertical stroke with text beside it and no label read is most often a letter's stem or
        // a specimen edge: reported only when its label reads (so is a bar read on a slice)
        return other.reading.isPresent() ? other : horizontal;
    }

    /** The first second choice of a label field (see {@link LabelReader#readField}) for the image being read. */
    private Detection secondChoice = Detection.NONE;

    /**
     * Bar candidates best first: uniform bars on the grey and chroma planes by score, rulers second when
     * {@code withRulers}. Rulers of ticks only (Hitachi's) are drawn horizontally in a data strip, so
     * they are not sought on the transposed planes: there the search read no label on 1080 held-out
     * images, and without it the median 2048 px image without a bar took 201-264 ms instead of 223-290
     * ms (four runs each, alternated; 2 cores).
     */
    private List<Found> candidates(GrayPlane g, Optional<GrayPlane> chroma, boolean withRulers) {
        // the rulers' search and the uniform bars' share nothing but the pixels: side by side
        java.util.concurrent.CompletableFuture<List<TickRulerFinder.Ruler>> rulers = withRulers
                ? java.util.concurrent.CompletableFuture.supplyAsync(() -> rulerFinder.find(g))
                : java.util.concurrent.CompletableFuture.completedFuture(List.of());
        List<Found> found = new ArrayList<>();
        detector.detect(g).forEach(c -> found.add(new Found(c, g, false, Optional.empty())));
        chroma.ifPresent(p -> detector.detect(p).forEach(c -> found.add(new Found(c, p, true, Optional.empty()))));
        found.sort(java.util.Comparator.comparingDouble((Found f) -> f.candidate().score()).reversed());
        found.replaceAll(f -> f.onChroma() ? new Found(f.candidate(), f.plane(), true, f.ruler(), greyTwin(f, found)) : f);
        // rulers of ticks only are rare and specific: tried right after the best uniform bar
        for (TickRulerFinder.Ruler ruler : rulers.join()) {
            found.add(Math.min(1, found.size()), new Found(ruler.candidate(), g, false, Optional.of(ruler)));
        }
        return found;
    }

    /**
     * Reads the candidates' labels in turn. {@code g} and {@code chroma} are the image's own planes,
     * where labels are searched; a vertical candidate's plane is a transposed one.
     */
    private Detection detect(GrayPlane g, Optional<GrayPlane> chroma, List<Found> candidates, boolean vertical,
                             Pass pass) {
        Detection unread = Detection.NONE;
        int bars = Math.min(pass == Pass.USUAL ? MAX_BARS : MAX_FALLBACK_BARS, candidates.size());
        for (int i = 0; i < bars; i++) {
            Found f = candidates.get(i);
            BarCandidate c = f.candidate();
            // the candidate as the image shows it: a vertical bar's box in the image's own axes
            BarCandidate shown = vertical ? upright(c) : c;
            GrayPlane own = f.onChroma() ? chroma.orElseThrow() : g;
            List<Supplier<LabelPlane>> planes = new ArrayList<>(labelPlanes(pass, g, chroma, own, c, shown, vertical));
            // a coloured bar the grey plane shows too: after a doubtful reading on the chroma plane, its
            // label is read on the grey plane as well, sharp where JPEG blurred the colour (see
            // Found.measure), and the surer reading is taken (an orange "20 µm" read "2uu" on the
            // chroma plane, the 0's top lost). Searched only then: it costs an image without a bar nothing
            Optional<Found> twin = pass == Pass.USUAL && !vertical ? f.greyTwin() : Optional.empty();
            Detection doubtful = null;
            MeasuredBar bar = null;
            // the best horizontal bar's label is most often read on its first plane (288 of 352 labels read
            // on held-out seeds 16, 58, 300, 301): that plane is searched alone. Past it, the image is
            // one of the few whose label is elsewhere or has none, and every plane is most often
            // searched: side by side
            boolean firstAlone = pass == Pass.USUAL && !vertical && i == 0;
            List<Searched> searched = new ArrayList<>();
            try {
                for (int p = 0; p < planes.size(); p++) {
                    if (p == searched.size()) {
                        if (firstAlone && p == 0) {
                            searched.add(search(planes.get(0).get(), c, shown, vertical));
                        } else {
                            searched.addAll(planes.subList(p, planes.size()).parallelStream()
                                    .map(lp -> search(lp.get(), c, shown, vertical)).toList());
                        }
                    }
                    Searched sp = searched.get(p);
                    LabelPlane lp = sp.plane();
                    GlyphMap map = sp.map();
                    List<LabelBarMatcher.Match> matches = sp.matches();
                    if (matches.isEmpty()) {
                        continue;
                    }
                    if (bar == null) {
                        bar = f.measure(locator);
                        bar = vertical ? bar.asVertical() : bar;
                    }
                    if (labelReader.isEmpty()) {
                        return new Detection(true, Optional.of(bar), Optional.of(matches.get(0).block()),
                                Optional.empty(), 0.5 * barQuality(c));
                    }
                    int fields = Math.min(MAX_FIELDS_PER_BAR, matches.size());
                    for (int k = 0; k < fields && counting.get().calls < OCR_BUDGET; k++) {
                        LabelReader.Outcome outcome = labelReader.get().readField(lp.plane(), map,
                                matches.get(k).block());
                        Optional<LabelReading> reading = outcome.reading();
                        if (reading.isPresent()) {
                            if (LOG.isDebugEnabled()) {
                                LOG.debug("label read in pass {} ({}), bar {} of {}, plane {}", pass,
                                        vertical ? "vertical" : "horizontal", i + 1, candidates.size(), p + 1);
                            }
                            Detection d = new Detection(true, Optional.of(bar), Optional.of(reading.get().block()), reading,
                                    barQuality(c) * reading.get().confidence());
                            if (twin.isEmpty()) {
                                return d;
                            }
                            if (reading.get().confidence() >= 1) {
                                return confirmedOnGreyTwin(d, g, twin.get(), c, shown);
                            }
                            if (doubtful == null) {
                                planes.add(twin.get()::ownLabelPlane);
                            }
                            doubtful = doubtful == null || d.confidence() > doubtful.confidence() ? d : doubtful;
                            break; // the next plane may read it with more confidence
                        }
                        if (outcome.secondChoice().isPresent() && secondChoice == Detection.NONE) {
                            LabelReading second = outcome.secondChoice().get();
                            secondChoice = new Detection(true, Optional.of(bar), Optional.of(second.block()),
                                    outcome.secondChoice(), barQuality(c) * second.confidence());
                        }
                    }
                    if (unread == Detection.NONE && matches.get(0).block().glyphs().size() >= MIN_UNREAD_LABEL_GLYPHS
                            && bar.length() >= MIN_UNREAD_BAR_PX) {
                        // kept in case no other bar reads: a bar whose label OCR cannot read is still worth
                        // reporting (measured, uncalibrated, with a warning) rather than "no scale bar"
                        unread = new Detection(true, Optional.of(bar), Optional.of(matches.get(0).block()),
                                Optional.empty(), 0);
                    }
                }
                if (doubtful != null) {
                    return doubtful;
                }
            } finally {
                // nothing found reads a plane after its bar's search: this bar's slices are the next one's
                searched.forEach(sp -> buffers.giveBack(sp.plane().plane().pixels()));
            }
        }
        return unread;
    }

    /** Confidence ceiling for a coloured label that the chroma and grey planes read differently. */
    static final double PLANES_DISAGREE_CONFIDENCE = 0.45;

    /**
     * A sure reading of a coloured label on the chroma plane, checked on the grey plane where its bar
     * shows too. JPEG keeps colour at half resolution and quantises it hardest: at quality 45-56 an
     * orange "20 µm" lost the top of its 0 on the chroma plane and read "2uum", with nothing in the
     * reading to doubt (confidence 1). The grey plane shows the label sharp. A reading there that
     * differs takes the place of the chroma one when surer, and either way the label is reported for
     * confirmation, not used. Costs an OCR call or two per coloured bar with a grey twin, none on an
     * image without one.
     */
    private Detection confirmedOnGreyTwin(Detection chroma, GrayPlane g, Found twin, BarCandidate c, BarCandidate shown) {
        // the twin is a grey-plane candidate: its own plane is g
        Searched grey = search(twin.ownLabelPlane(), c, shown, false);
        int fields = Math.min(MAX_FIELDS_PER_BAR, grey.matches().size());
        for (int k = 0; k < fields && counting.get().calls < OCR_BUDGET; k++) {
            Optional<LabelReading> reading = labelReader.get().readField(g, grey.map(), grey.matches().get(k).block())
                    .reading();
            if (reading.isPresent()) {
                LabelReading chromaReading = chroma.reading().orElseThrow();
                if (reading.get().label().equals(chromaReading.label())) {
                    return chroma;
                }
                Detection greyRead = new Detection(true, chroma.bar(), Optional.of(reading.get().block()), reading,
                        barQuality(c) * reading.get().confidence());
                Detection surer = greyRead.confidence() >= chroma.confidence() ? greyRead : chroma;
                LOG.debug("coloured label read {} on the chroma plane and {} on the grey plane", chromaReading.label(),
                        reading.get().label());
                return new Detection(true, surer.bar(), surer.field(), surer.reading(),
                        Math.min(surer.confidence(), PLANES_DISAGREE_CONFIDENCE));
            }
        }
        return chroma;
    }

    /**
     * Planes holding only the pixels at one grey level, for labels no threshold between ink and paper
     * separates from the texture around them: the bar's own level (a label in the bar's grey close to
     * the specimen's), then, beside a horizontal bar, the flat levels near it (a grey label under a
     * black or white bar).
     */
    private List<Supplier<LabelPlane>> slices(GrayPlane own, BarCandidate c, BarCandidate shown, boolean vertical) {
        float tolerance = SLICE_TOLERANCE * own.range();
        List<Supplier<LabelPlane>> planes = new ArrayList<>();
        planes.add(() -> new LabelPlane(InkLevelPlane.sliceNear(own, c.barValue(), tolerance, shown, buffers), 1, 0));
        if (!vertical) {
            for (float level : FlatLevels.around(own, c.rect(), c.barValue(), 3 * tolerance, 2)) {
                planes.add(() -> new LabelPlane(InkLevelPlane.sliceNear(own, level, tolerance, shown, buffers), 1, 0));
            }
        }
        return planes;
    }

    /**
     * Planes of the contrast to the local background around the bar, the bar's polarity first: a
     * label in a grey or colour of its own, a few levels off a shaded specimen (see
     * {@link LocalContrastPlane}).
     */
    private List<Supplier<LabelPlane>> flattened(GrayPlane g, BarCandidate shown) {
        LocalContrastPlane.Flattened lighter = LocalContrastPlane.around(g, shown, buffers);
        Supplier<LabelPlane> light = () -> new LabelPlane(lighter.plane(), lighter.ink(), 0);
        Supplier<LabelPlane> dark = () -> {
            LocalContrastPlane.Flattened darker = lighter.inverted(buffers);
            return new LabelPlane(darker.plane(), darker.ink(), 0);
        };
        List<Supplier<LabelPlane>> planes = new ArrayList<>();
        planes.add(shown.polarity() > 0 ? light : dark);
        planes.add(shown.polarity() > 0 ? dark : light);
        return planes;
    }

    /**
     * Counts the OCR calls made for the image being read. A crop answered from memory counts as a
     * call: the budgets bound the fields tried, and readings do not depend on what is remembered.
     */
    private static final class CountingOcr implements OcrEngine {
        private final RememberingOcr engine;
        private int calls;

        CountingOcr(RememberingOcr engine) {
            this.engine = engine;
        }

        void reset() {
            calls = 0;
            engine.forget();
        }

        @Override
        public io.granula.scalebar.text.OcrLine readLine(io.granula.scalebar.text.OcrImage image, Characters characters,
                                                         Layout layout) {
            calls++;
            return engine.readLine(image, characters, layout);
        }

        @Override
        public void close() {
            engine.close();
        }
    }

    /** 1 for a bar standing out by 40 % of the range or more all along; less for faint or interrupted ones. */
    private static double barQuality(BarCandidate c) {
        return Math.min(1, c.contrast() / 0.4) * c.support();
    }

    @Override
    public void close() {
        ocr.ifPresent(OcrEngine::close);
    }
}
