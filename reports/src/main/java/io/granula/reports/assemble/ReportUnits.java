package io.granula.reports.assemble;

import io.granula.core.calib.Calibration;
import io.granula.core.measure.MeasurementUnits;
import io.granula.core.measure.ParticleTable;
import io.granula.core.measure.UnitKind;

import java.util.List;
import java.util.Optional;

/**
 * The one length unit of a report's pooled statistics. Images of a batch may report in different
 * units (nm for fine pixels, µm for coarse ones: {@link MeasurementUnits#forCalibration}), so
 * pooled values are converted to the unit of the first calibrated image; when no image is
 * calibrated everything stays in pixels.
 */
public final class ReportUnits {
    private final MeasurementUnits units;

    private ReportUnits(MeasurementUnits units) {
        this.units = units;
    }

    public static ReportUnits of(List<ParticleTable> tables) {
        Optional<MeasurementUnits> first = tables.stream().map(ParticleTable::units)
                .filter(MeasurementUnits::isCalibrated).findFirst();
        // Only the unit's name matters for pooled values; 1.0 stands for "one of this unit".
        return new ReportUnits(first.map(u -> new MeasurementUnits(u.lengthUnit(), 1.0)).orElse(MeasurementUnits.pixels()));
    }

    public MeasurementUnits units() {
        return units;
    }

    public boolean isCalibrated() {
        return units.isCalibrated();
    }

    /** Whether values of {@code table} can be expressed in this unit (pixels never mix with lengths). */
    public boolean accepts(ParticleTable table) {
        return table.units().isCalibrated() == isCalibrated();
    }

    /** Factor taking a value of {@code kind} from {@code from}'s unit to this report's unit. */
    public double factorFrom(MeasurementUnits from, UnitKind kind) {
        if (!accepts(from)) {
            throw new IllegalArgumentException("cannot convert " + from.lengthUnit() + " to " + units.lengthUnit());
        }
        if (!isCalibrated()) {
            return 1.0;
        }
        double length = Calibration.nanometresPer(from.lengthUnit()) / Calibration.nanometresPer(units.lengthUnit());
        return switch (kind) {
            case LENGTH -> length;
            case AREA -> length * length;
            case ANGLE, INTENSITY, NONE -> 1.0;
        };
    }

    private boolean accepts(MeasurementUnits from) {
        return from.isCalibrated() == isCalibrated();
    }

    /** "µm", "µm²", "°" or "" for a measurement kind, as printed in headers. */
    public String display(UnitKind kind) {
        return units.displayUnit(kind);
    }
}
