package io.granula.reports.assemble;

import io.granula.core.pipeline.RunRecord;
import io.granula.reports.ReportException;
import io.granula.reports.model.ReportModel;
import io.granula.reports.settings.ReportSettings;
import io.granula.reports.view.KeyValue;
import io.granula.reports.view.TitleView;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Title page facts: project, dates, software, what was analysed. */
public final class TitleBuilder {
    /** ISO 8601 date and time to the minute, in the machine's zone, as quality records want it. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private TitleBuilder() {
    }

    public static TitleView build(ReportModel model, ReportSettings settings, List<PooledSample> samples,
                                  java.time.Instant now) {
        List<KeyValue> facts = new ArrayList<>();
        facts.add(new KeyValue("Project", model.project().isBlank() ? "–" : model.project()));
        facts.add(new KeyValue("Analysis date", DATE.format(model.created().atZone(ZoneId.systemDefault()))));
        facts.add(new KeyValue("Report date", DATE.format(now.atZone(ZoneId.systemDefault()))));
        String software = model.run().map(RunRecord::software).filter(s -> !s.isBlank()).orElse(RunRecord.SOFTWARE);
        facts.add(new KeyValue("Software", software));
        int kept = samples.stream().mapToInt(PooledSample::kept).sum();
        int measured = samples.stream().mapToInt(PooledSample::measured).sum();
        facts.add(new KeyValue("Samples", samples.size() + ": " + String.join(", ", samples.stream().map(PooledSample::name).toList())));
        facts.add(new KeyValue("Images", Integer.toString(model.images().size())));
        facts.add(new KeyValue("Particles", kept + " kept of " + measured + " measured"));
        return new TitleView(settings.title(), "Particle analysis report", logo(settings), facts, settings.operator());
    }

    private static Optional<BufferedImage> logo(ReportSettings settings) {
        if (settings.logo().isBlank()) {
            return Optional.empty();
        }
        Path file = Path.of(settings.logo());
        if (!Files.isReadable(file)) {
            throw new ReportException("logo " + file + " not found: fix 'logo' in the report settings or leave it empty");
        }
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new ReportException("logo " + file + " is not a PNG, JPEG, GIF or BMP image");
            }
            return Optional.of(image);
        } catch (IOException e) {
            throw new ReportException("logo " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
