package io.granula.scalebar.bar;

import java.util.Optional;

/**
 * A thin uniform rectangle that could be a scale bar.
 *
 * @param rect       the bar's uniform rows (ticks excluded beyond them)
 * @param background median intensity of the rows just above and below the bar
 * @param contrast   |bar - background| as a fraction of the image's range
 * @param support    mean of the fractions of columns that contrast above and below
 * @param ticks      end ticks, when the bar has them
 * @param score      0..1, higher is more bar-like; candidates are tried in this order
 */
public record BarCandidate(UniformRect rect, float background, double contrast, double support,
                           Optional<Ticks> ticks, double score) {
    public float barValue() {
        return rect.value();
    }

    /** +1 when the bar is lighter than its surroundings, -1 when darker. */
    public int polarity() {
        return rect.value() >= background ? 1 : -1;
    }
}
