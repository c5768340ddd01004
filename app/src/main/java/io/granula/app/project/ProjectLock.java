package io.granula.app.project;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may write a project: the process holding an OS lock on {@code NAME.granula.lock} next to it.
 *
 * <p>Why an OS file lock ({@code fcntl} through {@link FileChannel#tryLock()}) and not SQLite's
 * {@code locking_mode=EXCLUSIVE} or a lock row with a heartbeat: the kernel drops the lock the moment the
 * holder dies (crash, SIGKILL, power loss), so there is nothing stale to clean up and no heartbeat
 * interval to tune, while readers can still open the database read-only (SQLite's exclusive mode in WAL
 * would shut them out). The file's text (PID, host, time) only serves the message a second process prints.
 * Within one JVM the kernel cannot tell two opens apart (POSIX locks belong to the process, and closing
 * any descriptor of the file would drop them), so this class also keeps the paths it holds in memory.
 */
final class ProjectLock implements AutoCloseable {
    private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path project) {
        return project.resolveSibling(project.getFileName() + ".lock");
    }

    /** The lock, or empty when another process (or another store in this one) holds it. */
    static Optional<ProjectLock> tryAcquire(Path project) throws IOException {
        Path lockFile = lockFileOf(project).toAbsolutePath().normalize();
        String me = describeMe();
        if (HELD_HERE.putIfAbsent(lockFile, me) != null) {
            return Optional.empty();
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock == null) {
                ch.close();
                HELD_HERE.remove(lockFile);
                return Optional.empty();
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return Optional.of(new ProjectLock(lockFile, ch, lock));
        } catch (OverlappingFileLockException e) {
            HELD_HERE.remove(lockFile);
            if (ch != null) {
                ch.close();
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(lockFile);
            if (ch != null) {
                ch.close();
            }
            throw e;
        }
    }

    /** Who holds the lock, as its file says ("PID 1234 on host lab-pc since ..."), for the read-only message. */
    static String holder(Path project) {
        Path lockFile = lockFileOf(project).toAbsolutePath().normalize();
        String here = HELD_HERE.get(lockFile);
        if (here != null) {
            return here + " (this program)";
        }
        try {
            String text = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? "another program" : text;
        } catch (IOException e) {
            return "another program";
        }
    }

    private static String describeMe() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        long pid = ProcessHandle.current().pid();
        return "PID " + pid + " on " + host + " (user " + System.getProperty("user.name") + ") since "
                + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + " [" + ManagementFactory.getRuntimeMXBean().getVmName() + "]";
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the kernel drops the lock with the descriptor anyway
        } finally {
            HELD_HERE.remove(lockFile);
        }
    }
}
