package io.granula.app.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Item 6 of issue 14: a second process gets a clear message and a read-only view; nothing is corrupted. */
class ProjectConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void secondProcessGetsAReadOnlyViewNamingTheHolder() throws Exception {
        try (ProjectStore first = ProjectFixtures.analysedProject(dir)) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                    dir.resolve("study.granula").toString(), "1").redirectErrorStream(true).start();
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(out).startsWith("readonly " + dir.resolve("study.granula") + " is in use by PID "
                    + ProcessHandle.current().pid() + " on ").endsWith(": opened read-only");
            assertThat(first.integrityCheck()).isEqualTo("ok");
            assertThat(first.isReadOnly()).isFalse();
        }
    }

    @Test
    void secondStoreInTheSameProcessIsReadOnlyButSeesCommittedEdits() {
        try (ProjectStore first = ProjectFixtures.analysedProject(dir)) {
            long id = first.images().get(0).id();
            try (ProjectStore second = ProjectStore.open(dir.resolve("study.granula"))) {
                assertThat(second.isReadOnly()).isTrue();
                assertThat(second.readOnlyReason().orElseThrow()).contains("is in use by PID");
                assertThatThrownBy(() -> second.edit(id, null)).isInstanceOf(ProjectException.class);
                first.edit(id, null).apply(new EditOperation.Delete(List.of(1)));
                assertThat(second.particleCount(id)).isEqualTo(11);
            }
            assertThat(first.integrityCheck()).isEqualTo("ok");
        }
        try (ProjectStore again = ProjectStore.open(dir.resolve("study.granula"))) {
            assertThat(again.isReadOnly()).as("the lock went with the first store").isFalse();
        }
    }
}
