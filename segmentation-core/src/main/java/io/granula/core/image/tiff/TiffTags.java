package io.granula.core.image.tiff;

/** Tag numbers used by Granula (TIFF 6.0 specification, Adobe 1992, and vendors' private tags). */
public final class TiffTags {
    public static final int NEW_SUBFILE_TYPE = 254;
    public static final int IMAGE_WIDTH = 256;
    public static final int IMAGE_LENGTH = 257;
    public static final int BITS_PER_SAMPLE = 258;
    public static final int COMPRESSION = 259;
    public static final int PHOTOMETRIC = 262;
    public static final int IMAGE_DESCRIPTION = 270;
    public static final int STRIP_OFFSETS = 273;
    public static final int SAMPLES_PER_PIXEL = 277;
    public static final int ROWS_PER_STRIP = 278;
    public static final int STRIP_BYTE_COUNTS = 279;
    public static final int X_RESOLUTION = 282;
    public static final int Y_RESOLUTION = 283;
    public static final int PLANAR_CONFIGURATION = 284;
    public static final int RESOLUTION_UNIT = 296;
    public static final int TILE_WIDTH = 322;
    public static final int TILE_LENGTH = 323;
    public static final int TILE_OFFSETS = 324;
    public static final int TILE_BYTE_COUNTS = 325;
    public static final int SAMPLE_FORMAT = 339;
    /** Zeiss SEM (SmartSEM) parameter block, "CZ_SEM". */
    public static final int ZEISS_CZ_SEM = 34118;
    /** FEI/Thermo Fisher SEM INI-style metadata (FEI_SFEG, FEI_HELIOS; 34681 is seen on some models). */
    public static final int FEI_SFEG = 34680;
    public static final int FEI_METADATA = 34681;
    public static final int FEI_HELIOS = 34682;

    /** SampleFormat values (TIFF 6.0 section 19). */
    public static final int SAMPLE_UINT = 1;
    public static final int SAMPLE_INT = 2;
    public static final int SAMPLE_FLOAT = 3;

    private TiffTags() {
    }
}
