package io.granula.app.service;

import io.granula.scalebar.text.OcrEngine;
import io.granula.scalebar.text.OcrUnavailableException;
import io.granula.scalebar.text.TesseractOcr;

import java.util.Optional;

/**
 * The one Tesseract engine of an analysis run, shared by the scale-bar reader and the printed-text
 * finder (initialising an engine costs more than reading a label), or why there is none.
 */
record SharedOcr(Optional<OcrEngine> engine, Optional<String> problem) implements AutoCloseable {
    static SharedOcr open() {
        try {
            return new SharedOcr(Optional.of(TesseractOcr.open()), Optional.empty());
        } catch (OcrUnavailableException e) {
            return new SharedOcr(Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    static SharedOcr none() {
        return new SharedOcr(Optional.empty(), Optional.empty());
    }

    @Override
    public void close() {
        engine.ifPresent(OcrEngine::close);
    }
}
