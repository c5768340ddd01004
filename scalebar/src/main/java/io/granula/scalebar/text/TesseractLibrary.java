package io.granula.scalebar.text;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.util.LoadLibs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.Map;
import java.util.Optional;

/**
 * Loads libtesseract with an OpenMP runtime of its own, limited to one thread, and leaves libtorch's
 * runtime as it was.
 *
 * <p>Why: Debian's libtesseract 5.3 is built with OpenMP, and its LSTM recogniser runs each text
 * line's gates in a parallel loop of several threads (Tesseract's {@code lstm.cpp}). A label is a
 * few dozen pixels high, so those threads mostly spin and yield: on 2 cores, {@code granula scalebar}
 * over the 15 busy SEM images of {@code ../shared/data/real} (sem-powder, sem-spheroidite; 14-50
 * would-be labels read per image) took 21.7 s wall, 10.8 s of it in the kernel, and 9.7 s wall
 * (0.9 s in the kernel) with one thread, the setting ({@code OMP_THREAD_LIMIT=1}) Tesseract's
 * documentation advises. The text read is the same: the threads split independent gate outputs.
 *
 * <p>How: libgomp reads {@code OMP_THREAD_LIMIT} once, in its constructor, when it is loaded. The
 * limit is put in the process environment just for the load of libtesseract (which brings the
 * system's libgomp) and taken out again. The library is opened {@code RTLD_LOCAL}: opened global
 * (JNA's default), its libgomp would also serve libtorch, whose OpenMP calls bind to the first
 * runtime in the global scope, and the network would run on one thread (measured: a 1.5 Mpx powder
 * image's first network pass 3.4 s wall on 2 threads, 5.6 s so). DJL ships libtorch with a libgomp
 * of its own. Tess4J's {@code TessAPI} cannot be used for this: its static {@code INSTANCE} loads
 * the library again, global, as soon as JNA initialises the interface; {@link Api} declares the C
 * functions the reader calls, with Tess4J's types, and nothing else. A limit the user set is left alone.
 */
final class TesseractLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(TesseractLibrary.class);
    static final String THREAD_LIMIT = "OMP_THREAD_LIMIT";
    /** dlopen(3) flags: resolve symbols lazily, keep them out of the global scope. */
    private static final int RTLD_LAZY_LOCAL = 0x1;

    private TesseractLibrary() {
    }

    /** The functions of Tesseract's C API ({@code tesseract/capi.h}) that {@link TesseractOcr} calls. */
    interface Api extends Library {
        TessBaseAPI TessBaseAPICreate();

        int TessBaseAPIInit2(TessBaseAPI handle, String datapath, String language, int oem);

        void TessBaseAPISetPageSegMode(TessBaseAPI handle, int mode);

        int TessBaseAPISetVariable(TessBaseAPI handle, String name, String value);

        void TessBaseAPISetImage(TessBaseAPI handle, ByteBuffer imagedata, int width, int height, int bytesPerPixel,
                                 int bytesPerLine);

        Pointer TessBaseAPIGetUTF8Text(TessBaseAPI handle);

        int TessBaseAPIMeanTextConf(TessBaseAPI handle);

        TessResultIterator TessBaseAPIGetIterator(TessBaseAPI handle);

        TessPageIterator TessResultIteratorGetPageIterator(TessResultIterator it);

        Pointer TessResultIteratorGetUTF8Text(TessResultIterator it, int level);

        void TessResultIteratorDelete(TessResultIterator it);

        void TessPageIteratorBegin(TessPageIterator it);

        int TessPageIteratorNext(TessPageIterator it, int level);

        int TessPageIteratorBoundingBox(TessPageIterator it, int level, IntBuffer left, IntBuffer top, IntBuffer right,
                                        IntBuffer bottom);

        void TessDeleteText(Pointer text);

        void TessBaseAPIEnd(TessBaseAPI handle);

        void TessBaseAPIDelete(TessBaseAPI handle);
    }

    /** The C library's environment calls (POSIX). */
    private interface LibC extends Library {
        int setenv(String name, String value, int overwrite);

        int unsetenv(String name);
    }

    /** libtesseract, its OpenMP runtime limited to one thread where that can be done. */
    static Api load() {
        String name = LoadLibs.getTesseractLibName();
        if (Platform.isWindows()) {
            return Native.load(name, Api.class);
        }
        Optional<LibC> libc = System.getenv(THREAD_LIMIT) == null ? libc() : Optional.empty();
        libc.ifPresent(c -> c.setenv(THREAD_LIMIT, "1", 1));
        try {
            return Native.load(name, Api.class, Map.of(Library.OPTION_OPEN_FLAGS, RTLD_LAZY_LOCAL));
        } finally {
            libc.ifPresent(c -> c.unsetenv(THREAD_LIMIT));
        }
    }

    private static Optional<LibC> libc() {
        try {
            return Optional.of(Native.load(Platform.C_LIBRARY_NAME, LibC.class));
        } catch (LinkageError e) {
            LOG.debug("no C library to set {} through; Tesseract keeps its default threads", THREAD_LIMIT, e);
            return Optional.empty();
        }
    }
}
