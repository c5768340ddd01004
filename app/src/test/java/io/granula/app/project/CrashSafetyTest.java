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
 * committed is in the file. Each child warms up before it is needed and waits ({@code standby}), so the next
 * one starts while the current one writes: 100 killed processes without 100 JVM start-ups in a row.
 */
class CrashSafetyTest {
    private static final int KILLS = 100;

    @TempDir
    Path dir;

    @Test
    void killedWriterNeverLosesACommittedEditNorDamagesTheFile() throws Exception {
        Path project = dir.resolve("study.granula");
        ProjectFixtures.analysedProject(dir).close();
        List<String> sqliteLib = new ArrayList<>(extractSqliteLibrary());
        sqliteLib.addAll(classDataArchive(sqliteLib, project));
        Random rnd = new Random(20240514L);
        int confirmed = 0;
        Standby next = Standby.start(javaCommand(sqliteLib, project, rnd.nextLong()));
        for (int k = 0; k < KILLS; k++) {
            Standby current = next;
            assertThat(current.warm.await(120, TimeUnit.SECONDS)).as("child %d warmed up: %s", k, current.lines).isTrue();
            next = k + 1 < KILLS ? Standby.start(javaCommand(sqliteLib, project, rnd.nextLong())) : null;
            current.go();
            Process child = current.process;
            List<String> lines = current.lines;
            assertThat(current.ready.await(60, TimeUnit.SECONDS)).as("child %d committed a first edit: %s", k, lines).isTrue();
            Thread.sleep(rnd.nextInt(100));
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            current.reader.join(10_000);
            List<Long> committed;
            synchronized (lines) {
                assertThat(lines).as("child %d output", k).startsWith("standby", "ready");
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

    /** A child started ahead, warming up until {@link #go()}. */
    private static final class Standby {
        final Process process;
        final List<String> lines = new ArrayList<>();
        final CountDownLatch warm = new CountDownLatch(1);
        final CountDownLatch ready = new CountDownLatch(1);
        final Thread reader;

        private Standby(Process process) {
            this.process = process;
            this.reader = new Thread(this::collect);
            reader.start();
        }

        static Standby start(List<String> command) throws IOException {
            return new Standby(new ProcessBuilder(command).redirectErrorStream(true).start());
        }

        void go() throws IOException {
            process.getOutputStream().write('\n');
            process.getOutputStream().flush();
        }

        private void collect() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.equals("standby")) {
                        warm.countDown();
                    }
                    // killed only once it has committed something, so every kill tests a confirmed edit
                    if (line.startsWith("edit ") || line.startsWith("readonly")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // the child was killed mid-line: the partial line is not a confirmed commit
            }
            warm.countDown();
            ready.countDown();
        }
    }

    /** The children's class path: the test's, with class folders packed as jars once CDS needs them so. */
    private String classPath = System.getProperty("java.class.path");

    /**
     * An AppCDS archive of the classes a child loads (JDK 13+ dynamic archive, recorded by one child that
     * exits normally): the 100 children map them instead of loading and verifying them, about a quarter less
     * CPU each. CDS takes only jars, so the class folders of the class path are packed first. On any failure
     * the children simply start without it ({@code -Xshare:auto}).
     */
    private List<String> classDataArchive(List<String> sqliteLib, Path project) throws Exception {
        Path jars = Files.createDirectories(dir.resolve("cds"));
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(e);
            entries.add(Files.isDirectory(p) ? jar(p, jars.resolve(entries.size() + ".jar")).toString() : e);
        }
        classPath = String.join(java.io.File.pathSeparator, entries);
        Path archive = jars.resolve("children.jsa");
        Path scratch = Files.createDirectories(dir.resolve("cds-run"));
        ProjectFixtures.analysedProject(scratch).close();
        List<String> cmd = new ArrayList<>(javaCommand(sqliteLib, scratch.resolve("study.granula"), 1));
        cmd.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isRegularFile(archive)
                ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar)); var walk = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private List<String> javaCommand(List<String> sqliteLib, Path project, long seed) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m", "-Dstandby=true"));
        cmd.addAll(sqliteLib);
        cmd.addAll(List.of("-cp", classPath, CrashWriter.class.getName(),
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
