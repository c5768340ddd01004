package io.granula.app.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds a project's images on disk: which are missing or changed, and where moved ones went. A moved
 * image is recognised by its content (SHA-256), looked for under the project's folder and the folders
 * the user names; only files of the stored length are hashed, so a search over a large folder stays fast.
 */
public final class ImageLinks {
    /** What a relink did. */
    public record Relinked(List<ProjectImage> found, List<MissingImage> stillMissing) {
        public Relinked {
            found = List.copyOf(found);
            stillMissing = List.copyOf(stillMissing);
        }
    }

    private ImageLinks() {
    }

    /**
     * @param hash also hash present files to find changed content (reads every image once)
     * @return the images that are missing, or changed when {@code hash}
     */
    public static List<MissingImage> check(ProjectStore store, boolean hash) {
        List<MissingImage> out = new ArrayList<>();
        for (ProjectImage img : store.images()) {
            Path p = store.resolve(img);
            if (!Files.isRegularFile(p)) {
                out.add(new MissingImage(img, p, MissingImage.Problem.MISSING));
            } else if (hash && !sameContent(img, p)) {
                out.add(new MissingImage(img, p, MissingImage.Problem.CHANGED));
            }
        }
        return out;
    }

    /** Hex SHA-256 of a file's bytes, as the project stores it. */
    public static String sha256(Path file) throws IOException {
        return ImageFiles.sha256(file);
    }

    /** True when the file has the stored length and hash. */
    public static boolean sameContent(ProjectImage img, Path file) {
        try {
            return Files.size(file) == img.fileSize() && ImageFiles.sha256(file).equals(img.sha256());
        } catch (IOException e) {
            return false;
        }
    }

    /** Relinks every missing image found by content under the project's folder or {@code searchDirs}. */
    public static Relinked relink(ProjectStore store, List<Path> searchDirs) {
        List<MissingImage> missing = check(store, false);
        Map<Long, List<MissingImage>> bySize = new HashMap<>();
        for (MissingImage m : missing) {
            bySize.computeIfAbsent(m.image().fileSize(), k -> new ArrayList<>()).add(m);
        }
        List<ProjectImage> found = new ArrayList<>();
        List<Path> roots = new ArrayList<>(searchDirs);
        roots.add(0, store.folder());
        for (Path root : roots) {
            if (bySize.isEmpty() || !Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root, 12)) {
                for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    List<MissingImage> candidates = bySize.get(size(f));
                    if (candidates == null) {
                        continue;
                    }
                    String sha = ImageFiles.sha256(f);
                    for (MissingImage m : List.copyOf(candidates)) {
                        if (m.image().sha256().equals(sha)) {
                            store.relocate(m.image().id(), f);
                            found.add(store.image(m.image().id()).orElseThrow());
                            candidates.remove(m);
                        }
                    }
                    if (candidates.isEmpty()) {
                        bySize.remove(size(f));
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable sub-folder: the images not found are reported as missing below
            }
        }
        List<MissingImage> still = bySize.values().stream().flatMap(List::stream).toList();
        return new Relinked(found, still);
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }
}
