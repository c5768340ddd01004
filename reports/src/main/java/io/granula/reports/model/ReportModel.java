package io.granula.reports.model;

import io.granula.core.pipeline.RunRecord;
import io.granula.reports.settings.SampleSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a report is made from: samples of images with their particles, and the run record
 * that says how they were made. The GUI builds one from its project, the command line from a
 * results folder; {@link io.granula.reports.ReportService} turns it into a PDF.
 *
 * @param project the project's name, printed on the title page
 * @param created when the analysis ran (or now)
 * @param run     model, parameters, device of the analysis, when known
 */
public record ReportModel(String project, Instant created, Optional<RunRecord> run, List<ReportSample> samples) {
    public ReportModel {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one image");
        }
        samples = List.copyOf(samples);
    }

    /** Groups images into samples by {@link SampleGrouper}: folders of their sources, or NAME=GLOB specs. */
    public static ReportModel grouped(String project, Instant created, Optional<RunRecord> run, List<ReportImage> images,
                                      List<SampleSpec> specs) {
        // Identity: two images may share a name (same stem in two folders) and must stay two.
        Map<SampleGrouper.ImageRef, ReportImage> byRef = new IdentityHashMap<>();
        List<SampleGrouper.ImageRef> refs = new ArrayList<>();
        for (ReportImage image : images) {
            SampleGrouper.ImageRef ref = new SampleGrouper.ImageRef(image.name(), image.source().orElse(null));
            refs.add(ref);
            byRef.put(ref, image);
        }
        List<ReportSample> samples = new ArrayList<>();
        SampleGrouper.group(refs, specs, project.isBlank() ? "Sample" : project).forEach((name, members) ->
                samples.add(new ReportSample(name, members.stream().map(byRef::get).toList())));
        return new ReportModel(project, created, run, samples);
    }

    public List<ReportImage> images() {
        return samples.stream().flatMap(s -> s.images().stream()).toList();
    }

}
