package io.granula.reports.settings;

import io.granula.reports.layout.PageSize;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The user's choices for one report: what the GUI stores in the project and the command line
 * reads from {@code --settings FILE.json} (see {@link ReportSettingsFile}). Absent values take
 * the defaults of {@link #defaults()}, so a settings file needs only the lines that differ.
 *
 * @param title             printed on the title page and in every footer
 * @param project           project name; blank takes the results folder's name
 * @param operator          who made the analysis; blank leaves a field to sign
 * @param notes             free text printed under the methods
 * @param logo              PNG or JPEG for the title page; blank for none (relative to the settings file)
 * @param pageSize          A4 or LETTER
 * @param measurements      measurement names reported besides ECD (always first), e.g. "feret", "circularity"
 * @param charts            parts of the report to include
 * @param scatterX          measurement on the scatter's x axis
 * @param scatterY          measurement on the scatter's y axis
 * @param filters           particles kept: every filter must accept them
 * @param excludeEdge       drop particles touching the image border
 * @param samples           named groups of images; empty: one sample per input sub-folder
 * @param significantDigits digits of every printed statistic (ReportNumberFormat)
 * @param histogramBins     bins of each histogram; 0 lets the statistics package choose
 */
public record ReportSettings(String title, String project, String operator, String notes, String logo,
                             PageSize pageSize, List<String> measurements, Set<ChartKind> charts,
                             String scatterX, String scatterY, List<RangeFilter> filters, boolean excludeEdge,
                             List<SampleSpec> samples, int significantDigits, int histogramBins) {
    public static final String DEFAULT_TITLE = "Particle size analysis";

    public ReportSettings {
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title;
        project = project == null ? "" : project;
        operator = operator == null ? "" : operator;
        notes = notes == null ? "" : notes;
        logo = logo == null ? "" : logo;
        pageSize = pageSize == null ? PageSize.A4 : pageSize;
        measurements = measurements == null ? List.of("feret", "aspect_ratio", "circularity") : List.copyOf(measurements);
        charts = charts == null ? EnumSet.allOf(ChartKind.class) : Set.copyOf(charts);
        scatterX = scatterX == null || scatterX.isBlank() ? "ecd" : scatterX;
        scatterY = scatterY == null || scatterY.isBlank() ? "circularity" : scatterY;
        filters = filters == null ? List.of() : List.copyOf(filters);
        samples = samples == null ? List.of() : List.copyOf(samples);
        significantDigits = significantDigits == 0 ? 4 : significantDigits;
        if (significantDigits < 1 || significantDigits > 15) {
            throw new IllegalArgumentException("significantDigits must be 1..15, got " + significantDigits);
        }
        if (histogramBins < 0) {
            throw new IllegalArgumentException("histogramBins must be 0 (automatic) or positive, got " + histogramBins);
        }
    }

    public static ReportSettings defaults() {
        return new ReportSettings(null, null, null, null, null, null, null, null, null, null, null, false, null, 0, 0);
    }

    public boolean has(ChartKind kind) {
        return charts.contains(kind);
    }

    public ReportSettings withSamples(List<SampleSpec> newSamples) {
        return new ReportSettings(title, project, operator, notes, logo, pageSize, measurements, charts, scatterX,
                scatterY, filters, excludeEdge, newSamples, significantDigits, histogramBins);
    }

    public ReportSettings withProject(String newProject) {
        return new ReportSettings(title, newProject, operator, notes, logo, pageSize, measurements, charts, scatterX,
                scatterY, filters, excludeEdge, samples, significantDigits, histogramBins);
    }

    public ReportSettings withLogo(String newLogo) {
        return new ReportSettings(title, project, operator, notes, newLogo, pageSize, measurements, charts, scatterX,
                scatterY, filters, excludeEdge, samples, significantDigits, histogramBins);
    }
}
