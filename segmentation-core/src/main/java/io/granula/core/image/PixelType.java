package io.granula.core.image;

/** Storage type of the pixels as they were in the file; values in {@link Image2D} are always floats. */
public enum PixelType {
    UINT8(8), UINT16(16), INT16(16), UINT32(32), FLOAT32(32), FLOAT64(64);

    private final int bits;

    PixelType(int bits) {
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }
}
