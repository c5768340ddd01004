package io.granula.app.report;

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
import io.granula.core.pipeline.ResultsLayout;
import io.granula.core.pipeline.RunRecord;
import io.granula.core.progress.ProgressMonitor;
import io.granula.reports.model.ReportImage;
import io.granula.reports.model.ScaleBarMark;

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
import java.util.stream.Stream;

/**
 * Reads back a results folder written by {@code analyze} ({@link ResultsLayout}) as the report's
 * images. Particles are re-measured from {@code labels.tif} with the same {@link ParticleMeasurer}
 * and the calibration of {@code calibration.json}, on the micrograph named in {@code run.json}
 * when it is still there: the numbers are those of {@code particles.csv}, and the report can redraw
 * the overlay with its own filters. Without the micrograph the saved {@code overlay.png} is shown
 * and intensity measurements are absent. An image folder that cannot be read is named in
 * {@link Result#problems()} and left out; the others are still read.
 */
public final class ResultsFolderReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param images   the images read, in folder-name order
     * @param run      the analysis' run record (from the first image's run.json), if any
     * @param created  when the analysis started (the newest results file's time when unknown)
     * @param problems one line per image folder that could not be read
     * @param notes    one line per image shown without its micrograph
     */
    public record Result(List<ReportImage> images, Optional<RunRecord> run, Instant created, List<String> problems,
                         List<String> notes) {
        public Result {
            images = List.copyOf(images);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    /** A folder that is not a results folder: nothing to report. */
    public static final class NotResults extends Exception {
        NotResults(String message) {
            super(message);
        }
    }

    public Result read(Path root, ProgressMonitor monitor) throws NotResults {
        if (!Files.isDirectory(root)) {
            throw new NotResults(root + " is not a folder: give the results folder written by 'granula analyze --out DIR'");
        }
        List<Path> dirs;
        try (Stream<Path> list = Files.list(root)) {
            dirs = list.filter(d -> Files.isRegularFile(d.resolve(ResultsLayout.LABELS))).sorted().toList();
        } catch (IOException e) {
            throw new NotResults("cannot list " + root + ": " + e.getMessage());
        }
        if (dirs.isEmpty()) {
            throw new NotResults("no results in " + root + ": expected " + root.resolve("<image>").resolve(ResultsLayout.LABELS)
                    + " as 'granula analyze --out " + root + "' writes them");
        }
        List<ReportImage> images = new ArrayList<>();
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
        return new Result(images, run, created, problems, notes);
    }

    private ReportImage readImage(Path dir, JsonNode runJson, List<String> notes, ProgressMonitor monitor)
            throws IOException {
        String name = dir.getFileName().toString();
        JsonNode calJson = readJson(dir.resolve(ResultsLayout.CALIBRATION));
        Calibration calibration = calibration(calJson, dir.resolve(ResultsLayout.CALIBRATION));
        LabelImage labels = LabelTiff.read(dir.resolve(ResultsLayout.LABELS));
        Optional<Path> source = Optional.ofNullable(runJson).map(r -> r.path("image"))
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
        return new ReportImage(name, source, particles, Optional.ofNullable(micrograph),
                Optional.of(labels), overlay, scaleBar(calJson));
    }

    /** calibration.json: {@code nm_per_px} (null when uncalibrated), {@code source}, {@code detail}. */
    static Calibration calibration(JsonNode json, Path file) throws IOException {
        if (json == null) {
            return Calibration.none();
        }
        String sourceName = json.path("source").asText("none").toUpperCase(Locale.ROOT);
        CalibrationSource source;
        try {
            source = CalibrationSource.valueOf(sourceName);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": unknown calibration source '" + json.path("source").asText() + "'");
        }
        JsonNode nm = json.path("nm_per_px");
        if (source == CalibrationSource.NONE || !nm.isNumber()) {
            return Calibration.none();
        }
        if (!(nm.asDouble() > 0)) {
            throw new IOException(file + ": nm_per_px must be positive, got " + nm.asText());
        }
        return new Calibration(nm.asDouble(), source, json.path("detail").asText(""));
    }

    /**
     * The scale bar, when calibration.json records one as the {@code scalebar} command prints it:
     * {@code bar{x0,x1,y0,y1}} in pixel-edge coordinates, the label as {@code value} + {@code unit}
     * (or {@code label}), and {@code text{x0,y0,x1,y1}} where it was read.
     */
    static Optional<ScaleBarMark> scaleBar(JsonNode json) {
        if (json == null || !json.path("bar").isObject()) {
            return Optional.empty();
        }
        JsonNode bar = json.path("bar");
        if (!bar.path("x0").isNumber() || !bar.path("x1").isNumber() || !bar.path("y0").isNumber() || !bar.path("y1").isNumber()) {
            return Optional.empty();
        }
        String label = json.path("label").asText("");
        if (label.isEmpty() && json.path("value").isNumber()) {
            label = json.path("value").asText() + " " + json.path("unit").asText("");
        }
        Optional<ScaleBarMark.Region> text = Optional.empty();
        JsonNode t = json.path("text");
        if (t.path("x0").isNumber() && t.path("y0").isNumber() && t.path("x1").isNumber() && t.path("y1").isNumber()) {
            text = Optional.of(new ScaleBarMark.Region(t.path("x0").asInt(), t.path("y0").asInt(), t.path("x1").asInt(),
                    t.path("y1").asInt()));
        }
        try {
            return Optional.of(new ScaleBarMark(bar.path("x0").asDouble(), bar.path("x1").asDouble(),
                    bar.path("y0").asDouble(), bar.path("y1").asDouble(), label.trim(), text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** run.json as the report's run record: model, checksum, provenance, device, parameters. */
    static RunRecord runRecord(JsonNode json) {
        Instant started;
        try {
            started = Instant.parse(json.path("started").asText(""));
        } catch (DateTimeParseException e) {
            started = Instant.EPOCH;
        }
        return new RunRecord(json.path("software").asText(RunRecord.SOFTWARE), started, json.path("model").asText(""),
                json.path("model_sha256").asText(""), tree(json.path("model_provenance")), json.path("device").asText(""),
                map(json.path("parameters")), Map.of());
    }

    /** The model's provenance as written (numbers, booleans, nested objects), for the report to pick from. */
    private static Map<String, Object> tree(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) { // RunRecord's Map.copyOf takes no null values
                    out.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
                }
            });
        }
        return out;
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
