package io.granula.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.app.Granula;
import io.granula.scalebar.synth.InstrumentStyle;
import io.granula.scalebar.synth.ScaleBarImageGenerator;
import io.granula.scalebar.synth.ScaleBarTruth;
import io.granula.scalebar.synth.SyntheticScaleBarImage;
import io.granula.scalebar.text.OcrUnavailableException;
import io.granula.scalebar.text.TesseractOcr;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScalebarCommandTest extends ConsoleCapture {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private SyntheticScaleBarImage zeiss;
    private Path png;

    @BeforeEach
    void writeImage() throws Exception {
        try {
            TesseractOcr.open().close();
        } catch (OcrUnavailableException e) {
            Assumptions.abort("Tesseract not available here: " + e.getMessage());
        }
        zeiss = new ScaleBarImageGenerator(1).withBar(InstrumentStyle.ZEISS);
        png = tmp.resolve("zeiss.png");
        ImageIO.write(zeiss.rendered(), "png", png.toFile());
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : stdout().split("\\R")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    @Test
    void printsOneJsonLineWithTheContractsFieldsInOrder() throws Exception {
        assertThat(Granula.run("scalebar", png.toString(), "--json")).isZero();
        JsonNode j = lines().get(0);
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("file", "found", "value", "unit", "bar_length_px", "nm_per_px", "bar", "text",
                "source", "confidence");
        ScaleBarTruth t = zeiss.truth().orElseThrow();
        assertThat(j.get("file").asText()).isEqualTo(png.toString());
        assertThat(j.get("found").asBoolean()).isTrue();
        assertThat(j.get("value").asDouble()).isEqualTo(t.value());
        assertThat(j.get("unit").asText()).isEqualTo(t.unit());
        assertThat(j.get("bar_length_px").asDouble()).isCloseTo(t.lengthPx(), within(0.1));
        assertThat(j.get("nm_per_px").asDouble()).isCloseTo(zeiss.nmPerPixel(), within(0.005 * zeiss.nmPerPixel()));
        assertThat(j.get("bar").get("x0").asDouble()).isCloseTo(t.x0(), within(0.1));
        assertThat(j.get("bar").get("x1").asDouble()).isCloseTo(t.x1(), within(0.1));
        assertThat(j.get("text").get("raw").asText()).isNotBlank();
        assertThat(j.get("text").get("x0").asInt()).isBetween((int) t.labelBox().getX() - 2, (int) t.labelBox().getX() + 3);
        assertThat(j.get("source").asText()).isEqualTo("scale_bar");
        assertThat(j.get("confidence").asDouble()).isBetween(0.5, 1.0);
    }

    @Test
    void jeolSideCarIsTheCalibrationAndADisagreeingOneIsReported() throws Exception {
        ScaleBarTruth t = zeiss.truth().orElseThrow();
        double nm = t.unit().equals("nm") ? t.value() : t.value() * 1000;
        Files.writeString(tmp.resolve("zeiss.txt"), String.format(Locale.ROOT,
                "$CM_FORMAT JEOL/SEM\n$$SM_MICRON_BAR %.4f\n$$SM_MICRON_MARKER %snm\n", t.lengthPx(), nm), StandardCharsets.ISO_8859_1);
        assertThat(Granula.run("scalebar", png.toString(), "--json")).isZero();
        JsonNode agree = lines().get(0);
        assertThat(agree.get("source").asText()).isEqualTo("metadata");
        assertThat(agree.get("nm_per_px").asDouble()).isCloseTo(zeiss.nmPerPixel(), within(1e-3 * zeiss.nmPerPixel()));
        assertThat(stderr()).doesNotContain("apart");

        Files.writeString(tmp.resolve("zeiss.txt"), String.format(Locale.ROOT,
                "$CM_FORMAT JEOL/SEM\n$$SM_MICRON_BAR %.4f\n$$SM_MICRON_MARKER %snm\n", t.lengthPx() * 0.9, nm), StandardCharsets.ISO_8859_1);
        assertThat(Granula.run("scalebar", png.toString(), "--json")).isZero();
        assertThat(stderr()).contains(png.toString()).contains("metadata says").contains("scale bar says").contains("apart");
    }

    @Test
    void unreadableInputsAreNamedAndTheOthersStillRead() throws Exception {
        Path missing = tmp.resolve("missing.tif");
        Path notImage = tmp.resolve("notes.tif");
        Files.writeString(notImage, "not a tiff");
        int code = Granula.run("scalebar", missing.toString(), png.toString(), notImage.toString(), "--json");
        assertThat(code).isEqualTo(GranulaCommand.SOME_FAILED);
        assertThat(lines()).hasSize(1);
        assertThat(stderr()).contains(missing.toString()).contains(notImage.toString()).doesNotContain("Exception");
    }

    @Test
    void withoutJsonASentencePerImageAndNoImagesIsBadUsage() {
        assertThat(Granula.run("scalebar", png.toString())).isZero();
        assertThat(stdout()).contains("zeiss.png: scale bar").contains("nm/px from scale bar");
        assertThat(Granula.run("scalebar")).isEqualTo(GranulaCommand.USAGE);
    }
}
