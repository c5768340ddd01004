package io.granula.app.cli;

import io.granula.app.project.ProjectException;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.app.service.InputImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code granula project create P.granula IMAGES... [--sample NAME=GLOB]...}. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a project file holding the images.")
public final class ProjectCreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "P.granula", description = "The new project file.")
    Path project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "IMAGES", description = "Image files or folders of images.")
    List<Path> images;

    @Option(names = "--sample", paramLabel = "NAME=GLOB",
            description = "Images whose file names match GLOB form sample NAME (repeatable; default: one sample per folder).")
    List<String> samples = new ArrayList<>();

    @Override
    public Integer call() {
        Map<String, PathMatcher> globs = parseSamples();
        PrintWriter err = spec.commandLine().getErr();
        List<InputImages.Problem> problems = new ArrayList<>();
        List<InputImages.Input> inputs;
        try {
            inputs = InputImages.collect(images, problems);
        } catch (IOException e) {
            throw new UserError("cannot list the images: " + e.getMessage());
        }
        problems.forEach(p -> err.println("granula: " + p.message()));
        if (inputs.isEmpty()) {
            throw new UserError("no images to add from " + images);
        }
        int failed = problems.size();
        try (ProjectStore store = ProjectStore.create(project)) {
            for (InputImages.Input in : inputs) {
                String sample = sampleOf(in, globs);
                try {
                    ProjectImage img = store.addImage(in.path(), in.name(), store.ensureSample(sample).id());
                    spec.commandLine().getOut().printf("%s: %dx%d, %d-bit, sample %s%n", img.name(), img.width(),
                            img.height(), img.bitDepth(), sample);
                } catch (ProjectException e) {
                    err.println("granula: " + e.getMessage());
                    failed++;
                }
            }
        }
        return failed == 0 ? GranulaCommand.OK : GranulaCommand.SOME_FAILED;
    }

    private Map<String, PathMatcher> parseSamples() {
        Map<String, PathMatcher> out = new LinkedHashMap<>();
        for (String s : samples) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new UserError("--sample: expected NAME=GLOB, got '" + s + "'");
            }
            out.put(s.substring(0, eq), FileSystems.getDefault().getPathMatcher("glob:" + s.substring(eq + 1)));
        }
        return out;
    }

    /** The first --sample whose glob matches the file name (or the path as given); else the image's folder. */
    private static String sampleOf(InputImages.Input in, Map<String, PathMatcher> globs) {
        for (Map.Entry<String, PathMatcher> e : globs.entrySet()) {
            if (e.getValue().matches(in.path().getFileName()) || e.getValue().matches(in.path())) {
                return e.getKey();
            }
        }
        return in.sample();
    }
}
