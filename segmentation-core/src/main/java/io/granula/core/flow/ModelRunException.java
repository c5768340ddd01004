package io.granula.core.flow;

/**
 * A flow model that loaded but could not give usable flows for an image: the forward pass failed,
 * returned the wrong shape, or returned NaN/Inf (a training run that diverged). The message names
 * the model and says what happened in words; the image fails, the batch goes on.
 */
public class ModelRunException extends RuntimeException {
    public ModelRunException(String message) {
        super(message);
    }

    public ModelRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
