package io.granula.reports.assemble;

import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.stats.Weighting;
import io.granula.reports.chart.BoxPlotChart;
import io.granula.reports.chart.HistogramChart;
import io.granula.reports.chart.ScatterChart;
import io.granula.reports.format.ReportNumberFormat;
import io.granula.reports.image.ImageBudget;
import io.granula.reports.model.ReportImage;
import io.granula.reports.model.ReportModel;
import io.granula.reports.model.ReportSample;
import io.granula.reports.settings.ChartKind;
import io.granula.reports.settings.ReportSettings;
import io.granula.reports.view.ImagePageView;
import io.granula.reports.view.ReportView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns a {@link ReportModel} and {@link ReportSettings} into a {@link ReportView}: applies the
 * filters, pools samples, asks the stats package for every number and chart series, and formats
 * every printed number with the one {@link ReportNumberFormat}.
 */
public final class ReportAssembler {
    private final ReportSettings settings;
    private final ReportNumberFormat format;

    public ReportAssembler(ReportSettings settings) {
        this.settings = settings;
        this.format = new ReportNumberFormat(settings.significantDigits());
    }

    public ReportNumberFormat format() {
        return format;
    }

    /** The measurements reported: ECD first, then the settings' choices, each once. */
    public List<Measurement> measurements() {
        Set<Measurement> ordered = new LinkedHashSet<>();
        ordered.add(Measurement.ECD);
        for (String key : settings.measurements()) {
            ordered.add(MeasurementNames.require(key, "measurements"));
        }
        return List.copyOf(ordered);
    }

    public ReportView assemble(ReportModel model, ProgressMonitor monitor, List<String> warnings) {
        List<Measurement> measurements = measurements();
        Measurement scatterX = MeasurementNames.require(settings.scatterX(), "scatterX");
        Measurement scatterY = MeasurementNames.require(settings.scatterY(), "scatterY");
        List<ParticleTable> tables = model.images().stream().map(ReportImage::particles).toList();
        ReportUnits units = ReportUnits.of(tables);
        FilterPlan filters = new FilterPlan(settings, units);
        List<Measurement> pooled = new ArrayList<>(measurements);
        pooled.add(scatterX);
        pooled.add(scatterY);

        List<PooledSample> samples = new ArrayList<>();
        List<ImageJob> jobs = new ArrayList<>();
        for (ReportSample sample : model.samples()) {
            List<ParticleTable> sampleTables = new ArrayList<>();
            List<int[]> sampleRows = new ArrayList<>();
            for (ReportImage image : sample.images()) {
                int[] rows = filters.select(image.particles());
                jobs.add(new ImageJob(image, sample.name(), rows));
                if (units.accepts(image.particles())) {
                    sampleTables.add(image.particles());
                    sampleRows.add(rows);
                } else {
                    warnings.add("image " + image.name() + " is " + (units.isCalibrated() ? "not calibrated" : "calibrated")
                            + " unlike the others: left out of sample " + sample.name() + "'s pooled statistics");
                }
            }
            samples.add(PooledSample.of(sample.name(), sampleTables, sampleRows, units, pooled));
        }
        List<ImagePageView> pages = settings.has(ChartKind.IMAGE_PAGES) ? imagePages(jobs, measurements, monitor) : List.of();
        warnMissing(samples, measurements, warnings);

        ChartSpecBuilder charts = new ChartSpecBuilder(samples, units, settings.histogramBins());
        String title = settings.title();
        return new ReportView(title, footer(title, model), TitleBuilder.build(model, settings, samples, Instant.now()),
                MethodsBuilder.build(model, measurements, filters, units, format, settings.notes()),
                SummaryTableBuilder.build(samples, measurements, units, new StatisticsRows(format)),
                SummaryTableBuilder.note(), histograms(charts, measurements), scatter(charts, scatterX, scatterY, samples),
                comparisons(charts, measurements, samples), pages);
    }

    private record ImageJob(ReportImage image, String sample, int[] rows) {
    }

    /**
     * Image pages are independent and their coding (display, outlines, JPEG) is most of a
     * report's work, so they are built on all cores; the order of pages stays the order of images.
     */
    private List<ImagePageView> imagePages(List<ImageJob> jobs, List<Measurement> measurements, ProgressMonitor monitor) {
        ImagePageBuilder builder = new ImagePageBuilder(measurements, new StatisticsRows(format),
                ImageBudget.perImage(jobs.size()));
        AtomicInteger done = new AtomicInteger();
        return jobs.parallelStream().map(job -> {
            monitor.checkCancelled();
            ImagePageView page = builder.build(job.image(), job.sample(), job.rows());
            monitor.update((double) done.incrementAndGet() / jobs.size(), "report page of " + job.image().name());
            return page;
        }).toList();
    }

    private List<HistogramChart.Spec> histograms(ChartSpecBuilder charts, List<Measurement> measurements) {
        List<HistogramChart.Spec> specs = new ArrayList<>();
        if (settings.has(ChartKind.HISTOGRAM_COUNT)) {
            specs.add(charts.histogram(Measurement.ECD, Weighting.COUNT));
        }
        if (settings.has(ChartKind.HISTOGRAM_VOLUME)) {
            specs.add(charts.histogram(Measurement.ECD, Weighting.VOLUME));
        }
        if (settings.has(ChartKind.HISTOGRAM_COUNT)) {
            for (Measurement m : measurements) {
                if (m != Measurement.ECD) {
                    specs.add(charts.histogram(m, Weighting.COUNT));
                }
            }
        }
        specs.removeIf(s -> s.bars().isEmpty());
        return specs;
    }

    private Optional<ScatterChart.Spec> scatter(ChartSpecBuilder charts, Measurement x, Measurement y,
                                                List<PooledSample> samples) {
        if (!settings.has(ChartKind.SCATTER) || samples.stream().noneMatch(s -> s.has(x) && s.has(y) && s.kept() > 0)) {
            return Optional.empty();
        }
        return Optional.of(charts.scatter(x, y));
    }

    private List<BoxPlotChart.Spec> comparisons(ChartSpecBuilder charts, List<Measurement> measurements,
                                                List<PooledSample> samples) {
        List<BoxPlotChart.Spec> specs = new ArrayList<>();
        if (samples.stream().allMatch(s -> s.kept() == 0)) {
            return specs;
        }
        for (Measurement m : measurements) {
            if (settings.has(ChartKind.BOX)) {
                specs.add(charts.comparison(m, BoxPlotChart.Style.BOX));
            }
            if (settings.has(ChartKind.VIOLIN)) {
                specs.add(charts.comparison(m, BoxPlotChart.Style.VIOLIN));
            }
        }
        specs.removeIf(s -> s.boxes().isEmpty());
        return specs;
    }

    private static void warnMissing(List<PooledSample> samples, List<Measurement> measurements, List<String> warnings) {
        for (Measurement m : measurements) {
            for (PooledSample s : samples) {
                if (!s.has(m)) {
                    warnings.add(m.key() + " is not in every image of sample " + s.name()
                            + (m.needsIntensity() ? " (it needs the micrograph's intensities)" : "") + ": not reported");
                }
            }
        }
    }

    private static String footer(String title, ReportModel model) {
        return "Granula · " + title + (model.project().isBlank() ? "" : " · " + model.project());
    }
}
