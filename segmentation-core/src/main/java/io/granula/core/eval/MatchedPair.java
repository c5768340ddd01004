package io.granula.core.eval;

/** A ground-truth instance matched one-to-one with a predicted instance, by their label ids. */
public record MatchedPair(int gtId, int predId, double iou) {
}
