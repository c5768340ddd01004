package io.granula.core.flow.djl;

import ai.djl.ndarray.BaseNDManager;
import io.granula.core.flow.FlowField;
import io.granula.core.flow.FlowModel;
import io.granula.core.flow.FlowModels;
import io.granula.core.flow.InferenceOptions;
import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;
import io.granula.core.model.ModelLoadException;
import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.testing.NpyFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tiny TorchScript network of python/make_test_model.py, run through DJL, against the
 * outputs Python computed on the same inputs without tiling (python/granula_reference.py).
 */
class DjlFlowModelTest {
    private static final double TOLERANCE = 1e-4;
    private static DjlFlowModel untiled;

    static Path resource(String name) {
        try {
            return Paths.get(DjlFlowModelTest.class.getResource("/models/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void load() throws ModelLoadException {
        untiled = DjlFlowModel.load(resource("tiny-flow.pt"), InferenceOptions.defaults().withThreads(1));
    }

    @AfterAll
    static void close() {
        untiled.close();
    }

    private static Image2D image(String name) {
        NpyFixture npy = NpyFixture.resource(name);
        return new Image2D(npy.shape()[1], npy.shape()[0], PixelType.UINT16, npy.data());
    }

    private static double maxDifference(FlowField got, NpyFixture expected) {
        float[][] planes = {got.dy(), got.dx(), got.cellprob()};
        double max = 0;
        for (int c = 0; c < 3; c++) {
            float[] want = expected.plane(c);
            for (int i = 0; i < want.length; i++) {
                max = Math.max(max, Math.abs(planes[c][i] - want[i]));
            }
        }
        return max;
    }

    @Test
    void untiledOutputMatchesPython() {
        FlowField f = untiled.predict(image("tiny-input-80x96.npy"), Double.NaN, ProgressMonitor.NONE);
        assertThat(f.width()).isEqualTo(96);
        assertThat(f.height()).isEqualTo(80);
        assertThat(maxDifference(f, NpyFixture.resource("tiny-expected-80x96.npy"))).isLessThan(TOLERANCE);
    }

    @Test
    void oddSizedImageIsPaddedAsCellposeAndMatchesPython() {
        FlowField f = untiled.predict(image("tiny-input-61x75.npy"), Double.NaN, ProgressMonitor.NONE);
        assertThat(maxDifference(f, NpyFixture.resource("tiny-expected-61x75.npy"))).isLessThan(TOLERANCE);
    }

    @Test
    void diameterRescalesInputAndResizesFlowsBackAsPython() {
        // diam_mean 17, objects 12 px: the network sees the image at 17/12 its size.
        FlowField f = untiled.predict(image("tiny-input-80x96.npy"), 12.0, ProgressMonitor.NONE);
        assertThat(f.width()).isEqualTo(96);
        assertThat(maxDifference(f, NpyFixture.resource("tiny-expected-80x96-diam12.npy"))).isLessThan(TOLERANCE);
    }

    /**
     * Proves the tiling claim of TileAxis: 64-pixel tiles over the 112 x 96 padded image (3 x 2
     * tiles, overlap 32, halo 8 > the network's receptive field radius 5) give the untiled Python
     * output everywhere, also in the overlaps and at the image border.
     */
    @Test
    void tiledOutputEqualsUntiledWhenReceptiveFieldFitsInTheHalo() throws ModelLoadException {
        InferenceOptions tiles = InferenceOptions.defaults().withTileSize(64).withOverlap(0.25).withBatchSize(4);
        List<String> messages = new ArrayList<>();
        try (DjlFlowModel tiled = DjlFlowModel.load(resource("tiny-flow.pt"), tiles)) {
            FlowField f = tiled.predict(image("tiny-input-80x96.npy"), Double.NaN, recording(messages));
            assertThat(maxDifference(f, NpyFixture.resource("tiny-expected-80x96.npy"))).isLessThan(TOLERANCE);
        }
        assertThat(messages).contains("tile 4 of 6", "tile 6 of 6");
    }

    @Test
    void tiledRescaledRunMatchesPython() throws ModelLoadException {
        InferenceOptions tiles = InferenceOptions.defaults().withTileSize(48).withOverlap(0.35).withBatchSize(3);
        try (DjlFlowModel tiled = DjlFlowModel.load(resource("tiny-flow.pt"), tiles)) {
            FlowField f = tiled.predict(image("tiny-input-80x96.npy"), 12.0, ProgressMonitor.NONE);
            assertThat(maxDifference(f, NpyFixture.resource("tiny-expected-80x96-diam12.npy"))).isLessThan(TOLERANCE);
        }
    }

    @Test
    void tracedCellposeStyleNetworkUsesFirstOutputAtItsTracedTileSize() throws ModelLoadException {
        // Returns (flows, style) like Cellpose's CPnet; its sidecar says traced, tile 64.
        // The options ask for 32-px tiles; the traced model keeps its 64: 2 x 2 tiles over 80 x 96 padded.
        List<String> messages = new ArrayList<>();
        try (DjlFlowModel traced = DjlFlowModel.load(resource("tiny-flow-traced.pt"),
                InferenceOptions.defaults().withOverlap(0.25).withTileSize(32))) {
            FlowField f = traced.predict(image("tiny-input-61x75.npy"), Double.NaN, recording(messages));
            assertThat(maxDifference(f, NpyFixture.resource("tiny-expected-61x75.npy"))).isLessThan(TOLERANCE);
        }
        assertThat(messages).contains("tile 4 of 4");
    }

    /**
     * Cellpose's augment: the augmented flows are the mean of the network's flows on the four
     * mirror images of the input, each mirrored back with its mirrored flow component negated.
     * The tiny network is not mirror symmetric, so the average differs from the plain output.
     */
    @Test
    void augmentedRunAveragesTheNetworkOverTheFourMirrorImages() throws ModelLoadException {
        Image2D input = image("tiny-input-80x96.npy");
        FlowField plain = untiled.predict(input, Double.NaN, ProgressMonitor.NONE);
        int n = plain.width() * plain.height();
        float[][] expected = new float[3][n];
        for (int v = 0; v < 4; v++) {
            boolean flipY = (v & 1) != 0;
            boolean flipX = (v & 2) != 0;
            FlowField f = untiled.predict(mirror(input, flipY, flipX), Double.NaN, ProgressMonitor.NONE);
            float[][] planes = {mirror(f.dy(), f.width(), f.height(), flipY, flipX),
                    mirror(f.dx(), f.width(), f.height(), flipY, flipX),
                    mirror(f.cellprob(), f.width(), f.height(), flipY, flipX)};
            for (int i = 0; i < n; i++) {
                expected[0][i] += (flipY ? -planes[0][i] : planes[0][i]) / 4;
                expected[1][i] += (flipX ? -planes[1][i] : planes[1][i]) / 4;
                expected[2][i] += planes[2][i] / 4;
            }
        }
        try (DjlFlowModel augmented = DjlFlowModel.load(resource("tiny-flow.pt"),
                InferenceOptions.defaults().withThreads(1).withAugment(true))) {
            FlowField f = augmented.predict(input, Double.NaN, ProgressMonitor.NONE);
            float[][] got = {f.dy(), f.dx(), f.cellprob()};
            float[][] without = {plain.dy(), plain.dx(), plain.cellprob()};
            double error = 0;
            double change = 0;
            for (int c = 0; c < 3; c++) {
                for (int i = 0; i < n; i++) {
                    error = Math.max(error, Math.abs(got[c][i] - expected[c][i]));
                    change = Math.max(change, Math.abs(got[c][i] - without[c][i]));
                }
            }
            assertThat(error).isLessThan(TOLERANCE);
            assertThat(change).isGreaterThan(100 * TOLERANCE);
        }
    }

    private static Image2D mirror(Image2D image, boolean flipY, boolean flipX) {
        return new Image2D(image.width(), image.height(), image.pixelType(),
                mirror(image.plane(0), image.width(), image.height(), flipY, flipX));
    }

    private static float[] mirror(float[] plane, int width, int height, boolean flipY, boolean flipX) {
        float[] out = new float[plane.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[y * width + x] = plane[(flipY ? height - 1 - y : y) * width + (flipX ? width - 1 - x : x)];
            }
        }
        return out;
    }

    @Test
    void batchesReleaseTheirNativeArrays() {
        BaseNDManager root = (BaseNDManager) untiledModelManager();
        int before = root.getManagedArrays().size();
        for (int i = 0; i < 3; i++) {
            untiled.predict(image("tiny-input-61x75.npy"), Double.NaN, ProgressMonitor.NONE);
        }
        assertThat(root.getManagedArrays()).hasSize(before);
    }

    @Test
    void cancellationStopsBetweenBatches() throws ModelLoadException {
        InferenceOptions tiles = InferenceOptions.defaults().withTileSize(64).withOverlap(0.25).withBatchSize(1);
        List<String> messages = new ArrayList<>();
        ProgressMonitor cancelAfterFirstTile = new ProgressMonitor() {
            @Override
            public void update(double fraction, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return messages.contains("tile 1 of 6");
            }
        };
        try (DjlFlowModel tiled = DjlFlowModel.load(resource("tiny-flow.pt"), tiles)) {
            assertThatThrownBy(() -> tiled.predict(image("tiny-input-80x96.npy"), Double.NaN, cancelAfterFirstTile))
                    .isInstanceOf(CancelledException.class);
        }
        assertThat(messages).contains("tile 1 of 6").doesNotContain("tile 2 of 6");
    }

    @Test
    void factoryOpensModelFileWithDefaults() throws ModelLoadException {
        try (FlowModel m = FlowModels.load(resource("tiny-flow.pt"))) {
            assertThat(m.name()).isEqualTo("tiny-flow.pt");
            FlowField f = m.predict(image("tiny-input-80x96.npy"), Double.NaN, ProgressMonitor.NONE);
            assertThat(maxDifference(f, NpyFixture.resource("tiny-expected-80x96.npy"))).isLessThan(TOLERANCE);
        }
    }

    @Test
    void reportsNameHashAndProvenance() {
        assertThat(untiled.name()).isEqualTo("tiny-flow.pt");
        assertThat(untiled.trainedDiameter()).isEqualTo(17.0);
        assertThat(untiled.sha256()).hasSize(64);
        assertThat(untiled.provenance()).containsEntry("receptive_field_radius", 5);
    }

    @Test
    void nonTorchScriptFileIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path bogus = dir.resolve("bogus.pt");
        Files.writeString(bogus, "not a model");
        Files.copy(resource("tiny-flow.json"), dir.resolve("bogus.json"));
        assertThatThrownBy(() -> DjlFlowModel.load(bogus, InferenceOptions.defaults()))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(bogus.toString())
                .hasMessageContaining("not a TorchScript file");
    }

    @Test
    void zipThatIsNotTorchScriptIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("weights.pt");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("archive/data.pkl"));
            out.write(new byte[] {1, 2, 3});
        }
        Files.copy(resource("tiny-flow.json"), dir.resolve("weights.json"));
        assertThatThrownBy(() -> DjlFlowModel.load(zip, InferenceOptions.defaults()))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(zip.toString())
                .hasMessageContaining("not a TorchScript module");
    }

    @Test
    void missingSidecarIsRefusedNamingTheExpectedFile(@TempDir Path dir) throws Exception {
        Path model = Files.copy(resource("tiny-flow.pt"), dir.resolve("lonely.pt"));
        assertThatThrownBy(() -> DjlFlowModel.load(model, InferenceOptions.defaults()))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.resolve("lonely.json").toString())
                .hasMessageContaining("sidecar is missing");
    }

    private static ai.djl.ndarray.NDManager untiledModelManager() {
        try {
            var field = DjlFlowModel.class.getDeclaredField("model");
            field.setAccessible(true);
            return ((ai.djl.Model) field.get(untiled)).getNDManager();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProgressMonitor recording(List<String> messages) {
        return new ProgressMonitor() {
            @Override
            public void update(double fraction, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
