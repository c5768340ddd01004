package io.granula.core.calib;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {
    @Test
    void typedScalesFromOnePicometreToOneMetreAreAccepted() {
        assertThat(Calibration.parseUser("1 pm/px").nmPerPixel()).isCloseTo(1e-3, within(1e-15));
        assertThat(Calibration.parseUser("0.25 um/pixel").nmPerPixel()).isCloseTo(250, within(1e-9));
        assertThat(Calibration.parseUser("1 m/px").nmPerPixel()).isCloseTo(1e9, within(1e-3));
    }

    @Test
    void absurdScalesAreRefusedWithTheRange() {
        for (String absurd : new String[]{"1e300 nm/px", "1e-300 nm/px", "2 m/px", "0.5 pm/px"}) {
            assertThatThrownBy(() -> Calibration.parseUser(absurd))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside 1 pm/px to 1 m/px");
        }
    }
}
