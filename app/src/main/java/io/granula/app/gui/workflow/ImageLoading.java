package io.granula.app.gui.workflow;

import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.AnnotationMark;
import io.granula.app.gui.session.ScaleBarMark;
import io.granula.app.project.CalibrationEntry;
import io.granula.app.project.MaskKind;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.app.project.StoredConfidence;
import io.granula.app.service.ProjectResults;
import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.progress.ProgressMonitor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the workbench shows for one project image: the file, the current (corrected) masks from the
 * store, and their measurements. The store keeps measurement values but not outlines, so the masks are
 * measured again here (the same {@link ParticleMeasurer} the analysis used, so the numbers are the
 * stored ones); that is one pass over the label image, off the FX thread. The scale bar the analysis
 * found comes from the stored run record, so a reopened project boxes it (and offers an unconfirmed
 * reading) as a fresh analysis does.
 */
public final class ImageLoading {
    private ImageLoading() {
    }

    public static ImageResult load(ProjectStore store, ProjectImage image, ProgressMonitor monitor) throws ImageReadException {
        Path file = store.resolve(image);
        Image2D pixels = ImageReaders.read(file).firstPage();
        Calibration calibration = store.calibration(image.id()).map(CalibrationEntry::calibration).orElse(Calibration.none());
        Map<String, Object> details = ProjectResults.calibrationDetails(store, image.id());
        ScaleBarMark bar = ScaleBarMark.fromDetails(details).orElse(null);
        List<AnnotationMark> leftOut = AnnotationMark.fromDetails(details);
        Optional<LabelImage> masks = store.masks(image.id(), MaskKind.CURRENT);
        if (masks.isEmpty()) {
            return ImageResult.of(pixels, null, null, calibration, bar, leftOut);
        }
        ParticleTable table = StoredConfidence.onto(new ParticleMeasurer().measure(masks.get(), pixels, calibration, monitor),
                store.particles(image.id()));
        return ImageResult.of(pixels, masks.get(), table, calibration, bar, leftOut);
    }
}
