package io.granula.app.gui.session;

import io.granula.app.gui.panels.CalibrationPanel;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScaleBarMarkTest {

    private static Map<String, Object> details(Object value, Object unit, Object length, boolean needsConfirmation) {
        Map<String, Object> d = new HashMap<>();
        d.put("found", true);
        d.put("value", value);
        d.put("unit", unit);
        d.put("bar_length_px", length);
        d.put("bar", Map.of("x0", 10.0, "x1", 121.0, "y0", 500.0, "y1", 504.0));
        d.put("text", Map.of("raw", "10 mm", "x0", 40, "y0", 480, "x1", 90, "y1", 496));
        d.put("confidence", 0.32);
        d.put("warnings", List.of("implausible"));
        d.put("needs_confirmation", needsConfirmation);
        return d;
    }

    @Test
    void anUntrustedReadingKeepsItsOwnPixelSizeForTheUserToConfirm() {
        ScaleBarMark mark = ScaleBarMark.fromDetails(details(10, "mm", 111.0, true)).orElseThrow();

        assertThat(mark.needsConfirmation()).isTrue();
        assertThat(mark.confidence()).isEqualTo(0.32);
        assertThat(mark.readNmPerPixel()).isCloseTo(10e6 / 111.0, within(1e-6));
        assertThat(mark.text()).isEqualTo("10 mm");
        assertThat(CalibrationPanel.unconfirmedText(mark)).contains("\"10 mm\"", "90090 nm/px", "0.32", "not used");
    }

    @Test
    void aBarWithoutAReadLabelHasNoPixelSizeToOffer() {
        ScaleBarMark mark = ScaleBarMark.fromDetails(details(null, null, 111.0, false)).orElseThrow();

        assertThat(mark.readNmPerPixel()).isNaN();
        assertThat(mark.needsConfirmation()).isFalse();
    }

    @Test
    void resultsFromBeforeTheConfirmationFieldReadAsTrusted() {
        Map<String, Object> old = details(500, "nm", 100.0, false);
        old.remove("needs_confirmation");
        old.remove("confidence");

        ScaleBarMark mark = ScaleBarMark.fromDetails(old).orElseThrow();

        assertThat(mark.needsConfirmation()).isFalse();
        assertThat(mark.readNmPerPixel()).isEqualTo(5.0);
    }

    @Test
    void noBarNoMark() {
        assertThat(ScaleBarMark.fromDetails(Map.of("found", false))).isEmpty();
    }
}
