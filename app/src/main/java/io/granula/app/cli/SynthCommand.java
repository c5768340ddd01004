package io.granula.app.cli;

import io.granula.core.io.IoMessages;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.synth.Arrangement;
import io.granula.core.synth.ShapeKind;
import io.granula.core.synth.SynthConfig;
import io.granula.core.synth.SynthStyle;
import io.granula.core.synth.SyntheticDatasetWriter;
import io.granula.core.synth.SyntheticImage;
import io.granula.core.synth.SyntheticMicrographs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code granula synth --out DIR --n N --seed S [--style ...] [--size 512]}: synthetic
 * micrographs with exact instance labels, written as {@code DIR/images/<stem>.tif},
 * {@code DIR/labels/<stem>.tif} and {@code DIR/meta/<stem>.json}. Image i depends only on
 * (seed, i). Prints one JSON line with what was written.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Generates synthetic micrographs (SEM, BSE, TEM, HAADF-STEM, optical) with exact instance labels.")
public final class SynthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--n", required = true, paramLabel = "N", description = "Number of images.")
    int n;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--style", defaultValue = "mixed", paramLabel = "STYLE",
            description = "sem, bse, tem, haadf, optical, or mixed (one drawn per image; default: ${DEFAULT-VALUE}).")
    String style;

    @Option(names = "--size", defaultValue = "512", paramLabel = "PX", description = "Image width and height of the field (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--strip", defaultValue = "0", paramLabel = "PX",
            description = "Rows reserved under the field for an instrument info strip (default: ${DEFAULT-VALUE}).")
    int strip;

    @Option(names = "--min-diameter", defaultValue = "5", paramLabel = "PX", description = "Smallest particle diameter (default: ${DEFAULT-VALUE}).")
    double minDiameter;

    @Option(names = "--max-diameter", defaultValue = "300", paramLabel = "PX", description = "Largest particle diameter (default: ${DEFAULT-VALUE}).")
    double maxDiameter;

    @Option(names = "--arrangement", paramLabel = "A",
            description = "sparse, random, touching, clustered, agglomerates or overlapping (default: drawn per image).")
    String arrangement;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND",
            description = "Only these shapes, comma separated: disc, ellipse, polygon, rod, wire, blob "
                    + "(default: drawn per image from the style's usual mix).")
    List<String> kinds;

    @Option(names = "--count", paramLabel = "K", description = "Particles per image (default: drawn from the arrangement).")
    Integer count;

    @Option(names = "--nm-per-px", paramLabel = "NM",
            description = "Pixel size every image pretends to have (default: a typical one for its instrument, drawn per image).")
    Double nmPerPixel;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        SynthConfig config = config();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserError("cannot create output folder " + out + ": " + IoMessages.describe(e));
        }
        ProgressMonitor progress = new ConsoleProgress(System.err, quiet);
        SyntheticMicrographs generator = new SyntheticMicrographs(config, seed);
        long t0 = System.nanoTime();
        long particles = 0;
        try {
            SyntheticDatasetWriter writer = new SyntheticDatasetWriter(out);
            for (int i = 0; i < n; i++) {
                SyntheticImage img = withPixelSize(generator.generate(i, progress.sub((double) i / n, (i + 0.9) / n)));
                writer.write(img);
                particles += img.particles().size();
                progress.update((i + 1.0) / n, "image " + (i + 1) + "/" + n + " " + img.style().id() + ", "
                        + img.particles().size() + " particles");
            }
        } catch (IOException e) {
            throw new UserError("cannot write to " + out + ": " + IoMessages.describe(e), GranulaCommand.SOME_FAILED);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT,
                "{\"out\":\"%s\",\"images\":%d,\"particles\":%d,\"seed\":%d,\"seconds\":%.2f}%n",
                out.toString().replace("\\", "\\\\").replace("\"", "\\\""), n, particles, seed, seconds);
        spec.commandLine().getOut().flush();
        return GranulaCommand.OK;
    }

    private List<ShapeKind> parseKinds() {
        List<ShapeKind> parsed = new ArrayList<>();
        for (String k : kinds) {
            try {
                ShapeKind kind = ShapeKind.valueOf(k.trim().toUpperCase(Locale.ROOT));
                if (!parsed.contains(kind)) {
                    parsed.add(kind);
                }
            } catch (IllegalArgumentException e) {
                throw new UserError("--kinds: unknown '" + k + "' (" + String.join(", ",
                        List.of(ShapeKind.values()).stream().map(v -> v.name().toLowerCase(Locale.ROOT)).toList()) + ")");
            }
        }
        return parsed;
    }

    /** One sample's images share the instrument setting, so a user-given pixel size replaces the drawn one. */
    private SyntheticImage withPixelSize(SyntheticImage img) {
        if (nmPerPixel == null) {
            return img;
        }
        return new SyntheticImage(img.index(), img.seed(), img.style(), img.arrangement(), nmPerPixel,
                img.stripHeight(), img.image(), img.labels(), img.particles());
    }

    private SynthConfig config() {
        if (nmPerPixel != null && !(nmPerPixel > 0 && Double.isFinite(nmPerPixel))) {
            throw new UserError("--nm-per-px must be a positive number, got " + nmPerPixel);
        }
        if (n < 1) {
            throw new UserError("--n must be at least 1, got " + n);
        }
        if (size < 16 || size > 16384) {
            throw new UserError("--size must be between 16 and 16384 px, got " + size);
        }
        if (strip < 0 || strip > size) {
            throw new UserError("--strip must be between 0 and the image size, got " + strip);
        }
        if (!(minDiameter >= 2 && maxDiameter >= minDiameter)) {
            throw new UserError("particle diameters must satisfy 2 <= --min-diameter <= --max-diameter, got "
                    + minDiameter + " and " + maxDiameter);
        }
        if (count != null && count < 0) {
            throw new UserError("--count must be >= 0, got " + count);
        }
        SynthConfig.Builder b = SynthConfig.builder().size(size).stripHeight(strip).diameters(minDiameter, maxDiameter);
        if (!style.equalsIgnoreCase("mixed")) {
            try {
                b.style(SynthStyle.parse(style));
            } catch (IllegalArgumentException e) {
                throw new UserError("--style: " + e.getMessage());
            }
        }
        if (arrangement != null) {
            try {
                b.arrangement(Arrangement.valueOf(arrangement.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UserError("--arrangement: unknown '" + arrangement + "' (" + String.join(", ",
                        List.of(Arrangement.values()).stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList()) + ")");
            }
        }
        if (count != null) {
            b.count(count).maxCount(Math.max(1, count));
        }
        if (kinds != null) {
            b.kinds(parseKinds());
        }
        return b.build();
    }
}
