package io.granula.scalebar.text;

/**
 * One word as OCR read it, with the engine's confidence in it (0..100; Tesseract's mean word
 * confidence).
 */
public record OcrWord(String text, int confidence) {
}
