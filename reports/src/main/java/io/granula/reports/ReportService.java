package io.granula.reports;

import io.granula.core.progress.ProgressMonitor;
import io.granula.reports.assemble.ReportAssembler;
import io.granula.reports.model.ReportModel;
import io.granula.reports.sections.ReportRenderer;
import io.granula.reports.settings.ReportSettings;
import io.granula.reports.view.ReportView;
import io.granula.core.io.AtomicFiles;
import io.granula.core.io.IoMessages;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * Writes the report of {@code model} to {@code out} through {@link AtomicFiles}, so a failed or
     * cancelled report never leaves half a PDF where a good one was, and the PDF gets the same
     * permissions as every other output.
     */
    public Outcome write(ReportModel model, ReportSettings settings, Path out, ProgressMonitor monitor) {
        long start = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        monitor.update(0, "report: statistics");
        ReportView view = new ReportAssembler(settings).assemble(model, monitor.sub(0, 0.3), warnings);
        Path target = out.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            int pages;
            try (PDDocument document = new ReportRenderer(settings.pageSize())
                    .render(view, monitor.sub(0.3, 0.9))) {
                pages = document.getNumberOfPages();
                monitor.update(0.92, "report: writing " + target.getFileName());
                AtomicFiles.writeVia(target, tmp -> document.save(tmp.toFile()));
            }
            monitor.update(1, "report written");
            return new Outcome(target, pages, Files.size(target), (System.nanoTime() - start) / 1_000_000, warnings);
        } catch (IOException e) {
            throw new ReportException("cannot write report " + target + ": " + IoMessages.describe(e), e);
        }
    }
}
