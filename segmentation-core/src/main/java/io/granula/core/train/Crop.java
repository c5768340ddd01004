package io.granula.core.train;

/** One network-sized training example: input and the three target planes, {@code size*size} each. */
public record Crop(int size, float[] input, float[] flowY, float[] flowX, float[] cellprob) {
}
