package io.granula.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.core.image.ImageDocument;
import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;
import io.granula.scalebar.ScaleBarJson;
import io.granula.scalebar.ScaleBarReader;
import io.granula.scalebar.ScaleBarResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code granula scalebar IMAGES... [--json]}: each image's scale, from the instrument's metadata
 * and the scale bar in the image. With {@code --json}, one JSON line per image: {@code file, found,
 * value, unit, bar_length_px, nm_per_px, bar{x0,x1,y0,y1}, text{...}, source, confidence}.
 * Disagreements between metadata and bar, and a missing Tesseract, are reported on stderr.
 * Exit 1 when some images could not be read (each named on stderr), 2 for bad usage.
 */
@Command(name = "scalebar", mixinStandardHelpOptions = true,
        description = "Reads each image's scale: instrument metadata, and the scale bar and its label in the image.")
public final class ScalebarCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IMAGES", description = "Micrographs (TIFF, PNG, JPEG, BMP).")
    List<Path> images;

    @Option(names = "--json", description = "One JSON line per image instead of a sentence.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        try (ScaleBarReader reader = ScaleBarReader.open()) {
            reader.ocrProblem().ifPresent(p -> err.println("granula: " + p));
            for (Path image : images) {
                ScaleBarResult result;
                try {
                    ImageDocument doc = ImageReaders.read(image);
                    result = reader.read(doc);
                } catch (ImageReadException e) {
                    failed++;
                    err.println("granula: " + e.getMessage());
                    err.flush();
                    continue;
                }
                for (String w : result.warnings()) {
                    if (!reader.ocrProblem().map(w::equals).orElse(false)) {
                        err.println("granula: " + image + ": " + w);
                    }
                }
                out.println(json ? jsonLine(image, result) : sentence(image, result));
                out.flush();
                err.flush();
            }
        }
        return failed == 0 ? GranulaCommand.OK : GranulaCommand.SOME_FAILED;
    }

    static String jsonLine(Path image, ScaleBarResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", image.toString());
        m.putAll(ScaleBarJson.fields(result));
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scale-bar JSON", e);
        }
    }

    private static String sentence(Path image, ScaleBarResult r) {
        StringBuilder sb = new StringBuilder(image.toString()).append(": ");
        if (r.found()) {
            sb.append(String.format(Locale.ROOT, "scale bar %s, %.2f px", r.label().map(Object::toString).orElse("(label not read)"),
                    r.barLengthPx()));
        } else {
            sb.append("no scale bar found");
        }
        if (r.calibration().isCalibrated()) {
            sb.append(String.format(Locale.ROOT, "; %.5g nm/px from %s (%s)", r.calibration().nmPerPixel(),
                    ScaleBarJson.source(r.calibration().source()).replace('_', ' '), r.calibration().detail()));
        } else {
            sb.append("; uncalibrated");
        }
        return sb.toString();
    }
}
