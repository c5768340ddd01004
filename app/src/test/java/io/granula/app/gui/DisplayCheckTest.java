package io.granula.app.gui;

import io.granula.app.cli.GranulaCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayCheckTest {
    private static final Predicate<String> ANSWERS = d -> true;
    private static final Predicate<String> SILENT = d -> false;

    private static Optional<String> linux(Map<String, String> env, Predicate<String> xServer) {
        return DisplayCheck.whyNoWindow(env, "Linux", null, xServer);
    }

    @Test
    void withoutDisplayOrWaylandTheWindowCannotOpenAndTheLineNamesTheOtherCommands() {
        Optional<String> why = linux(Map.of("HOME", "/root"), ANSWERS);
        assertThat(why).hasValueSatisfying(l -> assertThat(l)
                .startsWith("granula: the window needs a display")
                .contains("neither DISPLAY nor WAYLAND_DISPLAY")
                .contains("analyze, masks, scalebar, measure, evaluate, synth, train, report, project")
                .doesNotContain("\n"));
        assertThat(linux(Map.of("DISPLAY", " "), ANSWERS)).isPresent();
    }

    @Test
    void aDisplayWhoseXServerDoesNotAnswerIsNamed() {
        assertThat(linux(Map.of("DISPLAY", ":7"), SILENT)).hasValueSatisfying(l ->
                assertThat(l).contains("X server of DISPLAY=:7 cannot be reached"));
    }

    @Test
    void aReachableXServerOrAWaylandSessionOpensTheWindow() {
        assertThat(linux(Map.of("DISPLAY", ":0"), ANSWERS)).isEmpty();
        assertThat(linux(Map.of("WAYLAND_DISPLAY", "wayland-0"), SILENT)).isEmpty();
        assertThat(linux(Map.of("WAYLAND_DISPLAY", "wayland-0", "DISPLAY", ":0"), SILENT)).isEmpty();
    }

    @Test
    void headlessMonocleAndOtherSystemsAreNotChecked() {
        assertThat(DisplayCheck.whyNoWindow(Map.of(), "Linux", "Monocle", SILENT)).isEmpty();
        assertThat(DisplayCheck.whyNoWindow(Map.of(), "Windows 11", null, SILENT)).isEmpty();
        assertThat(DisplayCheck.whyNoWindow(Map.of(), "Mac OS X", null, SILENT)).isEmpty();
    }

    @Test
    void aLocalDisplayIsReachableWhenItsSocketAcceptsConnections(@TempDir Path sockets) throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(sockets.resolve("X4093")));
            assertThat(DisplayCheck.xServerReachable(":4093", sockets)).isTrue();
            assertThat(DisplayCheck.xServerReachable("unix:4093.0", sockets)).isTrue();
            assertThat(DisplayCheck.xServerReachable(":4094", sockets)).isFalse();
        }
    }

    @Test
    void aRemoteDisplayIsReachableWhenItsTcpPortAccepts() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            int n = server.getLocalPort() - 6000;
            assertThat(DisplayCheck.xServerReachable("127.0.0.1:" + n + ".0", Path.of("/nonexistent"))).isTrue();
        }
        try (ServerSocket closed = new ServerSocket(0)) {
            int n = closed.getLocalPort() - 6000;
            closed.close();
            assertThat(DisplayCheck.xServerReachable("127.0.0.1:" + n, Path.of("/nonexistent"))).isFalse();
        }
    }

    @Test
    void everyCommandWithoutAWindowIsListed() {
        Set<String> windowCommands = Set.of("demo", "open");
        Set<String> listed = Set.copyOf(Arrays.asList(DisplayCheck.HEADLESS_COMMANDS.split(", ")));
        assertThat(GranulaCommand.commandLine().getSubcommands().keySet())
                .filteredOn(c -> !windowCommands.contains(c))
                .allSatisfy(c -> assertThat(listed).as("DisplayCheck.HEADLESS_COMMANDS").contains(c));
    }
}
