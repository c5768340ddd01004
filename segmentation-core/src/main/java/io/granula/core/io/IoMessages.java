package io.granula.core.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an I/O failure means, in words, for user messages. Java's own messages often drop the cause:
 * an {@link AccessDeniedException} says only the file name ("cannot write X: X"), ImageIO says "I/O
 * error writing PNG file!" and keeps the "No space left on device" in its cause. This walks the cause
 * chain and names what happened ("permission denied", "no space left on device").
 */
public final class IoMessages {
    private IoMessages() {
    }

    /** The reason of {@code error} and of its causes, without file names already in the message around it. */
    public static String describe(Throwable error) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t = error; t != null && parts.size() < 4; t = t.getCause() == t ? null : t.getCause()) {
            String part = reason(t);
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        if (parts.isEmpty()) {
            return "unknown I/O error (" + error.getClass().getSimpleName() + ")";
        }
        return String.join(": ", parts);
    }

    private static String reason(Throwable t) {
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (t instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (t instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (t instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (t instanceof ReadOnlyFileSystemException) {
            return "read-only file system";
        }
        if (t instanceof FileSystemException f) {
            // Its message is "file: reason" or just "file"; only the reason says what happened.
            String reason = f.getReason();
            return reason == null ? "refused by the file system" : lower(reason);
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getCause() == null ? t.getClass().getSimpleName() : null;
        }
        return lower(message.lines().findFirst().orElse(message));
    }

    private static String lower(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
