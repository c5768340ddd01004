package io.granula.core.export;

import java.io.OutputStreamWriter;
import io.granula.core.io.AtomicFiles;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementUnits;
import io.granula.core.stats.DValues;
import io.granula.core.stats.Descriptive;
import io.granula.core.stats.ImageSummary;
import io.granula.core.stats.ParticleSummary;
import io.granula.core.stats.Weighting;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code summary.csv}: one row per image with its particle count, calibration, the mean, standard
 * deviation, minimum and maximum of every shape and intensity measurement, and the ECD's D10/D50/D90 by
 * number, area and volume. Units are in the headers ({@code area_nm2_mean}, {@code ecd_nm_d50_volume}).
 * When images of one batch report in different units, each unit gets its own columns and the cells an image
 * has no value for stay empty. Same number format as {@link ParticleCsvWriter}.
 */
public final class SummaryCsvWriter {
    private SummaryCsvWriter() {
    }

    public static void write(List<ImageSummary> images, Path file) throws IOException {
        AtomicFiles.write(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            write(images, out);
            out.flush();
        });
    }

    public static void write(List<ImageSummary> images, Writer out) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        Set<String> header = new LinkedHashSet<>();
        for (ImageSummary image : images) {
            Map<String, String> row = row(image);
            header.addAll(row.keySet());
            rows.add(row);
        }
        out.write(String.join(",", header) + "\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>(header.size());
            for (String column : header) {
                cells.add(row.getOrDefault(column, ""));
            }
            out.write(String.join(",", cells) + "\n");
        }
    }

    private static Map<String, String> row(ImageSummary image) {
        ParticleSummary s = image.summary();
        MeasurementUnits units = s.units();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("image", quoted(image.image()));
        row.put("count", Integer.toString(s.count()));
        row.put("count_measured", Integer.toString(s.totalCount()));
        row.put("nm_per_px", CsvNumbers.format(image.calibration().isCalibrated() ? image.calibration().nmPerPixel() : Double.NaN));
        row.put("calibration_source", image.calibration().source().name().toLowerCase());
        for (Map.Entry<Measurement, Descriptive> e : s.measurements().entrySet()) {
            Measurement m = e.getKey();
            if (m.isLocation()) {
                continue;
            }
            String column = m.key() + units.suffix(m.unitKind());
            Descriptive d = e.getValue();
            row.put(column + "_mean", CsvNumbers.format(d.mean()));
            row.put(column + "_std", CsvNumbers.format(d.std()));
            row.put(column + "_min", CsvNumbers.format(d.min()));
            row.put(column + "_max", CsvNumbers.format(d.max()));
        }
        String ecd = Measurement.ECD.key() + units.suffix(Measurement.ECD.unitKind());
        for (Weighting w : Weighting.values()) {
            DValues d = s.dValues(w);
            row.put(ecd + "_d10_" + w.label(), CsvNumbers.format(d.d10()));
            row.put(ecd + "_d50_" + w.label(), CsvNumbers.format(d.d50()));
            row.put(ecd + "_d90_" + w.label(), CsvNumbers.format(d.d90()));
        }
        return row;
    }

    /** RFC 4180 quoting for text cells (file names may hold commas or quotes). */
    static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
