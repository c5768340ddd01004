package io.granula.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every output file of Granula is written through here, so that nothing half-written ever carries
 * its final name (a full disk, a killed process, a power cut): the content goes to a temporary
 * name in the same folder ({@code .NAME.RANDOM.part}), is forced to disk ({@code fsync}), and is
 * then renamed over the target in one atomic step; the folder is synced so the rename survives a
 * power cut. This is the classic write-temp/fsync/rename protocol (POSIX rename(2) is atomic within
 * one file system; see also "Files are hard", Dan Luu 2015). On failure the temporary file is removed
 * and the target is left as it was.
 *
 * <p>The temporary file is created with the process's default permissions (0644 under the usual umask),
 * not with {@code Files.createTempFile}'s owner-only 0600, which the rename would carry to the output.
 */
public final class AtomicFiles {
    /** Writes the content to an open stream (closed by the caller of this interface, not by the writer). */
    @FunctionalInterface
    public interface StreamContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content to a file at the given (temporary) path, for writers that only take a path. */
    @FunctionalInterface
    public interface PathContent {
        void writeTo(Path temporary) throws IOException;
    }

    private static final String SUFFIX = ".part";

    private AtomicFiles() {
    }

    /** Writes {@code target} from a stream, atomically. */
    public static void write(Path target, StreamContent content) throws IOException {
        writeVia(target, tmp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))) {
                content.writeTo(out);
            }
        });
    }

    /** Writes {@code text} as UTF-8 to {@code target}, atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Writes {@code target} through a writer that takes a path (ImageIO, PDFBox, TIFF), atomically. */
    public static void writeVia(Path target, PathContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a folder; cannot write a file of that name");
        }
        Path tmp = dir.resolve("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + SUFFIX);
        Files.createFile(tmp);
        boolean moved = false;
        try {
            content.writeTo(tmp);
            force(tmp);
            move(tmp, absolute);
            moved = true;
            syncFolder(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Proves that files can be created in {@code dir} by creating and removing a probe file, as the
     * writes will: permission bits alone do not tell (root, ACLs, a read-only mount).
     */
    public static void checkWritable(Path dir) throws IOException {
        Path probe = dir.resolve(".granula-write-check."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + SUFFIX);
        Files.createFile(probe);
        Files.delete(probe);
    }

    /** True for a temporary file this class writes, so folder readers can ignore leftovers of a killed run. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(SUFFIX);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network file systems cannot rename atomically; the content is complete and synced anyway.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Best effort: Linux lets a folder be opened and synced; other systems may refuse, which loses nothing. */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename itself is done; only its durability across a power cut is left to the OS.
        }
    }
}
