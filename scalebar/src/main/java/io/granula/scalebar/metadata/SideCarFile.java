package io.granula.scalebar.metadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The instrument's .txt written next to an image (same name, .txt or .TXT), read as Latin-1. */
final class SideCarFile {
    /** Side-cars are a few kB; anything much larger is not one. */
    private static final long MAX_BYTES = 1 << 20;

    private SideCarFile() {
    }

    static Optional<SideCar> find(Optional<Path> image) {
        if (image.isEmpty()) {
            return Optional.empty();
        }
        Path p = image.get();
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        for (String ext : List.of(".txt", ".TXT", ".Txt")) {
            Path txt = p.resolveSibling(stem + ext);
            try {
                if (Files.isRegularFile(txt) && Files.size(txt) <= MAX_BYTES) {
                    return Optional.of(new SideCar(txt, Files.readString(txt, StandardCharsets.ISO_8859_1)));
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    record SideCar(Path path, String text) {
    }
}
