package io.granula.core.flow;

/**
 * How many CPU threads a run may ask for. PyTorch takes any intra-op thread count it is given
 * (torch.set_num_threads) and with thousands of threads on two cores it thrashes for minutes and
 * then dies with a segmentation fault, without a message. More threads than four per processor
 * never help (oversubscription only adds switching), so that is the bound.
 */
public final class ThreadLimit {
    private static final int PER_PROCESSOR = 4;

    private ThreadLimit() {
    }

    /** The most threads a run may use on this machine: four per available processor. */
    public static int max() {
        return PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
    }

    /**
     * Checks a user's thread count.
     *
     * @param option the option's name for the message, e.g. {@code --threads}
     * @throws IllegalArgumentException naming the option, the value and the allowed range
     */
    public static int check(int requested, String option) {
        if (requested < 1 || requested > max()) {
            throw new IllegalArgumentException(option + " must be between 1 and " + max() + " (four per processor of this machine, "
                    + Runtime.getRuntime().availableProcessors() + " processors), got " + requested);
        }
        return requested;
    }
}
