package io.granula.reports.settings;

import io.granula.core.io.AtomicFiles;
import io.granula.core.io.IoMessages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.granula.reports.ReportException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes {@link ReportSettings} as a small JSON file. Unknown keys are an error (a
 * misspelt "measurments" must not silently fall back to the defaults); the message names the
 * file, the line and the key. A relative logo path is taken relative to the settings file.
 */
public final class ReportSettingsFile {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReportSettingsFile() {
    }

    public static ReportSettings read(Path file) {
        try {
            ReportSettings s = MAPPER.readValue(Files.readString(file), ReportSettings.class);
            if (!s.logo().isEmpty() && !Path.of(s.logo()).isAbsolute()) {
                Path parent = file.toAbsolutePath().getParent();
                s = s.withLogo(parent.resolve(s.logo()).normalize().toString());
            }
            return s;
        } catch (NoSuchFileException e) {
            throw new ReportException("report settings " + file + " not found");
        } catch (JsonProcessingException e) {
            throw new ReportException("report settings " + file + " are not valid: " + describe(e), e);
        } catch (IOException e) {
            throw new ReportException("report settings " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads settings stored elsewhere than in a file (a project keeps them); {@code where} names the store
     * in the message. A relative logo stays as written.
     */
    public static ReportSettings fromJson(String json, String where) {
        try {
            return MAPPER.readValue(json, ReportSettings.class);
        } catch (JsonProcessingException e) {
            throw new ReportException("report settings in " + where + " are not valid: " + describe(e), e);
        }
    }

    public static void write(Path file, ReportSettings settings) {
        try {
            AtomicFiles.writeString(file, toJson(settings));
        } catch (IOException e) {
            throw new ReportException("cannot write report settings " + file + ": " + IoMessages.describe(e), e);
        }
    }

    public static String toJson(ReportSettings settings) {
        try {
            return MAPPER.writeValueAsString(settings) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings are always serialisable", e);
        }
    }

    private static String describe(JsonProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof IllegalArgumentException ? root.getMessage() : e.getOriginalMessage();
        message = message.lines().findFirst().orElse(message);
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return message + " (at " + keyPath(m) + ")";
        }
        return e.getLocation() == null ? message
                : message + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** "filters[0].min": where in the file the bad value sits, as the user wrote the keys. */
    private static String keyPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
