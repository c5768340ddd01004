package io.granula.scalebar;

import io.granula.scalebar.synth.InstrumentStyle;
import io.granula.scalebar.synth.ScaleBarImageGenerator;
import io.granula.scalebar.synth.SyntheticScaleBarImage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With libtesseract out of reach (here: a JVM whose JNA is pointed at an empty library path, as on
 * a machine without the Debian package), reading a scale bar must not crash: the bar is measured,
 * the value is unknown, and the message says how to install Tesseract.
 */
class WithoutTesseractTest {

    /** Run in the child JVM: reads one generated TEM image and prints the result's fields. */
    public static void main(String[] args) {
        SyntheticScaleBarImage img = new ScaleBarImageGenerator(2).withBar(InstrumentStyle.TEM);
        try (ScaleBarReader reader = ScaleBarReader.open()) {
            ScaleBarResult r = reader.read(img.image());
            System.out.println("problem=" + reader.ocrProblem().orElse(""));
            System.out.println(String.format(Locale.ROOT, "found=%s value=%s length=%.3f truth=%.3f", r.found(),
                    r.label().map(Object::toString).orElse("unknown"), r.barLengthPx(), img.truth().orElseThrow().lengthPx()));
        }
    }

    @Test
    void theBarIsMeasuredAndTheMessageSaysHowToInstallTesseract() throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Djava.awt.headless=true",
                "-Djna.library.path=/nonexistent", "-Djna.platform.library.path=/nonexistent",
                "-cp", classpath, WithoutTesseractTest.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeFalse(out.contains("problem=\n") || out.contains("problem=\r"),
                "libtesseract still loads with an empty JNA path on this machine (an unversioned libtesseract.so is installed)");
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("libtesseract could not be loaded").contains("apt-get install tesseract-ocr tesseract-ocr-eng")
                .contains("found=true value=unknown").doesNotContain("Exception");
        String length = out.replaceAll("(?s).*length=([0-9.]+) truth=([0-9.]+).*", "$1 $2");
        String[] lt = length.split(" ");
        assertThat(Math.abs(Double.parseDouble(lt[0]) - Double.parseDouble(lt[1]))).isLessThan(0.1);
    }
}
