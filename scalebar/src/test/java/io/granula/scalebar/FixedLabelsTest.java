package io.granula.scalebar;

import io.granula.core.image.Image2D;
import io.granula.scalebar.text.Tesseract;
import io.granula.scalebar.text.TesseractSimd;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Exact readings, through the whole reader, of clean labels (large anti-aliased DejaVu text over a
 * solid bar on a dark strip) and of one no label reading can come from, under every Tesseract
 * dot-product code path this processor can run.
 * Which of the hard generated labels read differs between processors (issue 13: 294-297 of 300);
 * these must read the same everywhere. The accuracy on generated images is a benchmark:
 * {@code scripts/bench.sh scalebar-accuracy}.
 */
class FixedLabelsTest {
    private static final int BAR_X = 60;
    private static final int BAR_LENGTH = 150;

    /** Label text, font family, size, what it says. */
    private static final List<String[]> LABELS = List.of(
            new String[]{"200 nm", "DejaVu Sans", "22", "200 nm"},
            new String[]{"500 nm", "DejaVu Serif", "22", "500 nm"},
            new String[]{"1 µm", "DejaVu Sans", "24", "1 µm"},
            new String[]{"50 µm", "DejaVu Sans", "22", "50 µm"},
            new String[]{"0.5 µm", "DejaVu Sans", "22", "0.5 µm"},
            new String[]{"10 nm", "DejaVu Sans Mono", "22", "10 nm"},
            new String[]{"2 mm", "DejaVu Sans", "22", "2 mm"},
            new String[]{"100 µm", "DejaVu Serif", "24", "100 µm"});

    static List<String> methods() {
        Tesseract.openOrSkip().close();
        return TesseractSimd.methods();
    }

    /** A dark 420 x 160 strip: the label, and below it a white bar 150 px long. */
    static Image2D scene(String text, String family, int size) {
        return TestImages.gray(TestImages.draw(TestImages.canvas(420, 160, 15), g -> {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.setFont(new Font(family, Font.PLAIN, size));
            g.drawString(text, BAR_X + 10, 80);
            g.fillRect(BAR_X, 100, BAR_LENGTH, 5);
        }), 1, 7);
    }

    @ParameterizedTest(name = "dot product {0}")
    @MethodSource("methods")
    void everyCleanLabelReadsExactlyOnEveryCodePath(String method) throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> read = TesseractSimd.under(method, () -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (ScaleBarReader reader = new ScaleBarReader(Optional.of(Tesseract.openOrSkip()), Optional.empty())) {
                for (String[] l : LABELS) {
                    ScaleBarResult r = reader.read(scene(l[0], l[1], Integer.parseInt(l[2])));
                    out.put(l[0] + " in " + l[1], r.label().map(Object::toString).orElse("not read (raw '" + r.rawText() + "')")
                            + String.format(Locale.ROOT, " over %.2f px", r.barLengthPx()));
                }
            }
            return out;
        });
        for (String[] l : LABELS) {
            expected.put(l[0] + " in " + l[1], l[3] + String.format(Locale.ROOT, " over %.2f px", (double) BAR_LENGTH));
        }
        assertThat(read).isEqualTo(expected);
    }

    @ParameterizedTest(name = "dot product {0}")
    @MethodSource("methods")
    void aBarWithAnIllegibleLabelIsFoundMeasuredAndSaysItsLabelWasNotRead(String method) throws Exception {
        // shapes, not characters: a label field by its geometry, but nothing a label can be read from
        Image2D image = scene("\u25b2\u25c6\u25cf \u25a0\u25bc", "DejaVu Sans", 22);
        ScaleBarResult r = TesseractSimd.under(method, () -> {
            try (ScaleBarReader reader = new ScaleBarReader(Optional.of(Tesseract.openOrSkip()), Optional.empty())) {
                return reader.read(image);
            }
        });
        assertThat(r.found()).isTrue();
        assertThat(r.label()).isEmpty();
        assertThat(r.barLengthPx()).isCloseTo(BAR_LENGTH, within(0.05));
        assertThat(r.calibration().isCalibrated()).isFalse();
        assertThat(r.warnings()).singleElement().asString().contains("label could not be read").contains("--scale");
        assertThat(ScaleBarJson.fields(r)).containsEntry("found", true).containsEntry("value", null)
                .containsEntry("nm_per_px", null).containsEntry("source", "none");
    }
}
