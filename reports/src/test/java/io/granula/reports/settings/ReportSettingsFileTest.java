package io.granula.reports.settings;

import io.granula.reports.ReportException;
import io.granula.reports.layout.PageSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportSettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileGivesTheDefaults() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{}");
        assertThat(ReportSettingsFile.read(f)).isEqualTo(ReportSettings.defaults());
    }

    @Test
    void roundTripsEveryChoice() {
        ReportSettings s = new ReportSettings("Lot 42", "Silica", "A. Smith", "Dispersed in ethanol.", "/tmp/logo.png",
                PageSize.LETTER, List.of("feret", "solidity"), EnumSet.of(ChartKind.BOX, ChartKind.SCATTER),
                "feret", "solidity", List.of(new RangeFilter("ecd", 10.0, null)), true,
                List.of(new SampleSpec("A", "a_*")), 5, 30);
        Path f = dir.resolve("s.json");
        ReportSettingsFile.write(f, s);
        assertThat(ReportSettingsFile.read(f)).isEqualTo(s);
    }

    @Test
    void acceptsLowerCaseEnumsAndResolvesTheLogoNextToTheFile() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"pageSize\": \"letter\", \"charts\": [\"box\"], \"logo\": \"logo.png\"}");
        ReportSettings s = ReportSettingsFile.read(f);
        assertThat(s.pageSize()).isEqualTo(PageSize.LETTER);
        assertThat(s.charts()).containsExactly(ChartKind.BOX);
        assertThat(s.logo()).isEqualTo(dir.resolve("logo.png").toAbsolutePath().toString());
    }

    @Test
    void aMisspeltKeyIsAnErrorNamingFileAndKey() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\n  \"measurments\": [\"feret\"]\n}");
        assertThatThrownBy(() -> ReportSettingsFile.read(f))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("measurments")
                .hasMessageContaining("(at measurments)");
    }

    @Test
    void anInvalidValueSaysWhatIsWrong() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"filters\": [{\"measurement\": \"ecd\", \"min\": 5, \"max\": 1}]}");
        assertThatThrownBy(() -> ReportSettingsFile.read(f))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("min 5.0 > max 1.0").hasMessageContaining("filters[0]");
        Files.writeString(f, "{\"title\": \"x\",\n \"pageSize\": }");
        assertThatThrownBy(() -> ReportSettingsFile.read(f)).hasMessageContaining("line 2");
        assertThatThrownBy(() -> ReportSettingsFile.read(dir.resolve("absent.json")))
                .isInstanceOf(ReportException.class).hasMessageContaining("not found");
    }

    @Test
    void anUnknownMeasurementIsNamedWithTheValidOnes() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"measurements\": [\"feret\", \"roundness2\"]}");
        assertThatThrownBy(() -> ReportSettingsFile.read(f))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("roundness2").hasMessageContaining("min_feret");
    }

    @Test
    void samplesParseFromTheCommandLine() {
        assertThat(SampleSpec.parse("batch A=a_*")).isEqualTo(new SampleSpec("batch A", "a_*"));
        assertThatThrownBy(() -> SampleSpec.parse("nameonly")).hasMessageContaining("NAME=GLOB");
    }
}
