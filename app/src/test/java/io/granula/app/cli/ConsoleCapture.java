package io.granula.app.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Base for command tests: captures what a command prints on stdout and stderr. */
abstract class ConsoleCapture {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void captureConsole() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreConsole() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    protected String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far, for a test that runs a second command. */
    protected void clearStdout() {
        out.reset();
    }

    protected String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
