package io.granula.core.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelSidecarFileTest {
    private static final String VALID = """
            {"format": "granula-flow-model/1", "input_channels": 2,
             "normalization": {"method": "percentile", "lower": 1, "upper": 99},
             "diam_mean": 30, "output_layout": "dy,dx,cellprob", "flow_scale": 5,
             "stride": 16, "tile_size": 224, "traced": true,
             "provenance": {"data": "cyto3", "epochs": 500, "note": null}}
            """;

    private static Path resource(String name) throws URISyntaxException {
        return Paths.get(ModelSidecarFileTest.class.getResource("/models/" + name).toURI());
    }

    @Test
    void readsTheSidecarPythonWrote() throws Exception {
        ModelSidecar s = ModelSidecarFile.readFor(resource("tiny-flow.pt"));
        assertThat(s.inputChannels()).isEqualTo(1);
        assertThat(s.diamMean()).isEqualTo(17.0);
        assertThat(s.outputLayout()).containsExactly("dy", "dx", "cellprob");
        assertThat(s.flowScale()).isEqualTo(5.0);
        assertThat(s.stride()).isEqualTo(16);
        assertThat(s.tileSize()).isEqualTo(224);
        assertThat(s.traced()).isFalse();
        assertThat(s.provenance()).containsEntry("seed", 20240611);
    }

    @Test
    void sidecarSitsNextToTheModelWithJsonExtension() {
        assertThat(ModelSidecarFile.sidecarOf(Path.of("/m/cyto3.v2.pt"))).isEqualTo(Path.of("/m/cyto3.v2.json"));
        assertThat(ModelSidecarFile.sidecarOf(Path.of("net"))).isEqualTo(Path.of("net.json"));
    }

    @Test
    void writeThenReadGivesTheSameSidecar(@TempDir Path dir) throws IOException {
        Path json = write(dir, VALID);
        ModelSidecar s = ModelSidecarFile.read(json);
        assertThat(s.traced()).isTrue();
        assertThat(s.provenance()).containsEntry("note", null).containsEntry("epochs", 500);
        Path copy = dir.resolve("copy.json");
        ModelSidecarFile.write(s, copy);
        assertThat(ModelSidecarFile.read(copy)).isEqualTo(s);
    }

    @Test
    void optionalKeysTakeCellposeDefaults(@TempDir Path dir) throws IOException {
        ModelSidecar s = ModelSidecarFile.read(write(dir, """
                {"input_channels": 1, "normalization": {"method": "percentile"}, "diam_mean": 17,
                 "output_layout": ["dx", "dy", "cellprob"], "flow_scale": 1, "traced": false}
                """));
        assertThat(s.lowerPercentile()).isEqualTo(1.0);
        assertThat(s.upperPercentile()).isEqualTo(99.0);
        assertThat(s.stride()).isEqualTo(16);
        assertThat(s.tileSize()).isEqualTo(224);
        assertThat(s.channelIndex(ModelSidecar.DX)).isZero();
        assertThat(s.provenance()).isEqualTo(Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing traced flag          | \"traced\": true,                  | | 'traced' is required",
            "misspelt key                 | \"diam_mean\": 30                  | \"diameter\": 30 | unknown key(s) [diameter]",
            "channels as text             | \"input_channels\": 2              | \"input_channels\": \"two\" | 'input_channels' must be an integer",
            "fractional stride            | \"stride\": 16                     | \"stride\": 16.5 | 'stride' must be an integer",
            "layout without cellprob      | \"dy,dx,cellprob\"                 | \"dy,dx,prob\" | must name 'cellprob' exactly once",
            "tile not a stride multiple   | \"tile_size\": 224                 | \"tile_size\": 200 | tile_size must be a multiple of stride 16",
            "stride not a power of two    | \"stride\": 16                     | \"stride\": 12 | stride must be a power of two",
            "zero diameter                | \"diam_mean\": 30                  | \"diam_mean\": 0 | diam_mean must be a positive number",
            "inverted percentiles         | \"lower\": 1, \"upper\": 99         | \"lower\": 99, \"upper\": 1 | 0 <= lower < upper <= 100",
            "other normalisation          | \"method\": \"percentile\"          | \"method\": \"zscore\" | normalization must be",
            "wrong format                 | \"granula-flow-model/1\"           | \"something-else/3\" | format must be",
            "provenance not an object     | {\"data\": \"cyto3\", \"epochs\": 500, \"note\": null} | [1, 2] | 'provenance' must be a JSON object",
            "traced as text               | \"traced\": true                   | \"traced\": \"yes\" | 'traced' must be true or false",
    })
    void badSidecarIsRefusedNamingFileAndProblem(String why, String find, String replace, String problem,
                                                  @TempDir Path dir) throws IOException {
        String text = VALID.replace(find.strip(), replace == null ? "" : replace.strip());
        assertThat(text).as("fixture edit for %s", why).isNotEqualTo(VALID);
        Path json = write(dir, text);
        assertThatThrownBy(() -> ModelSidecarFile.read(json))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageStartingWith(json.toString())
                .hasMessageContaining(problem);
    }

    @Test
    void invalidJsonIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path json = write(dir, "{\"input_channels\": 1,");
        assertThatThrownBy(() -> ModelSidecarFile.read(json))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageStartingWith(json.toString())
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void cellposeDefaultsDescribeACellposeNetwork() {
        ModelSidecar s = ModelSidecar.cellposeDefaults(2, 30, true);
        assertThat(s.outputLayout()).isEqualTo(List.of("dy", "dx", "cellprob"));
        assertThat(s.tileSize()).isEqualTo(224);
        assertThat(s.flowScale()).isEqualTo(5.0);
    }

    private static Path write(Path dir, String text) throws IOException {
        return Files.writeString(dir.resolve("model.json"), text);
    }
}
