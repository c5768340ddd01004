package io.granula.app.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes and the stored form of image paths. */
final class ImageFiles {
    private ImageFiles() {
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Relative to the project's folder ('/' separators) when the image lies under it, so a study folder
     * can move or be copied whole; absolute otherwise (a relative path climbing out of the folder would
     * break as soon as the project file is moved alone).
     */
    static String stored(Path projectFolder, Path image) {
        Path abs = image.toAbsolutePath().normalize();
        Path folder = projectFolder.toAbsolutePath().normalize();
        if (abs.startsWith(folder)) {
            return folder.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }

    static boolean isRelative(String stored) {
        return !Path.of(stored).isAbsolute();
    }

    static Path resolve(Path projectFolder, String stored) {
        Path p = Path.of(stored);
        return p.isAbsolute() ? p : projectFolder.toAbsolutePath().normalize().resolve(p).normalize();
    }
}
