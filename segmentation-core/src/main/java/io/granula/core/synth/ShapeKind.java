package io.granula.core.synth;

/** The morphology families the generator draws; written to the JSON manifest in lower case. */
public enum ShapeKind {
    /** Spheres seen from above. */
    DISC,
    /** Spheroids and elongated grains lying flat. */
    ELLIPSE,
    /** Faceted crystals (triangles, cubes, hexagonal plates, decahedra) and fractured angular grains. */
    POLYGON,
    /** Straight rods with rounded ends (capsules), e.g. nanorods. */
    ROD,
    /** Long thin bent wires and fibres. */
    WIRE,
    /** Irregular rounded blobs (star-convex outlines). */
    BLOB
}
