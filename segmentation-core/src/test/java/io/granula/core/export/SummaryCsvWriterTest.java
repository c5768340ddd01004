package io.granula.core.export;

import ij.measure.ResultsTable;
import io.granula.core.calib.Calibration;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.stats.ImageSummary;
import io.granula.core.stats.ParticleStatistics;
import io.granula.core.stats.ParticleSummary;
import io.granula.core.stats.Weighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SummaryCsvWriterTest {
    @Test
    void oneRowPerImageWithUnitsInTheHeaderAndImageJReadsIt(@TempDir Path dir) throws Exception {
        ParticleTable nm = new ParticleMeasurer().measure(ParticleCsvWriterTest.blobs(), Calibration.parseUser("5 nm/px"));
        ParticleTable px = new ParticleMeasurer().measure(ParticleCsvWriterTest.blobs(), Calibration.none());
        ParticleSummary sNm = ParticleStatistics.summarise(nm, ParticleFilter.ALL);
        ParticleSummary sPx = ParticleStatistics.summarise(px, ParticleFilter.ALL);
        Path csv = dir.resolve("summary.csv");
        SummaryCsvWriter.write(List.of(new ImageSummary("a", nm.calibration(), sNm), new ImageSummary("b,c", px.calibration(), sPx)), csv);

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        String header = lines.get(0);
        assertThat(header).startsWith("image,count,count_measured,nm_per_px,calibration_source,area_nm2_mean,area_nm2_std,")
                .contains("ecd_nm_d50_volume").contains("area_px2_mean").doesNotContain("centroid");
        assertThat(lines.get(2)).startsWith("\"b,c\",2,2,,none,");

        ResultsTable rt = ResultsTable.open(csv.toString());
        assertThat(rt.getValue("area_nm2_mean", 0)).isCloseTo(sNm.of(Measurement.AREA).mean(), within(1e-6));
        assertThat(rt.getValue("ecd_nm_d90_area", 0)).isCloseTo(sNm.dValues(Weighting.AREA).d90(), within(1e-6));
        assertThat(rt.getValue("area_px2_max", 1)).isEqualTo(sPx.of(Measurement.AREA).max());
        assertThat(rt.getValue("nm_per_px", 0)).isEqualTo(5);
    }
}
