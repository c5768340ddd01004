package io.granula.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;
import io.granula.core.io.LabelTiff;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.progress.ProgressMonitor;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads back a results folder that {@link ResultsWriter} wrote ({@link ResultsLayout}, keys in
 * {@link ResultsKeys}). Particles are re-measured from {@code labels.tif} with the same
 * {@link ParticleMeasurer} and the calibration of {@code calibration.json}, on the micrograph named in
 * {@code run.json} when it is still there: the numbers are those of {@code particles.csv}, and a report
 * can redraw the overlay with its own filters. Without the micrograph the saved {@code overlay.png} is
 * kept and intensity measurements are absent. An image folder that cannot be read is named in
 * {@link Folder#problems()} and left out; the others are still read.
 */
public final class ResultsReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the scale bar was found, in pixel-edge coordinates, with its label and where that was read. */
    public record ScaleBarBox(double x0, double x1, double y0, double y1, String label, Optional<TextBox> text) {
    }

    /** The label's box, pixel-edge coordinates. */
    public record TextBox(int x0, int y0, int x1, int y1) {
    }

    /** One image folder read back. */
    public record SavedImage(String name, Optional<Path> source, Calibration calibration, LabelImage labels,
                             ParticleTable particles, Optional<Image2D> micrograph, Optional<BufferedImage> overlay,
                             Optional<ScaleBarBox> scaleBar) {
    }

    /**
     * @param images   the images read, in folder-name order
     * @param run      the analysis' run record (from the first image's run.json), if any
     * @param created  when the analysis started (the newest results file's time when unknown)
     * @param problems one line per image folder that could not be read
     * @param notes    one line per image shown without its micrograph
     */
    public record Folder(List<SavedImage> images, Optional<RunRecord> run, Instant created, List<String> problems,
                         List<String> notes) {
        public Folder {
            images = List.copyOf(images);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    /** A folder that is not a results folder: nothing to read. */
    public static final class NotResults extends Exception {
        NotResults(String message) {
            super(message);
        }
    }

    public Folder read(Path root, ProgressMonitor monitor) throws NotResults {
        if (!Files.isDirectory(root)) {
            throw new NotResults(root + " is not a folder: give the results folder written by 'granula analyze --out DIR'");
        }
        List<Path> dirs;
        try {
            dirs = new ResultsLayout(root).imageDirs();
        } catch (IOException e) {
            throw new NotResults("cannot list " + root + ": " + e.getMessage());
        }
        if (dirs.isEmpty()) {
            throw new NotResults("no results in " + root + ": expected " + root.resolve("<image>").resolve(ResultsLayout.LABELS)
                    + " as 'granula analyze --out " + root + "' writes them");
        }
        List<SavedImage> images = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<RunRecord> run = Optional.empty();
        Instant newest = Instant.EPOCH;
        for (int i = 0; i < dirs.size(); i++) {
            Path dir = dirs.get(i);
            monitor.checkCancelled();
            monitor.update((double) i / dirs.size(), "reading " + dir.getFileName());
            try {
                JsonNode runJson = readJson(dir.resolve(ResultsLayout.RUN));
                if (run.isEmpty() && runJson != null) {
                    run = Optional.of(runRecord(runJson));
                }
                newest = max(newest, Files.getLastModifiedTime(dir.resolve(ResultsLayout.LABELS)).toInstant());
                images.add(readImage(dir, runJson, notes, monitor.sub((double) i / dirs.size(), (i + 1.0) / dirs.size())));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(dir.getFileName() + ": " + e.getMessage());
            }
        }
        Instant created = run.map(RunRecord::started).orElse(newest);
        return new Folder(images, run, created, problems, notes);
    }

    private SavedImage readImage(Path dir, JsonNode runJson, List<String> notes, ProgressMonitor monitor)
            throws IOException {
        String name = dir.getFileName().toString();
        JsonNode calJson = readJson(dir.resolve(ResultsLayout.CALIBRATION));
        Calibration calibration = calibration(calJson, dir.resolve(ResultsLayout.CALIBRATION));
        LabelImage labels = LabelTiff.read(dir.resolve(ResultsLayout.LABELS));
        Optional<Path> source = Optional.ofNullable(runJson).map(r -> r.path(ResultsKeys.IMAGE))
                .filter(JsonNode::isTextual).map(n -> Path.of(n.asText()));
        Image2D micrograph = null;
        if (source.isPresent() && Files.isRegularFile(source.get())) {
            try {
                Image2D image = ImageReaders.read(source.get()).firstPage();
                if (image.width() == labels.width() && image.height() == labels.height()) {
                    micrograph = image;
                } else {
                    notes.add(name + ": " + source.get() + " is " + image.width() + "x" + image.height()
                            + " but its labels are " + labels.width() + "x" + labels.height() + "; saved overlay shown");
                }
            } catch (ImageReadException e) {
                notes.add(name + ": micrograph unreadable (" + e.getMessage() + "); saved overlay shown");
            }
        } else {
            notes.add(name + ": micrograph " + source.map(Path::toString).orElse("(not recorded)")
                    + " not found; saved overlay shown, intensity measurements left out");
        }
        ParticleTable particles = new ParticleMeasurer().measure(labels, micrograph, calibration, monitor);
        Optional<BufferedImage> overlay = Optional.empty();
        Path overlayFile = dir.resolve(ResultsLayout.OVERLAY);
        if (micrograph == null && Files.isRegularFile(overlayFile)) {
            overlay = Optional.ofNullable(ImageIO.read(overlayFile.toFile()));
        }
        return new SavedImage(name, source, calibration, labels, particles, Optional.ofNullable(micrograph), overlay,
                scaleBar(calJson));
    }

    /** calibration.json: {@code nm_per_px} (null when uncalibrated), {@code source}, {@code detail}. */
    public static Calibration calibration(JsonNode json, Path file) throws IOException {
        if (json == null) {
            return Calibration.none();
        }
        String sourceName = json.path(ResultsKeys.SOURCE).asText("none").toUpperCase(Locale.ROOT);
        CalibrationSource source;
        try {
            source = CalibrationSource.valueOf(sourceName);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": unknown calibration source '" + json.path(ResultsKeys.SOURCE).asText() + "'");
        }
        JsonNode nm = json.path(ResultsKeys.NM_PER_PX);
        if (source == CalibrationSource.NONE || !nm.isNumber()) {
            return Calibration.none();
        }
        if (!(nm.asDouble() > 0)) {
            throw new IOException(file + ": nm_per_px must be positive, got " + nm.asText());
        }
        if (!Calibration.inRange(nm.asDouble())) {
            throw new IOException(file + ": nm_per_px " + nm.asText() + " is outside 1 pm to 1 m per pixel");
        }
        return new Calibration(nm.asDouble(), source, json.path(ResultsKeys.DETAIL).asText(""));
    }

    /**
     * The scale bar, when calibration.json records one as the {@code scalebar} command prints it:
     * {@code bar{x0,x1,y0,y1}} in pixel-edge coordinates, the label as {@code value} + {@code unit}
     * (or {@code label}), and {@code text{x0,y0,x1,y1}} where it was read.
     */
    public static Optional<ScaleBarBox> scaleBar(JsonNode json) {
        if (json == null || !json.path(ResultsKeys.BAR).isObject()) {
            return Optional.empty();
        }
        JsonNode bar = json.path(ResultsKeys.BAR);
        if (!numbers(bar, ResultsKeys.X0, ResultsKeys.X1, ResultsKeys.Y0, ResultsKeys.Y1)) {
            return Optional.empty();
        }
        String label = json.path(ResultsKeys.LABEL).asText("");
        if (label.isEmpty() && json.path(ResultsKeys.VALUE).isNumber()) {
            label = json.path(ResultsKeys.VALUE).asText() + " " + json.path(ResultsKeys.UNIT).asText("");
        }
        Optional<TextBox> text = Optional.empty();
        JsonNode t = json.path(ResultsKeys.TEXT);
        if (numbers(t, ResultsKeys.X0, ResultsKeys.Y0, ResultsKeys.X1, ResultsKeys.Y1)) {
            text = Optional.of(new TextBox(t.path(ResultsKeys.X0).asInt(), t.path(ResultsKeys.Y0).asInt(),
                    t.path(ResultsKeys.X1).asInt(), t.path(ResultsKeys.Y1).asInt()));
        }
        return Optional.of(new ScaleBarBox(bar.path(ResultsKeys.X0).asDouble(), bar.path(ResultsKeys.X1).asDouble(),
                bar.path(ResultsKeys.Y0).asDouble(), bar.path(ResultsKeys.Y1).asDouble(), label.trim(), text));
    }

    /** run.json as the run record: model, checksum, provenance, device, parameters. */
    public static RunRecord runRecord(JsonNode json) {
        Instant started;
        try {
            started = Instant.parse(json.path(ResultsKeys.STARTED).asText(""));
        } catch (DateTimeParseException e) {
            started = Instant.EPOCH;
        }
        return new RunRecord(json.path(ResultsKeys.SOFTWARE).asText(RunRecord.SOFTWARE), started,
                json.path(ResultsKeys.MODEL).asText(""), json.path(ResultsKeys.MODEL_SHA256).asText(""),
                map(json.path(ResultsKeys.MODEL_PROVENANCE)), json.path(ResultsKeys.DEVICE).asText(""),
                map(json.path(ResultsKeys.PARAMETERS)), Map.of());
    }

    private static boolean numbers(JsonNode node, String... keys) {
        for (String k : keys) {
            if (!node.path(k).isNumber()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> map(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> out.put(e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        }
        return out;
    }

    private static JsonNode readJson(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
