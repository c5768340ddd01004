package io.granula.app.gui.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a document (the PDF report) in the desktop's own viewer: {@code xdg-open} on Linux, {@code open}
 * on macOS, {@code cmd /c start} on Windows. Called off the FX thread; a missing opener is reported, not
 * thrown, so the report stays where it was written and the window says where.
 */
public final class SystemOpener {
    private SystemOpener() {
    }

    /** @return null when the viewer was started, else why not */
    public static String open(Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("cmd", "/c", "start", "", file.toString())
                : os.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return null;
        } catch (IOException e) {
            return "cannot open it with " + command.get(0) + ": " + e.getMessage();
        }
    }
}
