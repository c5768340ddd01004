package io.granula.reports.view;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * What the title page shows.
 *
 * @param facts    project, date, software, counts, in print order
 * @param operator who made the analysis; blank prints an empty field to fill in by hand
 */
public record TitleView(String title, String subtitle, Optional<BufferedImage> logo, List<KeyValue> facts,
                        String operator) {
    public TitleView {
        facts = List.copyOf(facts);
    }
}
