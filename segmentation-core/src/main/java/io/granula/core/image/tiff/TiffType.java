package io.granula.core.image.tiff;

/** TIFF field types (TIFF 6.0 section 2, plus IFD = 13 from TIFF Technical Note 1). */
final class TiffType {
    static final int BYTE = 1;
    static final int ASCII = 2;
    static final int SHORT = 3;
    static final int LONG = 4;
    static final int RATIONAL = 5;
    static final int SBYTE = 6;
    static final int UNDEFINED = 7;
    static final int SSHORT = 8;
    static final int SLONG = 9;
    static final int SRATIONAL = 10;
    static final int FLOAT = 11;
    static final int DOUBLE = 12;
    static final int IFD = 13;

    private TiffType() {
    }

    /** Bytes per value, 0 for a type this reader does not know. */
    static int size(int type) {
        return switch (type) {
            case BYTE, ASCII, SBYTE, UNDEFINED -> 1;
            case SHORT, SSHORT -> 2;
            case LONG, SLONG, FLOAT, IFD -> 4;
            case RATIONAL, SRATIONAL, DOUBLE -> 8;
            default -> 0;
        };
    }
}
