package io.granula.app.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Item 4 of issue 14: a child JVM ({@link CrashWriter}) writes edits and analyses in a loop and is killed
 * with SIGKILL ({@link Process#destroyForcibly()} on Linux) at seeded random moments, 100 times. After each
 * kill the project opens, {@code PRAGMA integrity_check} says ok, and every edit the child reported as
 * committed is in the file.
 */
class CrashSafetyTest {
    private static final int KILLS = 100;

    @TempDir
    Path dir;

    @Test
    void killedWriterNeverLosesACommittedEditNorDamagesTheFile() throws Exception {
        Path project = dir.resolve("study.granula");
        ProjectFixtures.analysedProject(dir).close();
        List<String> sqliteLib = extractSqliteLibrary();
        Random rnd = new Random(20240514L);
        int confirmed = 0;
        for (int k = 0; k < KILLS; k++) {
            List<String> lines = new ArrayList<>();
            CountDownLatch ready = new CountDownLatch(1);
            Process child = new ProcessBuilder(javaCommand(sqliteLib, project, rnd.nextLong())).redirectErrorStream(true).start();
            Thread reader = new Thread(() -> collect(child, lines, ready));
            reader.start();
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("child %d committed a first edit: %s", k, lines).isTrue();
            Thread.sleep(rnd.nextInt(100));
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            List<Long> committed;
            synchronized (lines) {
                assertThat(lines).as("child %d output", k).first().isEqualTo("ready");
                committed = lines.stream().filter(l -> l.startsWith("edit ")).map(l -> Long.parseLong(l.substring(5))).toList();
            }
            try (ProjectStore store = ProjectStore.open(project)) {
                assertThat(store.isReadOnly()).as("the killed child's lock is gone").isFalse();
                assertThat(store.integrityCheck()).isEqualTo("ok");
                long imageId = store.images().get(0).id();
                Set<Long> stored = store.edits(imageId).stream().map(EditRecord::id).collect(Collectors.toSet());
                assertThat(stored).as("after kill %d", k).containsAll(committed);
                assertThat(store.masks(imageId, MaskKind.CURRENT)).isPresent();
            }
            confirmed += committed.size();
        }
        assertThat(confirmed).as("the children committed edits before being killed").isGreaterThanOrEqualTo(KILLS);
    }

    private static void collect(Process child, List<String> lines, CountDownLatch ready) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                }
                // killed only once it has committed something, so every kill tests a confirmed edit
                if (line.startsWith("edit ") || line.startsWith("readonly")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the child was killed mid-line: the partial line is not a confirmed commit
        }
        ready.countDown();
    }

    private static List<String> javaCommand(List<String> sqliteLib, Path project, long seed) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m"));
        cmd.addAll(sqliteLib);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                project.toString(), Long.toString(seed)));
        return cmd;
    }

    /**
     * sqlite-jdbc unpacks its native library on every start; unpacked once here, the 100 children load it
     * directly (org.sqlite.lib.path/name), which keeps the test's time on the kills, not on start-ups.
     */
    private List<String> extractSqliteLibrary() throws IOException {
        String resource = "/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so";
        try (var in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null || !System.getProperty("os.name").startsWith("Linux")
                    || !"amd64".equals(System.getProperty("os.arch"))) {
                return List.of();
            }
            Path lib = Files.createDirectories(dir.resolve("native")).resolve("libsqlitejdbc.so");
            Files.copy(in, lib);
            return List.of("-Dorg.sqlite.lib.path=" + lib.getParent(), "-Dorg.sqlite.lib.name=libsqlitejdbc.so");
        }
    }
}
