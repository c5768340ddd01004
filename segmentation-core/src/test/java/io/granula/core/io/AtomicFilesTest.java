package io.granula.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {
    @TempDir
    Path tmp;

    private List<Path> folder() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.toList();
        }
    }

    @Test
    void failedWriteKeepsTheOldFileAndLeavesNoTemporary() throws IOException {
        Path target = tmp.resolve("particles.csv");
        Files.writeString(target, "old complete content\n");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("No space left on device");
        })).hasMessageContaining("No space left");

        assertThat(target).hasContent("old complete content");
        assertThat(folder()).containsExactly(target);
    }

    @Test
    void failedFirstWriteLeavesNothingUnderTheFinalName() {
        Path target = tmp.resolve("labels.tif");

        assertThatThrownBy(() -> AtomicFiles.writeVia(target, t -> {
            Files.write(t, new byte[100]);
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class);

        assertThat(target).doesNotExist();
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void writtenFileReplacesTheOldOneWithNormalPermissions() throws IOException {
        Path target = tmp.resolve("report.pdf");
        Files.writeString(target, "old");

        AtomicFiles.writeString(target, "new");

        assertThat(target).hasContent("new");
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
        // Files.createTempFile would give rw------- (0600); outputs must be readable like any other file.
        assertThat(perms).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        assertThat(folder()).containsExactly(target);
    }

    @Test
    void aFolderInTheWayIsNamed() throws IOException {
        Path target = Files.createDirectory(tmp.resolve("summary.csv"));

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "x")).hasMessageContaining("is a folder");
    }

    @Test
    void leftoverTemporariesAreRecognised() {
        assertThat(AtomicFiles.isTemporary(Path.of("/r/.labels.tif.1f3a.part"))).isTrue();
        assertThat(AtomicFiles.isTemporary(Path.of("/r/labels.tif"))).isFalse();
    }

    @Test
    void messagesSayWhatHappenedInWords() throws IOException {
        assertThat(IoMessages.describe(new AccessDeniedException("/out/x.csv"))).isEqualTo("permission denied");
        assertThat(IoMessages.describe(new FileSystemException("/proc/x", null, "No such device")))
                .isEqualTo("no such device");
        assertThat(IoMessages.describe(new javax.imageio.IIOException("I/O error writing PNG file!",
                new IOException("No space left on device")))).endsWith("no space left on device");
        Path readOnly = Files.createDirectory(tmp.resolve("ro"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        // As root the permission bits do not stop a write; the message test above covers the wording then.
        if (!Files.isWritable(readOnly)) {
            assertThatThrownBy(() -> AtomicFiles.writeString(readOnly.resolve("a.csv"), "x"))
                    .satisfies(e -> assertThat(IoMessages.describe(e)).isEqualTo("permission denied"));
        }
    }
}
