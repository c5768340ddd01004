package io.granula.app.gui;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a window can open here, asked before JavaFX starts: without a display JavaFX dies with a
 * stack trace ("Unable to open DISPLAY"), where a user needs one line saying what to do instead.
 * Every command that opens a window ({@code ./granula}, {@code demo}, {@code open}) calls
 * {@link #whyNoWindow()} first and exits with 2 after printing the line.
 *
 * <p>Only Linux (and other X11 systems) is checked: there a window needs {@code DISPLAY} (X11, also
 * XWayland) or {@code WAYLAND_DISPLAY}, and an X server that answers. JavaFX's headless Monocle
 * platform ({@code -Dglass.platform=Monocle}, the GUI tests) needs neither.
 */
public final class DisplayCheck {
    /** The commands that work without a display (keep in step with GranulaCommand's subcommands). */
    public static final String HEADLESS_COMMANDS = "analyze, masks, scalebar, measure, evaluate, synth, train, report, project";

    /** {@code [host]:display[.screen]}, as X11 reads DISPLAY (X(7), "DISPLAY NAMES"). */
    private static final Pattern X_DISPLAY = Pattern.compile("^(?<host>[^:]*):(?<n>\\d+)(\\.\\d+)?$");
    private static final Path X_SOCKETS = Path.of("/tmp/.X11-unix");
    private static final int X_TCP_BASE = 6000;
    private static final int CONNECT_TIMEOUT_MS = 1000;

    private DisplayCheck() {
    }

    /**
     * Why the window cannot open in this process's environment, as the one line to print (then exit
     * with 2); empty where it can open.
     */
    public static Optional<String> whyNoWindow() {
        return whyNoWindow(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"),
                display -> xServerReachable(display, X_SOCKETS));
    }

    static Optional<String> whyNoWindow(Map<String, String> env, String osName, String glassPlatform,
                                        Predicate<String> xServerReachable) {
        String os = osName.toLowerCase(Locale.ROOT);
        if ("Monocle".equalsIgnoreCase(glassPlatform) || os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.empty();
        }
        String display = env.getOrDefault("DISPLAY", "").trim();
        String wayland = env.getOrDefault("WAYLAND_DISPLAY", "").trim();
        if (display.isEmpty() && wayland.isEmpty()) {
            return Optional.of(line("no display here (neither DISPLAY nor WAYLAND_DISPLAY is set)"));
        }
        if (!display.isEmpty() && wayland.isEmpty() && !xServerReachable.test(display)) {
            return Optional.of(line("the X server of DISPLAY=" + display + " cannot be reached"));
        }
        return Optional.empty();
    }

    private static String line(String why) {
        return "granula: the window needs a display, and " + why + "; without one, use the commands "
                + HEADLESS_COMMANDS + " (./granula --help)";
    }

    /**
     * Whether an X server answers at {@code display}: a local display ({@code :0}, {@code unix:0})
     * through its socket in {@code socketDir}, a remote one ({@code host:10}, as SSH forwarding sets)
     * over TCP port 6000 + n. A name in another form (a launchd path) is taken as reachable.
     */
    static boolean xServerReachable(String display, Path socketDir) {
        Matcher m = X_DISPLAY.matcher(display);
        if (!m.matches()) {
            return true;
        }
        int n = Integer.parseInt(m.group("n"));
        String host = m.group("host");
        if (host.isEmpty() || host.equals("unix")) {
            return connects(socketDir.resolve("X" + n)) || listensAbstract("/tmp/.X11-unix/X" + n);
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, X_TCP_BASE + n), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean connects(Path socket) {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return ch.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Linux X servers also listen on an abstract socket ({@code @/tmp/.X11-unix/X0}), which clients
     * try first and which works where the socket file is not visible (a container sharing the host's
     * network); Java cannot connect to one, but /proc/net/unix lists it.
     */
    private static boolean listensAbstract(String name) {
        try {
            return Files.readAllLines(Path.of("/proc/net/unix")).stream().anyMatch(l -> l.endsWith(" @" + name));
        } catch (IOException e) {
            return false;
        }
    }
}
