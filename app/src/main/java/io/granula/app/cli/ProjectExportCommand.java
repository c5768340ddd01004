package io.granula.app.cli;

import io.granula.app.project.ProjectStore;
import io.granula.app.service.ProjectExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code granula project export P.granula --out DIR}: analyze's files from the current (corrected) masks. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes labels.tif, particles.csv, overlay.png, calibration.json, run.json, rois.zip, "
                + "particles.geojson per image and summary.csv, coco.json from the current masks.")
public final class ProjectExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "P.granula")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Override
    public Integer call() {
        try (ProjectStore store = ProjectStore.open(project)) {
            int failed = new ProjectExport(store).export(out, line -> spec.commandLine().getOut().println(line));
            return failed == 0 ? GranulaCommand.OK : GranulaCommand.SOME_FAILED;
        }
    }
}
