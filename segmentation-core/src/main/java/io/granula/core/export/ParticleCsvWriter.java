package io.granula.core.export;

import java.io.OutputStreamWriter;
import io.granula.core.io.AtomicFiles;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes {@code particles.csv}: one row per particle, a {@code label} column then every measurement of the
 * table with its unit in the header ({@code area_nm2}, {@code feret_nm}, {@code feret_angle_deg},
 * {@code circularity}). Comma-separated, '.' decimals (see {@link CsvNumbers}), UTF-8, '\n' line ends.
 */
public final class ParticleCsvWriter {
    private ParticleCsvWriter() {
    }

    public static void write(ParticleTable table, Path file) throws IOException {
        AtomicFiles.write(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            write(table, out);
            out.flush();
        });
    }

    public static void write(ParticleTable table, Writer out) throws IOException {
        StringBuilder line = new StringBuilder(512);
        line.append("label");
        for (Measurement m : table.measurements()) {
            line.append(',').append(table.columnName(m));
        }
        out.write(line.append('\n').toString());
        double[][] columns = new double[table.measurements().size()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = table.column(table.measurements().get(c));
        }
        for (int row = 0; row < table.size(); row++) {
            line.setLength(0);
            line.append(table.label(row));
            for (double[] column : columns) {
                line.append(',');
                CsvNumbers.append(line, column[row]);
            }
            out.write(line.append('\n').toString());
        }
    }
}
