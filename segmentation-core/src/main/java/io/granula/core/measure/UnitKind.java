package io.granula.core.measure;

/**
 * What a measurement's number is made of, which decides how a {@link io.granula.core.calib.Calibration}
 * scales it and which unit suffix its CSV column carries.
 */
public enum UnitKind {
    /** A length: scaled by the pixel size; suffix {@code _nm}, {@code _um} or {@code _px}. */
    LENGTH,
    /** An area: scaled by the square of the pixel size; suffix {@code _nm2}, {@code _um2} or {@code _px2}. */
    AREA,
    /** An angle in degrees, 0..180, counter-clockwise from the image x axis (ImageJ's convention); suffix {@code _deg}. */
    ANGLE,
    /** A raw pixel value of the intensity image, never scaled. */
    INTENSITY,
    /** A dimensionless ratio or a 0/1 flag. */
    NONE
}
