package io.granula.core.train;

/**
 * Settings of one training run. Defaults follow Cellpose's train_seg where they carry over
 * (batch 8, crops 224 px, learning rate 0.005 with weight decay 1e-5, AdamW-like); epochs are
 * passes over the training images.
 *
 * @param epochs        passes over the training set
 * @param batch         crops per step
 * @param learningRate  peak learning rate (after warm-up)
 * @param weightDecay   L2 weight decay in Adam
 * @param crop          crop edge in px, a multiple of the network's stride
 * @param validation    held-out synthetic images scored after every epoch (0: none, keep the last epoch)
 * @param validationSize edge of each validation image in px
 * @param seed          seed of crops, order and validation images
 * @param threads       CPU threads for PyTorch and the flow computations
 * @param augmentation  random changes to each crop
 */
public record TrainingOptions(int epochs, int batch, double learningRate, double weightDecay, int crop, int validation,
                              int validationSize, long seed, int threads, Augmentation augmentation) {
    public TrainingOptions {
        if (epochs < 1 || batch < 1 || !(learningRate > 0) || weightDecay < 0 || crop < 8 || validation < 0
                || validationSize < 16 || threads < 1) {
            throw new IllegalArgumentException("bad training options: epochs " + epochs + ", batch " + batch + ", lr "
                    + learningRate + ", crop " + crop + ", validation " + validation + ", threads " + threads);
        }
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(100, 8, 0.005, 1e-5, 224, 8, 256, 0,
                Math.max(1, Runtime.getRuntime().availableProcessors()), Augmentation.defaults());
    }

    public TrainingOptions withEpochs(int v) {
        return new TrainingOptions(v, batch, learningRate, weightDecay, crop, validation, validationSize, seed, threads, augmentation);
    }

    public TrainingOptions withBatch(int v) {
        return new TrainingOptions(epochs, v, learningRate, weightDecay, crop, validation, validationSize, seed, threads, augmentation);
    }

    public TrainingOptions withLearningRate(double v) {
        return new TrainingOptions(epochs, batch, v, weightDecay, crop, validation, validationSize, seed, threads, augmentation);
    }

    public TrainingOptions withCrop(int v) {
        return new TrainingOptions(epochs, batch, learningRate, weightDecay, v, validation, validationSize, seed, threads, augmentation);
    }

    public TrainingOptions withValidation(int count, int size) {
        return new TrainingOptions(epochs, batch, learningRate, weightDecay, crop, count, size, seed, threads, augmentation);
    }

    public TrainingOptions withSeed(long v) {
        return new TrainingOptions(epochs, batch, learningRate, weightDecay, crop, validation, validationSize, v, threads, augmentation);
    }

    public TrainingOptions withThreads(int v) {
        return new TrainingOptions(epochs, batch, learningRate, weightDecay, crop, validation, validationSize, seed, v, augmentation);
    }

    public TrainingOptions withAugmentation(Augmentation v) {
        return new TrainingOptions(epochs, batch, learningRate, weightDecay, crop, validation, validationSize, seed, threads, v);
    }
}
