package io.granula.app.gui.workflow;

import io.granula.app.project.FilterDocument;
import io.granula.core.measure.ParticleFilter;

/** The particle filter as the project stores it: see {@link FilterDocument}, which the report reads too. */
public final class FilterJson {
    private FilterJson() {
    }

    public static String write(ParticleFilter filter) {
        return FilterDocument.write(filter);
    }

    public static ParticleFilter read(String json) {
        return FilterDocument.read(json);
    }
}
