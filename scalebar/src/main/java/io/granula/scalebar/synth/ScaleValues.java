package io.granula.scalebar.synth;

import io.granula.scalebar.ScaleLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Picks the round bar values instruments print and spells their labels the ways instruments do. */
public final class ScaleValues {
    private static final double[] MANTISSAS = {1, 2, 2.5, 3, 5};
    /** µ as MICRO SIGN (Latin-1, what most instruments write), GREEK SMALL MU, and plain "u". */
    private static final String[] MICRO_SPELLINGS = {"µm", "μm", "um"};

    private ScaleValues() {
    }

    /** A value in nm whose bar at {@code nmPerPx} is between {@code minPx} and {@code maxPx} long, or NaN. */
    public static double pickNanometres(double nmPerPx, double minPx, double maxPx, Random rnd) {
        List<Double> fits = new ArrayList<>();
        for (int exp = 0; exp <= 7; exp++) {
            for (double m : MANTISSAS) {
                double nm = m * Math.pow(10, exp);
                double px = nm / nmPerPx;
                if (px >= minPx && px <= maxPx) {
                    fits.add(nm);
                }
            }
        }
        return fits.isEmpty() ? Double.NaN : fits.get(rnd.nextInt(fits.size()));
    }

    /** A value as displayed, in its display unit. */
    public record Displayed(double value, String unit) {
    }

    /** nm below 1 µm (sometimes "0.5 µm" instead of "500 nm"), µm below 1 mm, else mm. */
    public static Displayed display(double nm, Random rnd) {
        if (nm < 1000 && !(nm >= 100 && rnd.nextDouble() < 0.2)) {
            return new Displayed(nm, "nm");
        }
        if (nm < 1e6) {
            return new Displayed(nm / 1e3, "µm");
        }
        return new Displayed(nm / 1e6, "mm");
    }

    /** Plain label: "200 nm", "0.5µm", "2.5 um" (spacing and µ spelling vary). */
    public static String label(double value, String unit, Random rnd) {
        String u = unit.equals("µm") ? MICRO_SPELLINGS[rnd.nextInt(MICRO_SPELLINGS.length)] : unit;
        return ScaleLabel.number(value) + (rnd.nextDouble() < 0.7 ? " " : "") + u;
    }

    /** Hitachi prints three significant digits and no space: "5.00um", "500nm", "50.0µm". */
    public static String hitachiLabel(double value, String unit, Random rnd) {
        String u = unit.equals("µm") ? (rnd.nextBoolean() ? "um" : "µm") : unit;
        String n;
        if (value >= 100) {
            n = String.format(Locale.ROOT, "%.0f", value);
        } else if (value >= 10) {
            n = String.format(Locale.ROOT, "%.1f", value);
        } else {
            n = String.format(Locale.ROOT, "%.2f", value);
        }
        return n + u;
    }

}
