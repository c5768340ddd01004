package io.granula.scalebar.text;

import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tesseract through Tess4J's JNA binding, on raw 8-bit buffers: the only entry point that binds to
 * Debian 12's libtesseract 5.3 (Tess4J's BufferedImage paths go through Leptonica structures that
 * do not match). One engine is created and initialised once and reused (initialising costs more than
 * reading a label), with page segmentation mode 7 (a single text line; 13, a raw line, on request) and a whitelist of the
 * characters labels use. Not thread-safe: calls are serialised.
 */
public final class TesseractOcr implements OcrEngine {
    /** The eng model has no µ; it is kept in the list for models that do. */
    static final String WHITELIST = "0123456789.,nmuµμ ";
    private static final int PSM_SINGLE_LINE = 7;
    private static final int PSM_RAW_LINE = 13;
    private static final int PSM_SINGLE_CHAR = 10;
    private static final int RIL_SYMBOL = ITessAPI.TessPageIteratorLevel.RIL_SYMBOL;
    private static final List<Path> TESSDATA_DIRS = List.of(
            Path.of("/usr/share/tesseract-ocr/5/tessdata"), Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
            Path.of("/usr/share/tessdata"), Path.of("/usr/local/share/tessdata"), Path.of("/opt/homebrew/share/tessdata"));

    private final TesseractLibrary.Api api;
    private ITessAPI.TessBaseAPI handle;

    private TesseractOcr(TesseractLibrary.Api api, ITessAPI.TessBaseAPI handle) {
        this.api = api;
        this.handle = handle;
    }

    /** Opens Tesseract with the English model from {@code TESSDATA_PREFIX} or the usual install folders. */
    public static TesseractOcr open() throws OcrUnavailableException {
        Optional<Path> dir = findTessdata();
        if (dir.isEmpty()) {
            throw new OcrUnavailableException("Tesseract's English model (eng.traineddata) was not found", null);
        }
        return open(dir.get());
    }

    public static TesseractOcr open(Path tessdata) throws OcrUnavailableException {
        if (!Files.isRegularFile(tessdata.resolve("eng.traineddata"))) {
            throw new OcrUnavailableException("no eng.traineddata in " + tessdata, null);
        }
        TesseractLibrary.Api api;
        try {
            api = TesseractLibrary.load();
        } catch (LinkageError e) {
            // UnsatisfiedLinkError from JNA when libtesseract is not installed (or NoClassDefFoundError
            // when an earlier attempt already failed in this JVM)
            // JNA's message lists every path it tried; the first line says what failed
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("").replaceAll("[:\\s]+$", "");
            throw new OcrUnavailableException("libtesseract could not be loaded (" + first + ")", e);
        }
        ITessAPI.TessBaseAPI handle = api.TessBaseAPICreate();
        int rc = api.TessBaseAPIInit2(handle, tessdata.toString(), "eng", ITessAPI.TessOcrEngineMode.OEM_DEFAULT);
        if (rc != 0) {
            api.TessBaseAPIDelete(handle);
            throw new OcrUnavailableException("Tesseract could not load its English model from " + tessdata, null);
        }
        api.TessBaseAPISetPageSegMode(handle, PSM_SINGLE_LINE);
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        return new TesseractOcr(api, handle);
    }

    static Optional<Path> findTessdata() {
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            Path p = Path.of(prefix);
            for (Path c : List.of(p, p.resolve("tessdata"))) {
                if (Files.isRegularFile(c.resolve("eng.traineddata"))) {
                    return Optional.of(c);
                }
            }
        }
        return TESSDATA_DIRS.stream().filter(d -> Files.isRegularFile(d.resolve("eng.traineddata"))).findFirst();
    }

    @Override
    public synchronized OcrLine readLine(OcrImage image, Characters characters, Layout layout) {
        if (handle == null) {
            throw new IllegalStateException("Tesseract engine already closed");
        }
        api.TessBaseAPISetPageSegMode(handle, layout == Layout.RAW_LINE ? PSM_RAW_LINE : PSM_SINGLE_LINE);
        api.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", characters == Characters.LABEL ? WHITELIST : "");
        ByteBuffer buf = ByteBuffer.allocateDirect(image.pixels().length);
        buf.put(image.pixels()).flip();
        api.TessBaseAPISetImage(handle, buf, image.width(), image.height(), 1, image.width());
        Pointer text = api.TessBaseAPIGetUTF8Text(handle);
        if (text == null) {
            return new OcrLine("", List.of());
        }
        String line;
        try {
            line = text.getString(0, StandardCharsets.UTF_8.name()).strip();
        } finally {
            api.TessDeleteText(text);
        }
        return new OcrLine(line, symbols());
    }

    @Override
    public synchronized OcrWord readWord(OcrImage image, boolean oneCharacter) {
        if (handle == null) {
            throw new IllegalStateException("Tesseract engine already closed");
        }
        api.TessBaseAPISetPageSegMode(handle, oneCharacter ? PSM_SINGLE_CHAR : PSM_SINGLE_LINE);
        api.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", "");
        ByteBuffer buf = ByteBuffer.allocateDirect(image.pixels().length);
        buf.put(image.pixels()).flip();
        api.TessBaseAPISetImage(handle, buf, image.width(), image.height(), 1, image.width());
        Pointer text = api.TessBaseAPIGetUTF8Text(handle);
        if (text == null) {
            return new OcrWord("", 0);
        }
        String word;
        try {
            word = text.getString(0, StandardCharsets.UTF_8.name()).strip();
        } finally {
            api.TessDeleteText(text);
        }
        // the mean over the words of the last recognition (here one word), 0..100
        return new OcrWord(word, api.TessBaseAPIMeanTextConf(handle));
    }

    /** Every recognised character with its box, from the result iterator of the last recognition. */
    private List<OcrLine.Symbol> symbols() {
        List<OcrLine.Symbol> out = new ArrayList<>();
        ITessAPI.TessResultIterator it = api.TessBaseAPIGetIterator(handle);
        if (it == null) {
            return out;
        }
        try {
            ITessAPI.TessPageIterator page = api.TessResultIteratorGetPageIterator(it);
            api.TessPageIteratorBegin(page);
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            do {
                Pointer p = api.TessResultIteratorGetUTF8Text(it, RIL_SYMBOL);
                if (p == null) {
                    continue;
                }
                String s;
                try {
                    s = p.getString(0, StandardCharsets.UTF_8.name());
                } finally {
                    api.TessDeleteText(p);
                }
                if (api.TessPageIteratorBoundingBox(page, RIL_SYMBOL, left, top, right, bottom) != 0) {
                    out.add(new OcrLine.Symbol(s, left.get(0), top.get(0), right.get(0), bottom.get(0)));
                }
            } while (api.TessPageIteratorNext(page, RIL_SYMBOL) != 0);
        } finally {
            api.TessResultIteratorDelete(it);
        }
        return out;
    }

    @Override
    public synchronized void close() {
        if (handle != null) {
            api.TessBaseAPIEnd(handle);
            api.TessBaseAPIDelete(handle);
            handle = null;
        }
    }
}
