package io.granula.core.train;

/** What one epoch did: mean training loss, time, learning rate at its end and the validation score. */
public record EpochRecord(int epoch, double meanLoss, int steps, double seconds, double learningRate, ValidationScore validation) {
}
