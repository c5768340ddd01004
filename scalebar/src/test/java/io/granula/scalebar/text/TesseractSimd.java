package io.granula.scalebar.text;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs code under each of Tesseract's dot-product code paths that this processor can execute, so a
 * test can show that a reading does not depend on the processor it runs on.
 *
 * <p>Tesseract's LSTM picks its dot product and int8 matrix code by CPU at load time (SSE, AVX, FMA,
 * AVX2, AVX-512) and their rounding differs, so a label near the edge reads differently on different
 * processors (issue 13). The library's own switch is the {@code dotproduct} parameter, applied by
 * {@code tesseract::SIMDDetect::Update()} (Tesseract 5 {@code src/arch/simddetect.cpp}; its command
 * line calls it after {@code Init}, here it is called before, so the model is loaded for the chosen
 * int8 matrix code). Both are process-wide; {@link #under} puts the previous functions back.
 */
public final class TesseractSimd {
    private static final String UPDATE = "_ZN9tesseract10SIMDDetect6UpdateEv";
    private static final String DOT_PRODUCT = "_ZN9tesseract10DotProductE";
    private static final String INT_SIMD_MATRIX = "_ZN9tesseract13IntSimdMatrix13intSimdMatrixE";

    private TesseractSimd() {
    }

    /** Code paths every x86-64 runs, then those whose instructions this processor has. */
    public static List<String> methods() {
        NativeLibrary lib = library();
        List<String> methods = new ArrayList<>(List.of("generic", "native"));
        for (String m : List.of("sse", "avx", "fma", "avx2")) {
            // tesseract::SIMDDetect::<m>_available_, set when the library is loaded
            String flag = m + "_available_";
            if (lib.getGlobalVariableAddress("_ZN9tesseract10SIMDDetect" + flag.length() + flag + "E").getByte(0) != 0) {
                methods.add(m);
            }
        }
        return methods;
    }

    /** Runs {@code body} with Tesseract's dot product set to {@code method}; engines opened inside use it. */
    public static <T> T under(String method, Callable<T> body) throws Exception {
        NativeLibrary lib = library();
        Pointer dot = lib.getGlobalVariableAddress(DOT_PRODUCT);
        Pointer matrix = lib.getGlobalVariableAddress(INT_SIMD_MATRIX);
        Pointer dotBefore = dot.getPointer(0);
        Pointer matrixBefore = matrix.getPointer(0);
        select(lib, method);
        try {
            return body.call();
        } finally {
            select(lib, "auto");
            dot.setPointer(0, dotBefore);
            matrix.setPointer(0, matrixBefore);
        }
    }

    private static void select(NativeLibrary lib, String method) {
        TessAPI api = LoadLibs.getTessAPIInstance();
        ITessAPI.TessBaseAPI handle = api.TessBaseAPICreate();
        try {
            // a global parameter: set through any handle
            if (api.TessBaseAPISetVariable(handle, "dotproduct", method) == 0) {
                throw new IllegalStateException("this Tesseract has no dotproduct parameter");
            }
        } finally {
            api.TessBaseAPIDelete(handle);
        }
        Function update = lib.getFunction(UPDATE);
        update.invokeVoid(new Object[0]);
    }

    private static NativeLibrary library() {
        LoadLibs.getTessAPIInstance(); // loads the library the way the application does
        return NativeLibrary.getInstance(LoadLibs.getTesseractLibName());
    }
}
