package io.granula.app.project;

import io.granula.core.image.Image2D;
import io.granula.core.image.ImageDocument;
import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.MeasurementUnits;
import io.granula.core.measure.ParticleTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

/**
 * A project: one SQLite file ({@code NAME.granula}) holding a whole study - images, samples, pixel sizes
 * with their history, analysis settings, the model's and the corrected masks, measurements, filters,
 * report choices and every edit. The command line and the GUI both use it; it imports no JavaFX and
 * nothing from {@code cli} or {@code gui}.
 *
 * <p>Every write is one transaction committed before the method returns. One process at a time writes
 * ({@link ProjectLock}); another one gets a read-only view and {@link #readOnlyReason()} says why.
 * Methods are synchronized: the store may be shared between a GUI thread and a worker.
 */
public final class ProjectStore implements AutoCloseable {
    /** {@link #putSetting} key of the particle filters (JSON). */
    public static final String FILTERS = "filters";
    /** {@link #putSetting} key of the report choices (JSON, as {@code report --report-settings} reads). */
    public static final String REPORT_CHOICES = "report";

    private final Path file;
    private final Connection conn;
    private final ProjectLock lock;
    private final String readOnlyReason;
    /** Open edit sessions, told of a new pixel size of their image; weak: a session needs no closing. */
    private final Set<EditSession> sessions = Collections.newSetFromMap(new WeakHashMap<>());

    private ProjectStore(Path file, Connection conn, ProjectLock lock, String readOnlyReason) {
        this.file = file;
        this.conn = conn;
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
    }

    /** Creates a new, empty project; refuses to overwrite an existing file. */
    public static ProjectStore create(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            throw new ProjectException(file + ": already exists; open it, or choose another name");
        }
        Path folder = abs.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ProjectException(file + ": folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new ProjectException(file + ": cannot create the project: folder " + folder + " is read-only");
        }
        ProjectLock lock = acquire(abs);
        if (lock == null) {
            throw new ProjectException(file + ": in use by " + ProjectLock.holder(abs));
        }
        Connection c = null;
        try {
            c = ProjectOpener.connect(abs, false);
            ProjectOpener.prepare(abs, c, false, true);
            return new ProjectStore(abs, c, lock, null);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            lock.close();
            deleteQuietly(abs);
            throw e instanceof SQLException se ? SqlFailures.of(file, "creating the project", se) : (RuntimeException) e;
        }
    }

    /**
     * Opens a project for writing, or read-only when another process has it open or the file or its
     * folder is read-only ({@link #readOnlyReason()} says which).
     *
     * @throws ProjectException when the file is missing, not a project, damaged, or from a newer Granula
     */
    public static ProjectStore open(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            throw new ProjectException(file + ": no such project file");
        }
        ProjectOpener.checkHeader(abs);
        String reason = null;
        ProjectLock lock = null;
        if (!Files.isWritable(abs) || !Files.isWritable(abs.getParent())) {
            reason = file + " is read-only (file or folder not writable): opened read-only, changes cannot be saved";
        } else {
            lock = acquire(abs);
            if (lock == null) {
                reason = file + " is in use by " + ProjectLock.holder(abs) + ": opened read-only";
            }
        }
        return connect(abs, file, lock, reason);
    }

    /** Opens a read-only view even when the project is free. */
    public static ProjectStore openReadOnly(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            throw new ProjectException(file + ": no such project file");
        }
        ProjectOpener.checkHeader(abs);
        return connect(abs, file, null, file + " opened read-only");
    }

    private static ProjectStore connect(Path abs, Path file, ProjectLock lock, String reason) {
        Connection c = null;
        try {
            c = ProjectOpener.connect(abs, lock == null);
            ProjectOpener.prepare(file, c, lock == null, false);
            return new ProjectStore(abs, c, lock, reason);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (lock != null) {
                lock.close();
            }
            throw e instanceof SQLException se ? SqlFailures.of(file, "opening the project", se) : (RuntimeException) e;
        }
    }

    private static ProjectLock acquire(Path abs) {
        try {
            return ProjectLock.tryAcquire(abs).orElse(null);
        } catch (IOException e) {
            throw new ProjectException(abs + ": cannot create its lock file: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The folder image paths are relative to. */
    public Path folder() {
        return file.getParent();
    }

    public boolean isReadOnly() {
        return lock == null;
    }

    /** Why this view is read-only (another process has the project, the file is read-only), if it is. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    // ---- samples

    /** The sample of that name, created when new. */
    public synchronized Sample ensureSample(String name) {
        return write("adding sample " + name, () -> Images.ensureSample(conn, name));
    }

    public synchronized List<Sample> samples() {
        return read("reading samples", () -> Images.samples(conn));
    }

    // ---- images

    /**
     * Adds an image (reads it once for its size and bit depth, hashes its bytes).
     *
     * @param sampleId 0 for none
     * @throws ProjectException when the image cannot be read
     */
    public synchronized ProjectImage addImage(Path image, String name, long sampleId) {
        ImageDocument doc;
        String sha;
        long size;
        try {
            doc = ImageReaders.read(image);
            sha = ImageFiles.sha256(image);
            size = Files.size(image);
        } catch (ImageReadException e) {
            throw new ProjectException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ProjectException(image + ": cannot read: " + e.getMessage(), e);
        }
        Image2D first = doc.firstPage();
        String stored = ImageFiles.stored(folder(), image);
        return write("adding image " + image, () -> Images.insert(conn, name, stored, sha, size, first, sampleId));
    }

    public synchronized List<ProjectImage> images() {
        return read("reading images", () -> Images.all(conn));
    }

    public synchronized Optional<ProjectImage> image(long id) {
        return read("reading images", () -> Images.byId(conn, id));
    }

    /** Where the image's file should be (absolute). */
    public Path resolve(ProjectImage image) {
        return ImageFiles.resolve(folder(), image.path());
    }

    /** Points an image at a new file (after relinking); the hash is not changed. */
    public synchronized void relocate(long imageId, Path newFile) {
        String stored = ImageFiles.stored(folder(), newFile);
        write("relinking image " + imageId, () -> Images.relocate(conn, imageId, stored));
    }

    /** Accepts an image's changed file as its new content (the user chose to re-analyse it). */
    public synchronized void acceptContent(long imageId, String sha256, long fileSize) {
        write("updating image " + imageId, () -> Images.acceptContent(conn, imageId, sha256, fileSize));
    }

    // ---- calibration

    /** Records a new pixel size (kept in the history) and rescales the image's stored measurements. */
    public synchronized CalibrationEntry setCalibration(long imageId, double nmPerPixel, CalibrationOrigin origin,
                                                       String detail) {
        CalibrationEntry saved = write("saving the pixel size",
                () -> CalibrationRows.add(conn, imageId, nmPerPixel, origin, detail, author()));
        // the image's open sessions measure the particles they touch from now on in the new units
        for (EditSession s : List.copyOf(sessions)) {
            if (s.imageId() == imageId) {
                s.calibrationChanged(saved.calibration());
            }
        }
        return saved;
    }

    /**
     * Converts the image's stored measurements to its current pixel size (after {@link #saveAnalysis} of
     * results measured under another one, e.g. when a typed pixel size is kept over the file's metadata).
     */
    public synchronized void applyCalibration(long imageId) {
        write("rescaling measurements", () -> {
            List<CalibrationEntry> all = CalibrationRows.history(conn, imageId);
            if (!all.isEmpty()) {
                Measurements.rescale(conn, imageId,
                        MeasurementUnits.forCalibration(all.get(all.size() - 1).calibration()));
            }
            return null;
        });
    }

    /** The current pixel size, if one was ever set. */
    public synchronized Optional<CalibrationEntry> calibration(long imageId) {
        List<CalibrationEntry> all = calibrationHistory(imageId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every pixel size the image had, oldest first. */
    public synchronized List<CalibrationEntry> calibrationHistory(long imageId) {
        return read("reading the pixel size", () -> CalibrationRows.history(conn, imageId));
    }

    // ---- analysis

    /** Stores settings (or finds the stored ones with the same {@link AnalysisSettingsRecord#key()}). */
    public synchronized AnalysisSettingsRecord saveSettings(AnalysisSettingsRecord s) {
        return write("saving analysis settings", () -> Analyses.saveSettings(conn, s));
    }

    public synchronized Optional<AnalysisSettingsRecord> settings(long id) {
        return read("reading analysis settings", () -> Analyses.settings(conn, id));
    }

    public synchronized Optional<ImageAnalysisRecord> analysis(long imageId) {
        return read("reading the analysis", () -> Analyses.analysis(conn, imageId));
    }

    /**
     * Stores an image's analysis in one transaction: the model's masks (also as the current masks), the
     * measurements, and the record. Earlier edits of the image no longer apply and become discarded.
     */
    public synchronized void saveAnalysis(ImageAnalysisRecord record, LabelImage labels, ParticleTable particles) {
        write("saving the analysis of image " + record.imageId(), () -> {
            Analyses.save(conn, record);
            MaskTiles.writeAll(conn, record.imageId(), MaskKind.MODEL, labels);
            MaskTiles.writeAll(conn, record.imageId(), MaskKind.CURRENT, labels);
            Measurements.replaceAll(conn, record.imageId(), ParticleRows.of(particles), particles.units());
            Edits.discardAll(conn, record.imageId());
            return null;
        });
    }

    public synchronized Optional<LabelImage> masks(long imageId, MaskKind kind) {
        return read("reading masks", () -> {
            ProjectImage img = Images.byId(conn, imageId).orElseThrow(() -> new ProjectException(file + ": no image " + imageId));
            try {
                return Optional.ofNullable(MaskTiles.read(conn, imageId, kind, img.width(), img.height()));
            } catch (IllegalStateException e) {
                throw new ProjectException(file + ": masks of " + img.name() + " are damaged: " + e.getMessage(), e);
            }
        });
    }

    /** The current measurements, in label order. */
    public synchronized List<ParticleRow> particles(long imageId) {
        return read("reading measurements", () -> Measurements.rows(conn, imageId));
    }

    public synchronized int particleCount(long imageId) {
        return read("reading measurements", () -> Measurements.count(conn, imageId));
    }

    /** Units of the stored measurements (pixels until the image is calibrated). */
    public synchronized MeasurementUnits units(long imageId) {
        return read("reading measurements", () -> Measurements.units(conn, imageId));
    }

    // ---- edits

    /**
     * Starts editing an image's current masks.
     *
     * @param intensity the image, for the intensity measurements of touched particles; null when the file
     *                  is missing (those columns become NaN for re-measured particles)
     */
    public synchronized EditSession edit(long imageId, Image2D intensity) {
        if (isReadOnly()) {
            throw new ProjectException(readOnlyReason);
        }
        LabelImage current = masks(imageId, MaskKind.CURRENT)
                .orElseThrow(() -> new ProjectException(file + ": image " + imageId + " has not been analysed yet"));
        EditSession session = new EditSession(this, imageId, current, intensity,
                calibration(imageId).map(CalibrationEntry::calibration).orElse(io.granula.core.calib.Calibration.none()));
        sessions.add(session);
        return session;
    }

    /** The image's edits, oldest first (all states: the audit trail). */
    public synchronized List<EditRecord> edits(long imageId) {
        return read("reading edits", () -> Edits.list(conn, imageId));
    }

    /** Number of applied edits over all images. */
    public synchronized int appliedEditCount() {
        return read("reading edits", () -> Edits.appliedCount(conn));
    }

    record StoredEdit(EditRecord record, int[] before, int[] after) {
    }

    synchronized Optional<StoredEdit> lastEdit(long imageId, EditRecord.State state, boolean first) {
        return read("reading edits", () -> Edits.find(conn, imageId, state, first));
    }

    synchronized EditRecord commitEdit(long imageId, String kind, List<Integer> touched, EditPatch patch, int[] before,
                                       LabelImage labels, List<ParticleRow> changed, List<Integer> removed) {
        return write("saving an edit", () -> {
            EditRecord rec = Edits.insert(conn, imageId, kind, author(), touched, patch, before);
            MaskTiles.write(conn, imageId, MaskKind.CURRENT, labels, patch.x(), patch.y(), patch.width(), patch.height());
            Measurements.update(conn, imageId, changed, removed);
            return rec;
        });
    }

    synchronized EditRecord commitState(EditRecord edit, EditRecord.State state, LabelImage labels,
                                        List<ParticleRow> changed, List<Integer> removed) {
        return write("saving an undo", () -> {
            EditRecord rec = Edits.setState(conn, edit, state);
            MaskTiles.write(conn, edit.imageId(), MaskKind.CURRENT, labels, edit.x(), edit.y(), edit.width(), edit.height());
            Measurements.update(conn, edit.imageId(), changed, removed);
            return rec;
        });
    }

    // ---- project-wide choices

    /** Stores a JSON document under a key ({@link #FILTERS}, {@link #REPORT_CHOICES}). */
    public synchronized void putSetting(String key, String json) {
        write("saving " + key, () -> Settings.put(conn, key, json));
    }

    public synchronized Optional<String> setting(String key) {
        return read("reading " + key, () -> Settings.get(conn, key));
    }

    // ---- checks

    public synchronized int schemaVersion() {
        return read("reading the version", () -> {
            try (var s = conn.createStatement()) {
                return Integer.parseInt(ProjectOpener.single(s, "PRAGMA user_version"));
            }
        });
    }

    /** {@code PRAGMA integrity_check}: "ok", or what is wrong. */
    public synchronized String integrityCheck() {
        return read("checking the file", () -> {
            try (var s = conn.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                List<String> lines = new ArrayList<>();
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
                return String.join("; ", lines);
            }
        });
    }

    @Override
    public synchronized void close() {
        closeQuietly(conn);
        if (lock != null) {
            lock.close();
        }
    }

    static String author() {
        return System.getProperty("user.name", "unknown");
    }

    static String joinIds(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> splitIds(String s) {
        return s.isEmpty() ? List.of() : Arrays.stream(s.split(",")).map(Integer::valueOf).toList();
    }

    // ---- transactions

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T read(String action, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw SqlFailures.of(file, action, e);
        }
    }

    private <T> T write(String action, Work<T> work) {
        if (isReadOnly()) {
            throw new ProjectException(readOnlyReason);
        }
        try {
            conn.setAutoCommit(false);
            T result = work.run();
            conn.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqlFailures.of(file, action, e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            restoreAutoCommit();
        }
    }

    /** After SQLITE_FULL or an I/O error SQLite may already have rolled back; the first error is what counts. */
    private void restoreAutoCommit() {
        try {
            conn.setAutoCommit(true);
        } catch (SQLException ignored) {
            // no transaction left to end
        }
    }

    private void rollbackQuietly() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the transaction is gone with the error already
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing left to save
            }
        }
    }

    private static void deleteQuietly(Path p) {
        for (String suffix : new String[]{"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(p.resolveSibling(p.getFileName() + suffix));
            } catch (IOException ignored) {
                // a half-made new file that could not be removed is reported by the next open
            }
        }
    }
}
