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
        for (String m : measurements) {
            MeasurementKeys.measurement(m, "measurements");
        }
        MeasurementKeys.measurement(scatterX, "scatterX");
        MeasurementKeys.measurement(scatterY, "scatterY");
        for (RangeFilter f : filters) {
            MeasurementKeys.measurement(f.measurement(), "filters");
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

    public ReportSettings withLogo(String newLogo) {
        return toBuilder().logo(newLogo).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes a few choices of existing settings (the command line's options over a settings file). */
    public static final class Builder {
        private String title;
        private String project;
        private String operator;
        private String notes;
        private String logo;
        private PageSize pageSize;
        private List<String> measurements;
        private Set<ChartKind> charts;
        private String scatterX;
        private String scatterY;
        private List<RangeFilter> filters;
        private boolean excludeEdge;
        private List<SampleSpec> samples;
        private int significantDigits;
        private int histogramBins;

        private Builder(ReportSettings s) {
            title = s.title;
            project = s.project;
            operator = s.operator;
            notes = s.notes;
            logo = s.logo;
            pageSize = s.pageSize;
            measurements = s.measurements;
            charts = s.charts;
            scatterX = s.scatterX;
            scatterY = s.scatterY;
            filters = s.filters;
            excludeEdge = s.excludeEdge;
            samples = s.samples;
            significantDigits = s.significantDigits;
            histogramBins = s.histogramBins;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder project(String v) {
            project = v;
            return this;
        }

        public Builder operator(String v) {
            operator = v;
            return this;
        }

        public Builder notes(String v) {
            notes = v;
            return this;
        }

        public Builder logo(String v) {
            logo = v;
            return this;
        }

        public Builder pageSize(PageSize v) {
            pageSize = v;
            return this;
        }

        public Builder measurements(List<String> v) {
            measurements = v;
            return this;
        }

        public Builder charts(Set<ChartKind> v) {
            charts = v;
            return this;
        }

        public Builder filters(List<RangeFilter> v) {
            filters = v;
            return this;
        }

        public Builder excludeEdge(boolean v) {
            excludeEdge = v;
            return this;
        }

        public Builder samples(List<SampleSpec> v) {
            samples = v;
            return this;
        }

        public ReportSettings build() {
            return new ReportSettings(title, project, operator, notes, logo, pageSize, measurements, charts, scatterX,
                    scatterY, filters, excludeEdge, samples, significantDigits, histogramBins);
        }
    }
}
