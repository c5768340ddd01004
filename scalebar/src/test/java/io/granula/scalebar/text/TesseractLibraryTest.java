package io.granula.scalebar.text;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TesseractLibraryTest {
    private interface Env extends Library {
        String getenv(String name);
    }

    @Test
    void tesseractStaysOutOfTheGlobalSymbolScopeSoLibtorchKeepsItsOwnOpenMp() {
        Assumptions.assumeFalse(Platform.isWindows(), "dlopen scopes are POSIX");
        Tesseract.openOrSkip().close();
        // opened global, libtesseract would bring the system's libgomp into the scope every later
        // library binds from, libtorch included: its network would then run on Tesseract's one thread
        assertThatThrownBy(() -> NativeLibrary.getProcess().getFunction("TessBaseAPICreate"))
                .isInstanceOf(UnsatisfiedLinkError.class);
        assertThatThrownBy(() -> NativeLibrary.getProcess().getFunction("GOMP_parallel"))
                .isInstanceOf(UnsatisfiedLinkError.class);
    }

    @Test
    void theOneThreadLimitIsTakenOutOfTheEnvironmentOnceTesseractIsLoaded() {
        Assumptions.assumeFalse(Platform.isWindows(), "POSIX environment");
        Assumptions.assumeTrue(System.getenv(TesseractLibrary.THREAD_LIMIT) == null, "the user set a limit");
        Tesseract.openOrSkip().close();
        Env libc = Native.load(Platform.C_LIBRARY_NAME, Env.class);
        assertThat(libc.getenv(TesseractLibrary.THREAD_LIMIT)).isNull();
    }
}
