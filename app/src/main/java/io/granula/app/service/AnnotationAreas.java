package io.granula.app.service;

import io.granula.core.annotate.AnnotationArea;
import io.granula.core.annotate.EdgeStripDetector;
import io.granula.core.image.Image2D;
import io.granula.scalebar.printed.PrintedTextFinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image's annotation areas: the data strip along an edge ({@link EdgeStripDetector}, any maker),
 * and the scale bar and its label where the scale-bar reader found them (calibration.json's
 * {@code bar} and {@code text} boxes, so the bar is read once). A bar or label inside a strip is
 * covered by the strip already. Text printed on the image (panel letters, labels) is found by
 * {@link PrintedTextFinder} where an OCR engine is at hand, outside the areas already found.
 */
final class AnnotationAreas {
    /** Pixels around a bar or label box also left out: antialiased rims and end ticks. */
    static final int PAD = 3;

    private static final EdgeStripDetector STRIPS = new EdgeStripDetector();

    private AnnotationAreas() {
    }

    static List<AnnotationArea> find(Image2D image, Map<String, Object> scaleBar) {
        return find(image, scaleBar, Optional.empty());
    }

    static List<AnnotationArea> find(Image2D image, Map<String, Object> scaleBar, Optional<PrintedTextFinder> text) {
        List<AnnotationArea> areas = new ArrayList<>(STRIPS.find(image));
        // a "bar" whose label reads nothing is, on the specimen, most often an elongated particle (seen on the
        // real steel images: a cementite plate and its neighbour taken for bar and label); leaving it out would
        // lose real particles, so only a bar with a label that read is left out (a strip covers its own bar)
        if (Boolean.TRUE.equals(scaleBar.get("found")) && labelRead(scaleBar)) {
            box(scaleBar.get("bar"), AnnotationArea.Kind.SCALE_BAR, "scale bar", image).ifPresent(areas::add);
            box(scaleBar.get("text"), AnnotationArea.Kind.SCALE_LABEL, "scale-bar label", image).ifPresent(areas::add);
        }
        text.ifPresent(t -> areas.addAll(t.find(image, List.copyOf(areas))));
        List<AnnotationArea> strips = areas.stream().filter(a -> a.kind() == AnnotationArea.Kind.DATA_STRIP).toList();
        areas.removeIf(a -> a.kind() != AnnotationArea.Kind.DATA_STRIP && strips.stream().anyMatch(s -> inside(a, s)));
        return List.copyOf(areas);
    }

    private static boolean labelRead(Map<String, Object> scaleBar) {
        return scaleBar.get("text") instanceof Map<?, ?> t && t.get("raw") instanceof String raw && !raw.isBlank();
    }

    private static boolean inside(AnnotationArea a, AnnotationArea s) {
        return a.x0() >= s.x0() && a.y0() >= s.y0() && a.x1() <= s.x1() && a.y1() <= s.y1();
    }

    private static Optional<AnnotationArea> box(Object json, AnnotationArea.Kind kind, String detail, Image2D image) {
        if (!(json instanceof Map<?, ?> m) || !(m.get("x0") instanceof Number x0) || !(m.get("y0") instanceof Number y0)
                || !(m.get("x1") instanceof Number x1) || !(m.get("y1") instanceof Number y1)) {
            return Optional.empty();
        }
        int ax0 = (int) Math.floor(x0.doubleValue()), ay0 = (int) Math.floor(y0.doubleValue());
        int ax1 = (int) Math.ceil(x1.doubleValue()), ay1 = (int) Math.ceil(y1.doubleValue());
        if (ax1 <= ax0 || ay1 <= ay0) {
            return Optional.empty();
        }
        return Optional.of(new AnnotationArea(kind, ax0, ay0, ax1, ay1, detail)
                .padded(PAD, image.width(), image.height()));
    }
}
