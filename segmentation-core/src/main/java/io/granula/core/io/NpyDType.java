package io.granula.core.io;

import java.util.Locale;

/**
 * The NumPy element types Granula reads, by their {@code descr} kind and size
 * (numpy/lib/format.py writes {@code dtype.str}, e.g. {@code '<f4'}, {@code '|u1'}).
 */
public enum NpyDType {
    BOOL('b', 1), INT8('i', 1), UINT8('u', 1), INT16('i', 2), UINT16('u', 2), INT32('i', 4), UINT32('u', 4),
    INT64('i', 8), UINT64('u', 8), FLOAT32('f', 4), FLOAT64('f', 8);

    private final char kind;
    private final int size;

    NpyDType(char kind, int size) {
        this.kind = kind;
        this.size = size;
    }

    /** Bytes per element. */
    public int size() {
        return size;
    }

    public boolean isFloat() {
        return kind == 'f';
    }

    /** NumPy's name ("float32", "uint16", ...), for messages. */
    public String numpyName() {
        return this == BOOL ? "bool" : name().toLowerCase(Locale.ROOT);
    }

    /** The type for a kind letter and byte size, or null when Granula does not read it. */
    static NpyDType of(char kind, int size) {
        for (NpyDType t : values()) {
            if (t.kind == kind && t.size == size) {
                return t;
            }
        }
        return null;
    }

    /** The descr kind and size without byte order, e.g. "f4". */
    String code() {
        return "" + kind + size;
    }
}
