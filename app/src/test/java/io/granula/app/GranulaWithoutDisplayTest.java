package io.granula.app;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./granula} with no arguments and no display: one line, exit 2, no stack trace (issue 13). */
class GranulaWithoutDisplayTest {

    /** Runs Granula's main in a fresh JVM with {@code display} set (null: unset) and WAYLAND_DISPLAY unset. */
    private static Result runMain(String display) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        File err = File.createTempFile("granula-err", ".txt");
        err.deleteOnExit();
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-cp", classpath, Granula.class.getName()))
                .redirectError(err);
        Map<String, String> env = pb.environment();
        env.remove("WAYLAND_DISPLAY");
        env.remove("DISPLAY");
        if (display != null) {
            env.put("DISPLAY", display);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, Files.readString(err.toPath()));
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    @Test
    void withoutDisplayItPrintsOneLineAndExitsWithTwo() throws Exception {
        Result r = runMain(null);
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr().lines()).singleElement().asString()
                .startsWith("granula: the window needs a display").contains("analyze").contains("report");
    }

    @Test
    void withADisplayNobodyServesItSaysWhichAndExitsWithTwo() throws Exception {
        Result r = runMain(":4093");
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
        assertThat(r.stderr().lines()).singleElement().asString().contains("DISPLAY=:4093 cannot be reached");
    }
}
