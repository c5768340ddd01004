package io.granula.scalebar;

import io.granula.core.calib.Calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a scale-bar reading can be true before it is used (issue 16, item 2): its value and unit
 * against the bar's length and the image's size, against the instrument's metadata when the file
 * has it, and against the other images of the same series. Each check that fails lowers the
 * reading's confidence by a factor and says why; the reader then reports the reading with that
 * confidence but does not use it below {@link ScaleBarReader#CONFIDENCE_THRESHOLD}.
 *
 * <p>The limits are those of the instruments, not of any generator: the finest sampling of an
 * aberration-corrected STEM is about 0.005 nm/px (a 2048 px frame 10 nm across), the coarsest of a
 * stereo light microscope about 50 µm/px (a 2048 px frame 100 mm across). A reading outside that
 * is an OCR slip of the unit (nm read as mm is a factor of 10^6) or of the bar, not a micrograph.
 */
public final class ScalePlausibility {
    /** Finest and coarsest sampling of any micrograph, nm per pixel (see the class comment). */
    public static final double MIN_NM_PER_PX = 0.005;
    public static final double MAX_NM_PER_PX = 50_000;
    /** Series images more than this factor apart in nm/px differ by a unit, not by a magnification step. */
    public static final double SERIES_FACTOR = 200;
    /** Factor on the confidence for each failed check: low enough that one alone goes below the threshold. */
    static final double PENALTY = 0.3;

    /**
     * @param plausible  every check passed
     * @param factor     product of the penalties, 1 when plausible
     * @param reasons    why not, one sentence per failed check
     */
    public record Verdict(boolean plausible, double factor, List<String> reasons) {
        public static final Verdict UNCHECKED = new Verdict(true, 1, List.of());

        public Verdict {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * @param nmPerPx    label value / bar length
     * @param imageWidth the image's width in pixels
     * @param metadata   the file's own calibration, when it has one
     * @param series     nm/px of the other images of the series read so far (may be empty)
     */
    public Verdict check(ScaleLabel label, double nmPerPx, int imageWidth, Optional<Calibration> metadata,
                         List<Double> series) {
        List<String> reasons = new ArrayList<>();
        if (!(nmPerPx >= MIN_NM_PER_PX && nmPerPx <= MAX_NM_PER_PX)) {
            reasons.add(String.format(Locale.ROOT, "%s over this bar is %.3g nm/px, a field of view %s across %d px:"
                            + " no microscope images that", label, nmPerPx, fieldOfView(nmPerPx * imageWidth), imageWidth));
        }
        metadata.filter(Calibration::isCalibrated).ifPresent(m -> {
            double ratio = nmPerPx / m.nmPerPixel();
            if (ratio > 10 || ratio < 0.1) {
                reasons.add(String.format(Locale.ROOT, "%s disagrees with the file's metadata (%.4g nm/px) by a factor of %.3g",
                        label, m.nmPerPixel(), ratio));
            }
        });
        median(series).ifPresent(med -> {
            double ratio = nmPerPx / med;
            if (ratio > SERIES_FACTOR || ratio < 1 / SERIES_FACTOR) {
                reasons.add(String.format(Locale.ROOT, "%s is %.3g times the series' usual %.4g nm/px", label, ratio, med));
            }
        });
        return new Verdict(reasons.isEmpty(), Math.pow(PENALTY, reasons.size()), reasons);
    }

    /**
     * Units to try, in order, for a unit whose first letter OCR may have got wrong: n and m differ by
     * one arch (an n with a stroke of the next glyph reads as m, a thin m as n), and a µ whose
     * descender is lost is a u, which OCR reads as n or, blurred, as m.
     */
    private static List<String> confusable(String unit) {
        return switch (unit) {
            case "mm" -> List.of("nm", "µm");
            case "nm" -> List.of("mm", "µm");
            default -> List.of("nm", "mm");
        };
    }

    /**
     * When a reading fails the checks, the first unit OCR could have mistaken for the one read (see
     * {@link #confusable}) with which the same value passes them all. Only for readings whose unit
     * the glyph's shape did not settle; the caller lowers the confidence of what it takes from here.
     *
     * @param barLength the bar's length in pixels
     */
    public Optional<ScaleLabel> plausibleUnit(ScaleLabel label, double barLength, int imageWidth,
                                              Optional<Calibration> metadata, List<Double> series) {
        for (String unit : confusable(label.unit())) {
            ScaleLabel other = new ScaleLabel(label.value(), unit);
            if (check(other, other.nanometres() / barLength, imageWidth, metadata, series).plausible()) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    private static Optional<Double> median(List<Double> values) {
        double[] v = values.stream().filter(d -> d != null && d > 0 && Double.isFinite(d)).mapToDouble(Double::doubleValue).toArray();
        if (v.length == 0) {
            return Optional.empty();
        }
        Arrays.sort(v);
        return Optional.of(v[v.length / 2]);
    }

    private static String fieldOfView(double nm) {
        if (nm >= 1e6) {
            return String.format(Locale.ROOT, "%.3g mm", nm / 1e6);
        }
        if (nm >= 1e3) {
            return String.format(Locale.ROOT, "%.3g µm", nm / 1e3);
        }
        return String.format(Locale.ROOT, "%.3g nm", nm);
    }
}
