package io.granula.app.service;

import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.core.export.CocoJsonWriter;
import io.granula.core.export.GeoJsonWriter;
import io.granula.core.export.RoiZipWriter;
import io.granula.core.export.SummaryCsvWriter;
import io.granula.core.pipeline.ImageAnalysis;
import io.granula.core.pipeline.ResultsLayout;
import io.granula.core.pipeline.ResultsWriter;
import io.granula.core.pipeline.RunRecord;
import io.granula.core.stats.ImageSummary;
import io.granula.core.stats.ParticleStatistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code project export}: the files {@code analyze} writes, from the project's current (corrected) masks,
 * written by the same core writers ({@link ResultsWriter}, {@link SummaryCsvWriter}) so they are the same
 * files; plus {@code coco.json} for the whole project and, per image, {@code rois.zip} (ImageJ ROI
 * Manager) and {@code particles.geojson} (QuPath detections). Measurements are taken afresh on the whole
 * label image with the image's intensities, as {@code analyze} takes them; an image whose file is missing
 * is exported on a blank background without intensity columns, and named.
 */
public final class ProjectExport {
    public static final String COCO = "coco.json";
    public static final String ROIS = "rois.zip";
    public static final String GEOJSON = "particles.geojson";

    private final ProjectStore store;

    public ProjectExport(ProjectStore store) {
        this.store = store;
    }

    /** @return how many images could not be exported (each named on {@code lines}) */
    public int export(Path out, Consumer<String> lines) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw ServiceException.badRequest("--out: cannot create " + out + ": " + e.getMessage());
        }
        ResultsLayout layout = new ResultsLayout(out);
        ResultsWriter writer = new ResultsWriter(layout);
        List<ImageSummary> summaries = new ArrayList<>();
        List<CocoJsonWriter.Entry> coco = new ArrayList<>();
        int failed = 0;
        for (ProjectImage img : store.images()) {
            var analysis = store.analysis(img.id());
            if (analysis.isEmpty()) {
                lines.accept(img.name() + ": not analysed yet, not exported");
                failed++;
                continue;
            }
            try {
                ImageAnalysis a = ProjectResults.current(store, img, analysis.get(), lines);
                RunRecord run = ProjectResults.runRecord(analysis.get());
                Path dir = writer.write(img.name(), a, run, ProjectResults.calibrationDetails(analysis.get()));
                RoiZipWriter.write(a.particles(), dir.resolve(ROIS));
                GeoJsonWriter.write(a.particles(), GeoJsonWriter.ObjectType.DETECTION, dir.resolve(GEOJSON));
                coco.add(new CocoJsonWriter.Entry(store.resolve(img).getFileName().toString(), a.labels(), a.particles()));
                summaries.add(new ImageSummary(img.name(), a.calibration(),
                        ParticleStatistics.summarise(a.particles(), a.keptRows())));
                lines.accept(img.name() + ": " + a.particles().size() + " particles -> " + dir);
            } catch (IOException e) {
                lines.accept(img.name() + ": cannot write results: " + e.getMessage());
                failed++;
            }
        }
        try {
            if (!summaries.isEmpty()) {
                SummaryCsvWriter.write(summaries, layout.summary());
                CocoJsonWriter.write(coco, CocoJsonWriter.Segmentation.POLYGONS, out.resolve(COCO));
            }
        } catch (IOException e) {
            lines.accept(out + ": cannot write the summary: " + e.getMessage());
            failed++;
        }
        return failed;
    }
}
