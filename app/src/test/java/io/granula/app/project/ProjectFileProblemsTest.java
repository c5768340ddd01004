package io.granula.app.project;

import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Item 8 of issue 14: each bad project file gives one line naming the file, and the file is left as it was. */
class ProjectFileProblemsTest {
    @TempDir
    Path dir;

    @Test
    void textFileIsNotAProjectAndStaysUntouched() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.granula"), "these are my notes, not a database\n");
        byte[] before = Files.readAllBytes(f);
        assertThatThrownBy(() -> ProjectStore.open(f)).isInstanceOf(ProjectException.class)
                .hasMessage(f + ": not a Granula project (not an SQLite database)");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
    }

    @Test
    void otherProgramsSqliteDatabaseIsNotAProject() throws Exception {
        Path f = dir.resolve("other.granula");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        assertThatThrownBy(() -> ProjectStore.open(f)).hasMessageContaining(f.toString())
                .hasMessageContaining("not a Granula project");
    }

    @Test
    void truncatedProjectIsRefusedAndNotRewritten() throws IOException {
        Path f = bigProject();
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        byte[] before = Files.readAllBytes(f);
        assertThatThrownBy(() -> ProjectStore.open(f)).isInstanceOf(ProjectException.class)
                .hasMessageStartingWith(f + ": project file is truncated").hasMessageContaining("backup");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
    }

    @Test
    void corruptPagesAreReportedAsDamage() throws IOException {
        Path f = bigProject();
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            byte[] junk = new byte[8192];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            for (long at = 4096; at + junk.length < raf.length(); at += 3 * 4096) {
                raf.seek(at);
                raf.write(junk);
            }
        }
        assertThatThrownBy(() -> ProjectStore.open(f)).isInstanceOf(ProjectException.class)
                .hasMessageStartingWith(f + ": project file is damaged");
    }

    @Test
    void projectOfANewerSchemaIsRefusedAndNeverRewritten() throws Exception {
        Path f = dir.resolve("future.granula");
        ProjectStore.create(f).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Schema.CURRENT + 5));
        }
        byte[] before = Files.readAllBytes(f);
        assertThatThrownBy(() -> ProjectStore.open(f)).isInstanceOf(ProjectException.class)
                .hasMessage(f + ": made by a newer Granula (project format " + (Schema.CURRENT + 5)
                        + ", this version reads up to " + Schema.CURRENT + "); open it with that version - the file was not changed");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("future.granula-wal"))).isFalse();
    }

    @Test
    void olderSchemaIsMigratedForward() throws Exception {
        Path f = dir.resolve("old.granula");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            Schema.migrate(c, 0, 1); // a file as version 1 of this store wrote it
        }
        try (ProjectStore store = ProjectStore.open(f)) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.CURRENT);
            store.putSetting(ProjectStore.REPORT_CHOICES, "{}");
            assertThat(store.setting(ProjectStore.REPORT_CHOICES)).contains("{}");
        }
    }

    @Test
    void projectOnAReadOnlyDriveOpensReadOnlyWithItsResults() throws Exception {
        Path mount = tmpfs("4m");
        try {
            ProjectFixtures.analysedProject(mount).close();
            run("mount", "-o", "remount,ro", mount.toString());
            Path f = mount.resolve("study.granula");
            try (ProjectStore store = ProjectStore.open(f)) {
                assertThat(store.isReadOnly()).isTrue();
                assertThat(store.readOnlyReason()).contains(f + " is read-only (file or folder not writable): "
                        + "opened read-only, changes cannot be saved");
                assertThat(store.particleCount(store.images().get(0).id())).isEqualTo(12);
                assertThatThrownBy(() -> store.ensureSample("new")).isInstanceOf(ProjectException.class)
                        .hasMessageContaining("read-only");
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void fullDiskLosesOnlyTheChangeThatDidNotFitAndLeavesTheProjectIntact() throws Exception {
        Path mount = tmpfs("1m");
        try {
            Path f = mount.resolve("study.granula");
            ProjectFixtures.analysedProject(mount).close();
            Files.delete(mount.resolve("grains.png"));
            try (ProjectStore store = ProjectStore.open(f)) {
                ProjectImage img = store.images().get(0);
                // noise does not compress: a few of these fill the 1 MiB drive
                java.util.Random rnd = new java.util.Random(3);
                ProjectException full = null;
                for (int i = 0; i < 50 && full == null; i++) {
                    int[] noise = new int[img.width() * img.height()];
                    for (int k = 0; k < noise.length; k++) {
                        noise[k] = 1 + rnd.nextInt(1 << 30);
                    }
                    try {
                        store.edit(img.id(), null).apply(new EditOperation.ReplaceRegion(0, 0, img.width(), img.height(), noise));
                    } catch (ProjectException e) {
                        full = e;
                    }
                }
                assertThat(full).isNotNull();
                assertThat(full.getMessage()).startsWith(f + ": disk full while saving an edit")
                        .contains("free some space");
            }
            try (ProjectStore store = ProjectStore.open(f)) {
                assertThat(store.integrityCheck()).isEqualTo("ok");
                long id = store.images().get(0).id();
                LabelImage current = store.masks(id, MaskKind.CURRENT).orElseThrow();
                assertThat(current.width()).isEqualTo(160);
                assertThat(store.edits(id)).allMatch(e -> e.state() == EditRecord.State.APPLIED);
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    private Path bigProject() {
        Path sub = dir.resolve("p");
        try {
            Files.createDirectories(sub);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (ProjectStore store = ProjectFixtures.analysedProject(sub)) {
            EditSession s = store.edit(store.images().get(0).id(), null);
            for (int i = 0; i < 40; i++) {
                s.apply(new EditOperation.Create(Region.disc(10 + 3 * i, 20 + i, 4), true));
            }
        }
        return sub.resolve("study.granula");
    }

    /** A small tmpfs under the test's folder; the test is skipped where mounting is not allowed (not root). */
    private Path tmpfs(String size) throws Exception {
        Path mount = Files.createDirectories(dir.resolve("drive"));
        int rc = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString());
        assumeThat(rc).as("mounting a small tmpfs needs root; skipped").isZero();
        return mount;
    }

    private static int run(String... cmd) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
        } catch (IOException e) {
            return -1;
        }
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    static String text(Path f) throws IOException {
        return Files.readString(f, StandardCharsets.UTF_8);
    }
}
