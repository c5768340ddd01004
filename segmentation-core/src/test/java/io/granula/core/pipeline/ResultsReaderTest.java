package io.granula.core.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultsReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FILE = Path.of("img", "calibration.json");

    @Test
    void scaleBarFieldsAsTheScalebarCommandPrintsThemBecomeTheCropMark() throws Exception {
        var json = JSON.readTree("{\"nm_per_px\": 7.344, \"source\": \"scale_bar\", \"detail\": \"scale bar 200 nm\","
                + " \"value\": 200, \"unit\": \"nm\", \"bar\": {\"x0\": 100.25, \"x1\": 127.48, \"y0\": 700, \"y1\": 706},"
                + " \"text\": {\"x0\": 95, \"y0\": 680, \"x1\": 140, \"y1\": 695}}");
        assertThat(ResultsReader.calibration(json, FILE))
                .isEqualTo(new Calibration(7.344, CalibrationSource.SCALE_BAR, "scale bar 200 nm"));
        ResultsReader.ScaleBarBox bar = ResultsReader.scaleBar(json).orElseThrow();
        assertThat(bar.x1() - bar.x0()).isEqualTo(127.48 - 100.25);
        assertThat(bar.label()).isEqualTo("200 nm");
        assertThat(bar.text()).contains(new ResultsReader.TextBox(95, 680, 140, 695));
    }

    @Test
    void uncalibratedOrBarlessResultsGiveNoCalibrationAndNoCrop() throws Exception {
        var json = JSON.readTree("{\"nm_per_px\": null, \"source\": \"none\", \"detail\": \"uncalibrated\"}");
        assertThat(ResultsReader.calibration(json, FILE).isCalibrated()).isFalse();
        assertThat(ResultsReader.scaleBar(json)).isEqualTo(Optional.empty());
        assertThat(ResultsReader.calibration(null, FILE).isCalibrated()).isFalse();
    }

    @Test
    void nonsenseCalibrationIsAnErrorNamingTheFile() throws Exception {
        var unknown = JSON.readTree("{\"nm_per_px\": 3, \"source\": \"guess\"}");
        assertThatThrownBy(() -> ResultsReader.calibration(unknown, FILE))
                .isInstanceOf(IOException.class).hasMessageContaining(FILE.toString()).hasMessageContaining("guess");
        var negative = JSON.readTree("{\"nm_per_px\": -3, \"source\": \"user\"}");
        assertThatThrownBy(() -> ResultsReader.calibration(negative, FILE)).hasMessageContaining("positive");
        var absurd = JSON.readTree("{\"nm_per_px\": 1e300, \"source\": \"user\"}");
        assertThatThrownBy(() -> ResultsReader.calibration(absurd, FILE)).hasMessageContaining("outside 1 pm to 1 m");
    }

    @Test
    void runJsonBecomesTheRunRecord() throws Exception {
        var json = JSON.readTree("{\"software\": \"Granula 0.1.0\", \"started\": \"2026-11-22T09:00:00Z\","
                + " \"model\": \"m.pt\", \"model_sha256\": \"abc\", \"model_provenance\": {\"epochs\": 40},"
                + " \"device\": \"cpu\", \"parameters\": {\"niter\": 200, \"exclude_edge\": true}}");
        var run = ResultsReader.runRecord(json);
        assertThat(run.model()).isEqualTo("m.pt");
        assertThat(run.modelProvenance()).containsEntry("epochs", "40");
        assertThat(run.parameters()).containsEntry("exclude_edge", "true").containsEntry("niter", "200");
        assertThat(run.started().toString()).isEqualTo("2026-11-22T09:00:00Z");
    }
}
