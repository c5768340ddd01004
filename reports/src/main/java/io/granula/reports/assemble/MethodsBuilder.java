package io.granula.reports.assemble;

import io.granula.core.calib.Calibration;
import io.granula.core.measure.Measurement;
import io.granula.reports.format.ReportNumberFormat;
import io.granula.reports.layout.Align;
import io.granula.reports.layout.Table;
import io.granula.reports.model.ReportImage;
import io.granula.reports.model.ReportModel;
import io.granula.reports.model.ReportSample;
import io.granula.reports.view.KeyValue;
import io.granula.reports.view.MethodsView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** The methods section from the run record, the calibrations, the filters and the measurement metadata. */
public final class MethodsBuilder {
    private MethodsBuilder() {
    }

    public static MethodsView build(ReportModel model, List<Measurement> measurements, FilterPlan filters,
                                    ReportUnits units, ReportNumberFormat format, String notes) {
        return new MethodsView(modelFacts(model), parameterFacts(model), calibrationTable(model, format),
                filters.describe(format), definitions(measurements, units), notes);
    }

    private static List<KeyValue> modelFacts(ReportModel model) {
        List<KeyValue> facts = new ArrayList<>();
        if (model.run().isEmpty()) {
            facts.add(new KeyValue("Model", "not recorded: these results carry no run record"));
            return facts;
        }
        facts.addAll(ModelProvenanceFacts.of(model.run().get()));
        return facts;
    }

    private static List<KeyValue> parameterFacts(ReportModel model) {
        List<KeyValue> facts = new ArrayList<>();
        model.run().ifPresent(run -> {
            facts.add(new KeyValue("Device", orDash(run.device())));
            new TreeMap<>(run.parameters()).forEach((k, v) -> facts.add(new KeyValue(words(k), String.valueOf(v))));
        });
        return facts;
    }

    private static Table calibrationTable(ReportModel model, ReportNumberFormat format) {
        List<Table.Row> rows = new ArrayList<>();
        for (ReportSample sample : model.samples()) {
            for (ReportImage image : sample.images()) {
                Calibration c = image.particles().calibration();
                String size = c.isCalibrated() ? format.format(c.nmPerPixel()) : ReportNumberFormat.MISSING;
                rows.add(Table.Row.of(image.name(), sample.name(), size, sourceName(c), c.detail() == null ? "" : c.detail()));
            }
        }
        return new Table(List.of(new Table.Column("Image", Align.LEFT), new Table.Column("Sample", Align.LEFT),
                new Table.Column("nm/px", Align.RIGHT), new Table.Column("Source", Align.LEFT),
                new Table.Column("Detail", Align.LEFT)), rows);
    }

    /** "scale bar", "metadata", "typed by user", "none (pixels)". */
    public static String sourceName(Calibration c) {
        return switch (c.source()) {
            case METADATA -> "instrument metadata";
            case SCALE_BAR -> "scale bar";
            case USER -> "typed by user";
            case NONE -> "none (pixels)";
        };
    }

    private static List<KeyValue> definitions(List<Measurement> measurements, ReportUnits units) {
        List<KeyValue> defs = new ArrayList<>();
        for (Measurement m : measurements) {
            String unit = units.display(m.unitKind());
            String name = MeasurementNames.name(m) + (unit.isEmpty() ? "" : " (" + unit + ")");
            defs.add(new KeyValue(name, m.description() + " Source: " + m.source() + "."));
        }
        defs.addAll(StatisticsDefinitions.all());
        return defs;
    }

    static String words(String key) {
        String s = key.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? ReportNumberFormat.MISSING : s;
    }
}
