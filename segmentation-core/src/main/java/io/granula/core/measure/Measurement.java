package io.granula.core.measure;

import java.util.Optional;

/**
 * Every per-particle measurement, with what it means and where its formula comes from. The reference is
 * ImageJ 1.54p "Analyze Particles" (a particle is traced as ParticleAnalyzer does: {@code Wand} in legacy
 * mode on a thresholded mask, i.e. the 8-connected outer outline through pixel corners); ISO 9276-6:2008
 * names are given where the standard defines the quantity, and where ImageJ's name means something else.
 *
 * <p>A label whose pixels form several 8-connected parts is one particle here (ImageJ would report one row
 * per part): its area and moments cover all parts, its perimeter is the sum of the parts' outlines, and its
 * convex hull spans all of them. Pixels of other labels inside a particle's holes are not part of it.
 */
public enum Measurement {
    AREA("area", UnitKind.AREA, "Area",
            "Number of pixels of the particle times the pixel area; holes are not counted.",
            "ImageJ ImageStatistics.pixelCount (ParticleAnalyzer without 'include holes'); ISO 9276-6 projection area A"),
    PERIMETER("perimeter", UnitKind.LENGTH, "Perim.",
            "Length of the traced outer outline, corners cut: sumdx + sumdy - nCorners*(2 - sqrt 2).",
            "ImageJ PolygonRoi.getTracedPerimeter on the Wand outline; ISO 9276-6 perimeter P"),
    ECD("ecd", UnitKind.LENGTH, null,
            "Equivalent circular diameter sqrt(4 A / pi): the diameter of the disc with the same area.",
            "ISO 9276-6 area-equivalent diameter x_A"),
    FERET("feret", UnitKind.LENGTH, "Feret",
            "Maximum caliper diameter: largest distance between two vertices of the convex hull of the outline.",
            "ImageJ Roi.getFeretValues()[0]; ISO 9276-6 maximum Feret diameter x_Fmax"),
    MIN_FERET("min_feret", UnitKind.LENGTH, "MinFeret",
            "Minimum caliper diameter: smallest over the hull's edges of the farthest hull vertex from that edge.",
            "ImageJ Roi.getFeretValues()[2] (rotating calipers on the convex hull); ISO 9276-6 minimum Feret diameter x_Fmin"),
    FERET_ANGLE("feret_angle", UnitKind.ANGLE, "FeretAngle",
            "Angle of the maximum Feret diameter, 0..180 degrees counter-clockwise from the x axis.",
            "ImageJ Roi.getFeretValues()[1]"),
    MAJOR("major", UnitKind.LENGTH, "Major",
            "Major axis of the ellipse with the particle's second moments, scaled to the particle's area.",
            "ImageJ EllipseFitter (R. Rodieck's 'ellipse of concentration', Cramer 1946 p. 283)"),
    MINOR("minor", UnitKind.LENGTH, "Minor",
            "Minor axis of the same ellipse.",
            "ImageJ EllipseFitter"),
    ELLIPSE_ANGLE("ellipse_angle", UnitKind.ANGLE, "Angle",
            "Angle of the ellipse's major axis, 0..180 degrees counter-clockwise from the x axis.",
            "ImageJ EllipseFitter.angle"),
    ASPECT_RATIO("aspect_ratio", UnitKind.NONE, "AR",
            "Major / Minor of the fitted ellipse (>= 1). ISO 9276-6's aspect ratio is x_Fmin / x_Fmax instead.",
            "ImageJ Analyzer.saveResults, AR = major/minor"),
    ROUNDNESS("roundness", UnitKind.NONE, "Round",
            "4 A / (pi Major^2): 1 for a disc, smaller for elongated particles.",
            "ImageJ Analyzer.saveResults, Round = 4*area/(pi*major^2)"),
    CIRCULARITY("circularity", UnitKind.NONE, "Circ.",
            "4 pi A / P^2, capped at 1 as ImageJ does (a traced disc can exceed 1 by digitisation).",
            "ImageJ Analyzer.saveResults; ISO 9276-6 calls 4 pi A / P^2 the form factor (its 'circularity' is the square root)"),
    SOLIDITY("solidity", UnitKind.NONE, "Solidity",
            "A / convex hull area, with A the pixel count (holes excluded) and the hull of the traced outline.",
            "ImageJ Analyzer.saveResults, stats.pixelCount / getArea(roi.getConvexHull()); ISO 9276-6 solidity"),
    CONVEX_AREA("convex_area", UnitKind.AREA, null,
            "Area of the convex hull of the traced outline (shoelace formula on the hull's pixel-corner vertices).",
            "ImageJ Analyzer.getArea(roi.getConvexHull()); ISO 9276-6 convex hull area A_C"),
    CONVEX_PERIMETER("convex_perimeter", UnitKind.LENGTH, null,
            "Perimeter of the convex hull of the traced outline.",
            "ISO 9276-6 convex perimeter P_C"),
    CONVEXITY("convexity", UnitKind.NONE, null,
            "Convex hull perimeter / perimeter (<= 1 for digitised particles up to corner cutting).",
            "ISO 9276-6 convexity P_C / P"),
    CENTROID_X("centroid_x", UnitKind.LENGTH, "X",
            "Mean x of the particle's pixel centres, from the image's left edge (pixel i spans i..i+1).",
            "ImageJ ImageStatistics.xCentroid"),
    CENTROID_Y("centroid_y", UnitKind.LENGTH, "Y",
            "Mean y of the particle's pixel centres, from the image's top edge.",
            "ImageJ ImageStatistics.yCentroid"),
    BBOX_X("bbox_x", UnitKind.LENGTH, "BX",
            "Left edge of the bounding rectangle.", "ImageJ Roi.getBounds (BX)"),
    BBOX_Y("bbox_y", UnitKind.LENGTH, "BY",
            "Top edge of the bounding rectangle.", "ImageJ Roi.getBounds (BY)"),
    BBOX_WIDTH("bbox_width", UnitKind.LENGTH, "Width",
            "Width of the bounding rectangle.", "ImageJ Roi.getBounds (Width)"),
    BBOX_HEIGHT("bbox_height", UnitKind.LENGTH, "Height",
            "Height of the bounding rectangle.", "ImageJ Roi.getBounds (Height)"),
    EDGE_TOUCHING("edge_touching", UnitKind.NONE, null,
            "1 when a pixel of the particle lies on the image border, else 0 (the particle may be cut).",
            "ImageJ ParticleAnalyzer EXCLUDE_EDGE_PARTICLES test on the outline's bounds"),
    MEAN_INTENSITY("mean_intensity", UnitKind.INTENSITY, "Mean",
            "Mean intensity-image value over the particle's pixels.", "ImageJ ImageStatistics.mean"),
    MIN_INTENSITY("min_intensity", UnitKind.INTENSITY, "Min",
            "Smallest intensity value over the particle's pixels.", "ImageJ ImageStatistics.min"),
    MAX_INTENSITY("max_intensity", UnitKind.INTENSITY, "Max",
            "Largest intensity value over the particle's pixels.", "ImageJ ImageStatistics.max"),
    STD_INTENSITY("std_intensity", UnitKind.INTENSITY, "StdDev",
            "Sample standard deviation (n - 1) of the intensity values; 0 for a one-pixel particle.",
            "ImageJ ImageStatistics.stdDev"),
    CONFIDENCE("confidence", UnitKind.NONE, null,
            "How surely the particle is one, 0..1: p * min(1, C / 5), with p the mean over its pixels of the network's "
                    + "cell probability (the logistic of its cellprob output, the highest of the size search's passes) and C "
                    + "its contrast against the local background, |mean inside - mean of the background pixels within 3 px| "
                    + "divided by the image's noise (Immerkaer's estimate); particles under the analysis's minimum "
                    + "confidence are dropped.",
            "Granula; contrast as a signal-to-noise ratio, noise after J. Immerkaer, Fast noise variance estimation, "
                    + "CVIU 64 (1996) 300-302");

    private final String key;
    private final UnitKind unitKind;
    private final String imageJHeading;
    private final String description;
    private final String source;

    Measurement(String key, UnitKind unitKind, String imageJHeading, String description, String source) {
        this.key = key;
        this.unitKind = unitKind;
        this.imageJHeading = imageJHeading;
        this.description = description;
        this.source = source;
    }

    /** Stable snake_case name, the CSV column stem (the unit suffix is added by {@link MeasurementUnits#suffix}). */
    public String key() {
        return key;
    }

    public UnitKind unitKind() {
        return unitKind;
    }

    /** The ImageJ Results-table heading of the same quantity, if ImageJ reports it. */
    public Optional<String> imageJHeading() {
        return Optional.ofNullable(imageJHeading);
    }

    public String description() {
        return description;
    }

    /** Where the formula comes from (ImageJ class and method, ISO 9276-6 name). */
    public String source() {
        return source;
    }

    /** True for the four measurements that need an intensity image. */
    public boolean needsIntensity() {
        return unitKind == UnitKind.INTENSITY;
    }

    /**
     * Whether the measurer computes this from labels (and intensities) alone; {@link #CONFIDENCE} needs the
     * network's output and is added by the analysis ({@link ParticleTable#withColumn}).
     */
    public boolean fromLabels() {
        return this != CONFIDENCE;
    }

    /**
     * True for where a particle is (centroid, bounding-box corner) and the edge flag, rather than what it
     * is like: summaries of these over many particles mean little, so summary tables leave them out.
     */
    public boolean isLocation() {
        return this == CENTROID_X || this == CENTROID_Y || this == BBOX_X || this == BBOX_Y || this == EDGE_TOUCHING;
    }

    /** Finds a measurement by its {@link #key()}, e.g. "min_feret". */
    public static Optional<Measurement> byKey(String key) {
        for (Measurement m : values()) {
            if (m.key.equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
