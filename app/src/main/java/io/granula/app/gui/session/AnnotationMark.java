package io.granula.app.gui.session;

import io.granula.core.pipeline.ResultsKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An area the analysis left out because it holds annotation, not specimen (issue 20: the instrument's
 * data strip, text printed on the image), as the viewer hatches it. The scale bar and its label are
 * boxed by {@link ScaleBarMark} already and are not repeated here.
 *
 * @param kind  the key of calibration.json's {@code excluded_areas} ({@code data_strip}, {@code text}, ...)
 * @param x0    left edge in image pixels; {@code x1} and {@code y1} are exclusive
 * @param detail what found it (for text, what Tesseract read)
 */
public record AnnotationMark(String kind, double x0, double y0, double x1, double y1, String detail) {

    /** The words the viewer writes over the area: what it is and that it was not measured. */
    public String caption() {
        String what = switch (kind) {
            case "data_strip" -> "data strip";
            case "text" -> "text";
            default -> kind.replace('_', ' ');
        };
        return "not measured: " + what;
    }

    /** The data strips and printed text of calibration.json's {@code excluded_areas}; malformed entries are skipped. */
    public static List<AnnotationMark> fromDetails(Map<String, Object> details) {
        if (!(details.get(ResultsKeys.EXCLUDED_AREAS) instanceof List<?> areas)) {
            return List.of();
        }
        List<AnnotationMark> marks = new ArrayList<>();
        for (Object o : areas) {
            if (o instanceof Map<?, ?> a && a.get("kind") instanceof String kind && !kind.toLowerCase(Locale.ROOT).startsWith("scale_")
                    && a.get("x0") instanceof Number x0 && a.get("y0") instanceof Number y0
                    && a.get("x1") instanceof Number x1 && a.get("y1") instanceof Number y1) {
                marks.add(new AnnotationMark(kind, x0.doubleValue(), y0.doubleValue(), x1.doubleValue(), y1.doubleValue(),
                        a.get("detail") == null ? "" : a.get("detail").toString()));
            }
        }
        return List.copyOf(marks);
    }
}
