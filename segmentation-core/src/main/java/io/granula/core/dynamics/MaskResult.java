package io.granula.core.dynamics;

import io.granula.core.label.LabelImage;

import java.util.Map;

/** Masks and how long each named stage took (milliseconds), for the JSON line of {@code masks}. */
public record MaskResult(LabelImage labels, Map<String, Double> stageMillis, String device) {
    public MaskResult {
        // keep the stages in the order they ran (JSON lines and reports list them that way)
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }
}
