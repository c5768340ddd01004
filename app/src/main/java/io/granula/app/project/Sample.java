package io.granula.app.project;

/** A named group of images (a powder, a batch, a condition): the report's unit of comparison. */
public record Sample(long id, String name) {
}
