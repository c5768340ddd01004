package io.granula.core.synth;

import java.util.Locale;

/** Imaging modality a synthetic micrograph imitates. */
public enum SynthStyle {
    /** Scanning electron microscope, secondary electrons (Everhart-Thornley / in-lens): topography, bright edges. */
    SEM,
    /** Scanning electron microscope, backscattered electrons: atomic-number (material) contrast, weak topography. */
    BSE,
    /** Transmission electron microscope, bright field: dark particles on a carbon film, Fresnel fringes. */
    TEM,
    /** Scanning TEM, high-angle annular dark field: bright particles on dark, Z contrast, shot noise. */
    HAADF,
    /** Light microscope, transmitted or reflected bright field: soft edges, halos, uneven illumination. */
    OPTICAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SynthStyle parse(String s) {
        for (SynthStyle v : values()) {
            if (v.id().equalsIgnoreCase(s.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown style '" + s + "' (sem, bse, tem, haadf, optical, mixed)");
    }
}
