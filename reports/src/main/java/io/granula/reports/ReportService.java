package io.granula.reports;

import io.granula.core.progress.ProgressMonitor;
import io.granula.reports.assemble.ReportAssembler;
import io.granula.reports.model.ReportModel;
import io.granula.reports.sections.ReportRenderer;
import io.granula.reports.settings.ReportSettings;
import io.granula.reports.view.ReportView;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point for a PDF report: the GUI's button and both commands call
 * {@link #write}. Thread-neutral and cancellable through the monitor; run it off the GUI thread.
 */
public final class ReportService {

    /**
     * What came of a report.
     *
     * @param warnings things left out, e.g. an uncalibrated image among calibrated ones
     */
    public record Outcome(Path file, int pages, long bytes, long millis, List<String> warnings) {
        public Outcome {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Writes the report of {@code model} to {@code out}. The file is written next to its
     * destination first and moved into place at the end, so a failed or cancelled report
     * never leaves half a PDF where a good one was.
     */
    public Outcome write(ReportModel model, ReportSettings settings, Path out, ProgressMonitor monitor) {
        long start = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        monitor.update(0, "report: statistics");
        ReportView view = new ReportAssembler(settings).assemble(model, monitor.sub(0, 0.3), warnings);
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".report-", ".pdf.part");
            int pages;
            try (PDDocument document = new ReportRenderer(settings.pageSize())
                    .render(view, monitor.sub(0.3, 0.9))) {
                pages = document.getNumberOfPages();
                monitor.update(0.92, "report: writing " + target.getFileName());
                document.save(temp.toFile());
            }
            move(temp, target);
            temp = null;
            monitor.update(1, "report written");
            return new Outcome(target, pages, Files.size(target), (System.nanoTime() - start) / 1_000_000, warnings);
        } catch (IOException e) {
            throw new ReportException("cannot write report " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The failure being reported matters more than a leftover temporary file.
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
