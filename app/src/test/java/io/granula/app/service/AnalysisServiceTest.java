package io.granula.app.service;

import io.granula.app.cli.TestImages;
import io.granula.core.calib.CalibrationSource;
import io.granula.core.dynamics.PixelDynamicsFactory;
import io.granula.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The analysis service as the project store and the GUI use it: real model, real files, no command line. */
class AnalysisServiceTest {
    @TempDir
    Path tmp;

    private AnalysisOptions options(String scale) {
        AnalysisOptions d = AnalysisOptions.defaults();
        return new AnalysisOptions(TestImages.TINY_MODEL, d.diameterPx(), "cpu", scale, false, 1,
                d.flowThreshold(), d.cellprobThreshold(), d.minSize(), false);
    }

    @Test
    void oneImageGivesLabelsMeasurementsCalibrationAndRunRecordAndWritesNothing() throws Exception {
        Path img = TestImages.blobs(tmp.resolve("a.png"), 3);
        List<String> notes = new ArrayList<>();

        try (AnalysisService service = AnalysisService.open(options("4 nm/px"), notes::add)) {
            ImageResult r = service.analyse(img, ProgressMonitor.NONE);

            assertThat(r.labels().width()).isEqualTo(96);
            assertThat(r.particles().size()).isEqualTo(r.labels().objectCount());
            assertThat(r.calibration().source()).isEqualTo(CalibrationSource.USER);
            assertThat(r.run().model()).isEqualTo("tiny-flow.pt");
            assertThat(r.run().modelSha256()).hasSize(64);
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.toList()).containsExactly(img);
        }
    }

    @Test
    void batchListsEveryInputsOutcomeAndABadImageFailsAlone() throws Exception {
        Path good = TestImages.blobs(tmp.resolve("in/good.png"), 3);
        Files.write(tmp.resolve("in/bad.tif"), new byte[]{'I', 'I', 42, 0, 8, 0, 0, 0, 1});
        List<ImageOutcome> seen = new ArrayList<>();

        BatchResult result;
        try (AnalysisService service = AnalysisService.open(options(null), n -> { })) {
            result = service.analyseBatch(new BatchRequest(List.of(tmp.resolve("in"), tmp.resolve("missing.png")),
                    tmp.resolve("out"), false), ProgressMonitor.NONE, seen::add);
        }

        assertThat(seen).isEqualTo(result.outcomes());
        assertThat(result.outcomes()).hasSize(3);
        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.outcomes()).filteredOn(ImageOutcome::ok).singleElement()
                .satisfies(o -> assertThat(o.image()).isEqualTo(good));
        assertThat(result.summary()).contains(tmp.resolve("out/summary.csv"));
    }

    @Test
    void badOptionsAreBadRequestsNamingTheOption() {
        AnalysisOptions d = options(null);
        AnalysisOptions threads = new AnalysisOptions(d.model(), d.diameterPx(), d.device(), null, false, 0,
                d.flowThreshold(), d.cellprobThreshold(), d.minSize(), false);
        assertThatThrownBy(() -> AnalysisService.open(threads, n -> { }))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.kind()).isEqualTo(ServiceException.Kind.BAD_REQUEST))
                .hasMessageContaining("--threads");
    }

    @Test
    void theRunRecordNamesTheDeviceThatRunsNotTheOneAskedFor() {
        AnalysisOptions d = options(null);
        AnalysisOptions auto = new AnalysisOptions(d.model(), d.diameterPx(), "auto", null, false, 1,
                d.flowThreshold(), d.cellprobThreshold(), d.minSize(), false);
        String chosen = PixelDynamicsFactory.fromClassPath().choose(PixelDynamicsFactory.Device.AUTO).device();
        try (AnalysisService service = AnalysisService.open(auto, n -> { })) {
            assertThat(service.runRecord().device()).isEqualTo(chosen).isNotEqualTo("auto");
            assertThat(service.runRecord().parameters()).containsEntry("device_requested", "auto");
        }
    }
}
