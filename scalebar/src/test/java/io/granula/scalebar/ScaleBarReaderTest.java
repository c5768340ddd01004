package io.granula.scalebar;

import io.granula.core.calib.CalibrationSource;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageMetadata;
import io.granula.core.image.PixelType;
import io.granula.scalebar.synth.BarShape;
import io.granula.scalebar.synth.InstrumentStyle;
import io.granula.scalebar.synth.ScaleBarImageGenerator;
import io.granula.scalebar.synth.ScaleBarTruth;
import io.granula.scalebar.synth.SyntheticScaleBarImage;
import io.granula.scalebar.text.OcrUnavailableException;
import io.granula.scalebar.text.Tesseract;
import io.granula.scalebar.text.TesseractOcr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScaleBarReaderTest {
    private static ScaleBarReader reader;

    @BeforeAll
    static void open() {
        reader = new ScaleBarReader(Optional.of(Tesseract.openOrSkip()), Optional.empty());
    }

    @AfterAll
    static void close() {
        if (reader != null) {
            reader.close();
        }
    }

    private static SyntheticScaleBarImage zeiss() {
        return new ScaleBarImageGenerator(1).withBar(InstrumentStyle.ZEISS);
    }

    private static ImageMetadata zeissTag(double nmPerPx) {
        return new ImageMetadata("TIFF", Map.of(34118, String.format(Locale.ROOT, "AP_PIXEL_SIZE\r\nImage Pixel Size = %.4f nm\r\n",
                nmPerPx)), Optional.empty(), Double.NaN, Double.NaN, "");
    }

    @Test
    void readsTheBarAndItsLabelWhenTheFileSaysNothing() {
        SyntheticScaleBarImage img = zeiss();
        ScaleBarTruth truth = img.truth().orElseThrow();
        ScaleBarResult r = reader.read(img.image());
        assertThat(r.found()).isTrue();
        assertThat(r.label()).contains(new ScaleLabel(truth.value(), truth.unit()));
        assertThat(r.barLengthPx()).isCloseTo(truth.lengthPx(), within(0.1));
        assertThat(r.calibration().source()).isEqualTo(CalibrationSource.SCALE_BAR);
        assertThat(r.calibration().nmPerPixel()).isCloseTo(img.nmPerPixel(), within(0.005 * img.nmPerPixel()));
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void metadataComesFirstAndAgreeingBarRaisesNoWarning() {
        SyntheticScaleBarImage img = zeiss();
        ScaleBarResult r = reader.read(img.image(), zeissTag(img.nmPerPixel()), Optional.empty());
        assertThat(r.calibration().source()).isEqualTo(CalibrationSource.METADATA);
        assertThat(r.calibration().detail()).contains("34118");
        assertThat(r.fromBar()).isPresent();
        assertThat(r.warnings()).isEmpty();
        assertThat(r.confidence()).isEqualTo(1.0);
    }

    @Test
    void metadataOfTheFullFrameOnAResampledImageIsFlagged() {
        SyntheticScaleBarImage img = zeiss();
        // the image was saved at 3/4 size after acquisition; the tag still describes the full frame
        ScaleBarResult r = reader.read(img.image(), zeissTag(img.nmPerPixel() * 0.75), Optional.empty());
        assertThat(r.calibration().source()).isEqualTo(CalibrationSource.METADATA);
        assertThat(r.warnings()).singleElement().asString().contains("metadata says").contains("scale bar says");
        assertThat(r.confidence()).isLessThan(1.0);
    }

    @Test
    void imageWithoutBarButWithMetadataIsCalibratedAndNotFound() {
        SyntheticScaleBarImage img = new ScaleBarImageGenerator(5).withoutBar(InstrumentStyle.FEI);
        ScaleBarResult r = reader.read(img.image(), zeissTag(3.2), Optional.empty());
        assertThat(r.found()).isFalse();
        assertThat(r.bar()).isEmpty();
        assertThat(r.calibration().nmPerPixel()).isCloseTo(3.2, within(1e-9));
    }

    @Test
    void blankImageHasNoBar() {
        Image2D flat = new Image2D(256, 256, PixelType.UINT8, new float[256 * 256]);
        ScaleBarResult r = reader.read(flat);
        assertThat(r.found()).isFalse();
        assertThat(r.calibration().isCalibrated()).isFalse();
        assertThat(ScaleBarJson.fields(r)).containsEntry("found", false).containsEntry("source", "none")
                .containsEntry("value", null).containsEntry("nm_per_px", null);
    }

    @Test
    void withoutOcrTheBarIsStillMeasuredAndTheValueIsUnknown(@TempDir Path noModels) {
        String problem;
        try {
            TesseractOcr.open(noModels).close();
            throw new AssertionError("an empty folder has no eng.traineddata");
        } catch (OcrUnavailableException e) {
            problem = e.getMessage();
        }
        SyntheticScaleBarImage img = new ScaleBarImageGenerator(2).withBar(InstrumentStyle.TEM);
        ScaleBarTruth truth = img.truth().orElseThrow();
        try (ScaleBarReader noOcr = new ScaleBarReader(Optional.empty(), Optional.of(problem))) {
            ScaleBarResult r = noOcr.read(img.image());
            assertThat(r.found()).isTrue();
            assertThat(r.label()).isEmpty();
            assertThat(r.barLengthPx()).isCloseTo(truth.lengthPx(), within(0.1));
            assertThat(r.calibration().isCalibrated()).isFalse();
            assertThat(r.warnings()).singleElement().asString().contains("apt-get install tesseract-ocr");
            assertThat(ScaleBarJson.fields(r)).containsEntry("value", null).containsEntry("found", true);
        }
        assertThat(truth.shape()).isIn(BarShape.SOLID, BarShape.END_TICKS);
    }
}
