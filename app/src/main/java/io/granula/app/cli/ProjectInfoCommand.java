package io.granula.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.app.project.CalibrationEntry;
import io.granula.app.project.EditRecord;
import io.granula.app.project.ImageLinks;
import io.granula.app.project.MissingImage;
import io.granula.app.project.ParticleRow;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.app.project.Sample;
import io.granula.core.measure.Measurement;
import io.granula.core.stats.Descriptive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code granula project info P.granula [--json]}: images with particle counts, samples, edits, missing files. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Images (with particle counts), samples, edits and missing files of a project.")
public final class ProjectInfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "P.granula")
    Path project;

    @Option(names = "--json", description = "One JSON document instead of text.")
    boolean json;

    @Option(names = "--hash", description = "Also hash every image file to find changed ones (reads them all).")
    boolean hash;

    @Override
    public Integer call() throws Exception {
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            Map<String, Object> doc = describe(store);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(doc));
            } else {
                printText(doc, out);
            }
            return ((List<?>) doc.get("missing")).isEmpty() ? GranulaCommand.OK : GranulaCommand.SOME_FAILED;
        }
    }

    private Map<String, Object> describe(ProjectStore store) {
        Map<Long, String> sampleNames = new LinkedHashMap<>();
        for (Sample s : store.samples()) {
            sampleNames.put(s.id(), s.name());
        }
        List<Map<String, Object>> images = new ArrayList<>();
        int particles = 0;
        for (ProjectImage img : store.images()) {
            List<ParticleRow> rows = store.particles(img.id());
            particles += rows.size();
            List<EditRecord> edits = store.edits(img.id());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", img.name());
            m.put("path", store.resolve(img).toString());
            m.put("sample", sampleNames.get(img.sampleId()));
            m.put("width", img.width());
            m.put("height", img.height());
            m.put("analysed", store.analysis(img.id()).isPresent());
            m.put("particles", rows.size());
            double[] ecd = rows.stream().mapToDouble(r -> r.value(Measurement.ECD)).toArray();
            m.put("mean_ecd", rows.isEmpty() ? null : Descriptive.of(ecd).mean());
            m.put("units", store.units(img.id()).lengthUnit());
            CalibrationEntry cal = store.calibration(img.id()).orElse(null);
            m.put("nm_per_px", cal == null || !Double.isFinite(cal.nmPerPixel()) ? null : cal.nmPerPixel());
            m.put("calibration_source", cal == null ? null : cal.origin().name().toLowerCase(Locale.ROOT));
            m.put("edits", edits.stream().filter(e -> e.state() == EditRecord.State.APPLIED).count());
            images.add(m);
        }
        List<String> missing = ImageLinks.check(store, hash).stream().map(MissingImage::describe).toList();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("project", store.file().toString());
        doc.put("schema_version", store.schemaVersion());
        doc.put("read_only", store.readOnlyReason().orElse(null));
        doc.put("samples", new ArrayList<>(sampleNames.values()));
        doc.put("images", images);
        doc.put("particles", particles);
        doc.put("edits", store.appliedEditCount());
        doc.put("missing", missing);
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static void printText(Map<String, Object> doc, PrintWriter out) {
        out.printf("%s: %d images, %d particles, %d edits, samples %s%n", doc.get("project"),
                ((List<?>) doc.get("images")).size(), (Integer) doc.get("particles"), (Integer) doc.get("edits"),
                doc.get("samples"));
        for (Map<String, Object> m : (List<Map<String, Object>>) doc.get("images")) {
            out.printf(Locale.ROOT, "  %-24s %-12s %s%n", m.get("name"), String.valueOf(m.get("sample")),
                    Boolean.TRUE.equals(m.get("analysed"))
                            ? m.get("particles") + " particles, " + m.get("edits") + " edits"
                            : "not analysed");
        }
        for (String line : (List<String>) doc.get("missing")) {
            out.println("  missing: " + line);
        }
    }
}
