package io.granula.scalebar.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An engine that answers a crop it has already read from memory. The reader's passes and candidates
 * often send the very same crop: the strip's separator line and the box edge under it match the same
 * field on the same plane, and a field read on the usual planes comes back whole on a grey slice. On
 * the benchmark's 2048 px strip images without a bar, half the OCR calls and more were repeats.
 * Tesseract answers the same pixels with the same text, so what is remembered is what it would say;
 * {@link #forget()} between images keeps the memory to one image's crops.
 */
public final class RememberingOcr implements OcrEngine {
    private record Key(int width, int height, int hash, byte[] pixels, Characters characters, Layout layout) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.width == width && k.height == height && k.hash == hash
                    && k.characters == characters && k.layout == layout && Arrays.equals(k.pixels, pixels);
        }

        @Override
        public int hashCode() {
            return (hash * 31 + characters.ordinal()) * 31 + layout.ordinal();
        }
    }

    private final OcrEngine engine;
    private final Map<Key, OcrLine> lines = new HashMap<>();
    private int repeats;

    public RememberingOcr(OcrEngine engine) {
        this.engine = engine;
    }

    @Override
    public OcrLine readLine(OcrImage image, Characters characters, Layout layout) {
        // the symbols' boxes are in the crop's own pixels, so where the crop came from does not matter
        Key key = new Key(image.width(), image.height(), Arrays.hashCode(image.pixels()), image.pixels(), characters,
                layout);
        OcrLine known = lines.get(key);
        if (known != null) {
            repeats++;
            return known;
        }
        OcrLine line = engine.readLine(image, characters, layout);
        lines.put(key, line);
        return line;
    }

    @Override
    public OcrWord readWord(OcrImage image, boolean oneCharacter) {
        return engine.readWord(image, oneCharacter);
    }

    /** Crops answered from memory since the last {@link #forget()}. */
    public int repeats() {
        return repeats;
    }

    /** Drops what was read: the next image's crops are its own. */
    public void forget() {
        lines.clear();
        repeats = 0;
    }

    @Override
    public void close() {
        engine.close();
    }
}
