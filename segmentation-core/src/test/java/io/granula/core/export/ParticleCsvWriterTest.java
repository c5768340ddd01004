package io.granula.core.export;

import ij.measure.ResultsTable;
import io.granula.core.calib.Calibration;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ParticleCsvWriterTest {
    static LabelImage blobs() {
        int w = 60, h = 40;
        int[] labels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d1 = Math.hypot(x + 0.5 - 15, y + 0.5 - 20), d2 = Math.hypot((x + 0.5 - 42) / 2, y + 0.5 - 18);
                labels[y * w + x] = d1 < 9 ? 3 : d2 < 6 ? 11 : 0;
            }
        }
        return new LabelImage(w, h, labels);
    }

    @Test
    void headerCarriesUnitsAndImageJReadsTheValuesBack(@TempDir Path dir) throws Exception {
        ParticleTable table = new ParticleMeasurer().measure(blobs(), Calibration.parseUser("5 nm/px"));
        Path csv = dir.resolve("particles.csv");
        ParticleCsvWriter.write(table, csv);

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("label,area_nm2,perimeter_nm,ecd_nm,feret_nm,min_feret_nm,feret_angle_deg,")
                .contains(",circularity,").contains(",edge_touching");

        ResultsTable rt = ResultsTable.open(csv.toString()); // ImageJ's own CSV reader
        assertThat(rt.size()).isEqualTo(2);
        assertThat(rt.getValue("label", 1)).isEqualTo(11);
        for (Measurement m : table.measurements()) {
            for (int row = 0; row < 2; row++) {
                double v = table.value(m, row);
                assertThat(rt.getValue(table.columnName(m), row)).as(m.key()).isCloseTo(v, within(1e-8 * Math.max(1, Math.abs(v))));
            }
        }
    }
}
