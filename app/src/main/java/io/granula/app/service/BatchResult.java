package io.granula.app.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A batch's outcome: one entry per input (inputs that were not images included), whether it was
 * cancelled, and the summary written (none when no image was analysed).
 */
public record BatchResult(List<ImageOutcome> outcomes, boolean cancelled, Optional<Path> summary) {
    public BatchResult {
        outcomes = List.copyOf(outcomes);
    }

    public long failed() {
        return outcomes.stream().filter(o -> !o.ok()).count();
    }

    public boolean allOk() {
        return failed() == 0 && !cancelled;
    }
}
