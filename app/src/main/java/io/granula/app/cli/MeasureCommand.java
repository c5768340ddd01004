package io.granula.app.cli;

import io.granula.core.image.ImageReadException;
import io.granula.core.io.IoMessages;
import io.granula.core.calib.Calibration;
import io.granula.core.export.CocoJsonWriter;
import io.granula.core.export.GeoJsonWriter;
import io.granula.core.export.ParticleCsvWriter;
import io.granula.core.export.RoiZipWriter;
import io.granula.core.export.SummaryCsvWriter;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReaders;
import io.granula.core.io.LabelFiles;
import io.granula.core.io.StemPairing;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.stats.ImageSummary;
import io.granula.core.stats.ParticleStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code granula measure --labels LABELS [--image IMG] [--scale "5 nm/px"] --out OUT}: ImageJ-compatible
 * measurements of existing label images. One label file writes the CSV {@code OUT} (or
 * {@code OUT/<stem>/particles.csv} when OUT is not a .csv); a folder of label files writes
 * {@code OUT/<stem>/particles.csv} per image and {@code OUT/summary.csv}, with intensity images taken from
 * the --image folder by matching stem. Exit 1 when some images failed (each named on stderr), 2 for bad
 * usage.
 */
@Command(name = "measure", mixinStandardHelpOptions = true,
        description = "Measures every particle of label images as ImageJ's Analyze Particles does; writes particles.csv.")
public final class MeasureCommand implements Callable<Integer> {
    /** Extra export formats. */
    enum Export { ROIS, GEOJSON, COCO }

    @Spec
    CommandSpec spec;

    @Option(names = "--labels", required = true, paramLabel = "LABELS",
            description = "A label image (TIFF, PNG, .npy) or a folder of them.")
    Path labels;

    @Option(names = "--image", paramLabel = "IMG",
            description = "Intensity image for mean/min/max/std columns, or a folder of images matched to the labels by stem.")
    Path image;

    @Option(names = "--scale", paramLabel = "SCALE", description = "Pixel size, e.g. \"5 nm/px\" or \"0.25 um/px\"; pixels when absent.")
    String scale;

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "particles.csv for one label image; a folder otherwise.")
    Path out;

    @Option(names = "--exclude-edge", description = "Leave out particles touching the image border.")
    boolean excludeEdge;

    @Option(names = "--export", split = ",", paramLabel = "FORMAT",
            description = "Also write: rois (ImageJ ROI zip), geojson (QuPath), coco (COCO instances JSON). Comma-separated.")
    Set<String> exports = Set.of();

    private record Job(String stem, Path labels, Path image, Path csv) {
    }

    @Override
    public Integer call() {
        if (!Files.exists(labels)) {
            throw new UserError("--labels: no such file or folder: " + labels);
        }
        if (image != null && !Files.exists(image)) {
            throw new UserError("--image: no such file or folder: " + image);
        }
        Calibration calibration = calibration();
        EnumSet<Export> formats = formats();
        boolean single = Files.isRegularFile(labels);
        boolean csvOut = out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        if (!single && csvOut) {
            throw new UserError("--out must be a folder when --labels is a folder (" + labels + ")");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        List<Job> jobs = jobs(single, csvOut, err);
        List<String> failures = new ArrayList<>();
        List<ImageSummary> summaries = new ArrayList<>();
        List<CocoJsonWriter.Entry> coco = new ArrayList<>();
        ParticleFilter filter = ParticleFilter.ALL.excludingEdgeTouching(excludeEdge);
        ConsoleProgress progress = new ConsoleProgress(System.err, false);
        for (Job job : jobs) {
            try {
                LabelImage labelImage = LabelFiles.read(job.labels());
                Image2D intensity = job.image() == null ? null : ImageReaders.read(job.image()).firstPage();
                if (intensity != null && (intensity.width() != labelImage.width() || intensity.height() != labelImage.height())) {
                    throw new IllegalArgumentException("image " + job.image() + " is " + intensity.width() + "x" + intensity.height()
                            + " but the labels are " + labelImage.width() + "x" + labelImage.height());
                }
                ParticleTable all = new ParticleMeasurer().measure(labelImage, intensity, calibration, progress);
                ParticleTable table = filter.isEmpty() ? all : all.rows(filter.select(all));
                Files.createDirectories(job.csv().toAbsolutePath().getParent());
                ParticleCsvWriter.write(table, job.csv());
                writeExports(job, labelImage, table, formats, single);
                summaries.add(new ImageSummary(job.stem(), calibration, ParticleStatistics.summarise(all, filter)));
                if (formats.contains(Export.COCO) && !single) {
                    coco.add(new CocoJsonWriter.Entry(job.labels().getFileName().toString(), labelImage, table));
                }
                stdout.println(job.stem() + ": " + table.size() + " particles -> " + job.csv());
            } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
                failures.add(job.stem());
                err.println("granula: " + job.labels() + ": " + (e instanceof ImageReadException ? e.getMessage() : IoMessages.describe(e)));
            }
        }
        if (!single) {
            writeFolderFiles(summaries, coco, formats, failures, err);
        }
        stdout.flush();
        err.flush();
        return failures.isEmpty() ? GranulaCommand.OK : GranulaCommand.SOME_FAILED;
    }

    private Calibration calibration() {
        if (scale == null) {
            return Calibration.none();
        }
        try {
            return Calibration.parseUser(scale);
        } catch (IllegalArgumentException e) {
            throw new UserError("--scale: " + e.getMessage());
        }
    }

    private EnumSet<Export> formats() {
        EnumSet<Export> formats = EnumSet.noneOf(Export.class);
        for (String name : exports) {
            try {
                formats.add(Export.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UserError("--export: unknown format '" + name + "' (expected rois, geojson or coco)");
            }
        }
        return formats;
    }

    private List<Job> jobs(boolean single, boolean csvOut, PrintWriter err) {
        List<Path> labelFiles;
        try {
            labelFiles = StemPairing.list(labels);
        } catch (IOException e) {
            throw new UserError("--labels: cannot list " + labels + ": " + e.getMessage());
        }
        if (labelFiles.isEmpty()) {
            throw new UserError("--labels: no label files (.tif, .png, .npy) in " + labels);
        }
        Map<String, Path> images = images(single);
        List<Job> jobs = new ArrayList<>();
        for (Path file : labelFiles) {
            String stem = StemPairing.stem(file);
            Path img = single && image != null && Files.isRegularFile(image) ? image : images.get(StemPairing.matchKey(file));
            if (image != null && img == null) {
                err.println("granula: " + file + ": no image with stem '" + StemPairing.matchKey(file) + "' in " + image
                        + "; measuring without intensities");
            }
            Path csv = single && csvOut ? out : out.resolve(stem).resolve("particles.csv");
            jobs.add(new Job(stem, file, img, csv));
        }
        return jobs;
    }

    private Map<String, Path> images(boolean single) {
        Map<String, Path> byKey = new HashMap<>();
        if (image == null || Files.isRegularFile(image)) {
            if (!single && image != null) {
                throw new UserError("--image must be a folder when --labels is a folder (" + labels + ")");
            }
            return byKey;
        }
        try (Stream<Path> files = Files.list(image)) {
            files.filter(Files::isRegularFile).sorted().forEach(p -> byKey.putIfAbsent(StemPairing.matchKey(p), p));
        } catch (IOException e) {
            throw new UserError("--image: cannot list " + image + ": " + e.getMessage());
        }
        return byKey;
    }

    /** ROI zip and GeoJSON next to the CSV; COCO there too for one label file (a folder gets one OUT/coco.json). */
    private static void writeExports(Job job, LabelImage labelImage, ParticleTable table, Set<Export> formats, boolean single)
            throws IOException {
        String csvName = job.csv().getFileName().toString();
        String base = csvName.substring(0, csvName.length() - ".csv".length());
        Path dir = job.csv().toAbsolutePath().getParent();
        if (formats.contains(Export.ROIS)) {
            RoiZipWriter.write(table, dir.resolve(base + "-rois.zip"));
        }
        if (formats.contains(Export.GEOJSON)) {
            GeoJsonWriter.write(table, GeoJsonWriter.ObjectType.DETECTION, dir.resolve(base + ".geojson"));
        }
        if (formats.contains(Export.COCO) && single) {
            CocoJsonWriter.write(List.of(new CocoJsonWriter.Entry(job.labels().getFileName().toString(), labelImage, table)),
                    CocoJsonWriter.Segmentation.POLYGONS, dir.resolve(base + "-coco.json"));
        }
    }

    private void writeFolderFiles(List<ImageSummary> summaries, List<CocoJsonWriter.Entry> coco, Set<Export> formats,
                                  List<String> failures, PrintWriter err) {
        try {
            Files.createDirectories(out);
            SummaryCsvWriter.write(summaries, out.resolve("summary.csv"));
            if (formats.contains(Export.COCO)) {
                CocoJsonWriter.write(coco, CocoJsonWriter.Segmentation.POLYGONS, out.resolve("coco.json"));
            }
        } catch (IOException e) {
            failures.add("summary");
            err.println("granula: cannot write into " + out + ": " + IoMessages.describe(e));
        }
    }
}
