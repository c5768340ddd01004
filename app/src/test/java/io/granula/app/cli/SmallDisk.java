package io.granula.app.cli;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real small (or read-only) file system for full-disk and unwritable-folder tests: a tmpfs mounted
 * at a fresh folder, unmounted on close. Mounting needs root; elsewhere the test is skipped with a
 * message that says so.
 */
final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** A tmpfs of {@code kib} KiB at {@code parent/name}; {@code readOnly} mounts it read-only. */
    static SmallDisk mount(Path parent, String name, int kib, boolean readOnly) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(parent.resolve(name));
        String options = "size=" + kib + "k" + (readOnly ? ",ro" : "");
        int code = exec(List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString()));
        Assumptions.assumeTrue(code == 0, "cannot mount a " + kib + " KiB tmpfs here (needs root): full-disk case skipped");
        return new SmallDisk(dir);
    }

    Path path() {
        return mountPoint;
    }

    /** Fills the disk, leaving about {@code freeBytes} free (tmpfs allocates whole pages). */
    void fillLeaving(long freeBytes) throws IOException {
        long free = Files.getFileStore(mountPoint).getUsableSpace();
        Files.write(mountPoint.resolve("filler.bin"), new byte[(int) Math.max(0, free - freeBytes)]);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        exec(List.of("umount", mountPoint.toString()));
    }

    private static int exec(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return -1;
        }
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
