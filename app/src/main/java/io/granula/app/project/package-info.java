/**
 * The project store: one SQLite file per study ({@code NAME.granula}), opened through
 * {@link io.granula.app.project.ProjectStore}. No JavaFX, nothing from {@code app.cli} or {@code app.gui}
 * (a test scans the compiled classes).
 *
 * <h2>File</h2>
 * WAL journal, {@code synchronous=FULL} (a returned commit survives a power cut), foreign keys on,
 * {@code PRAGMA application_id = 0x47524E4C} ("GRNL"), {@code PRAGMA user_version} = number of migrations
 * applied ({@code Schema}); a newer version is refused before SQLite opens the file, so it is never
 * rewritten. One writer at a time: the process holding an OS lock on {@code NAME.granula.lock}
 * ({@code ProjectLock}); others get a read-only view.
 *
 * <h2>Tables (schema version 2)</h2>
 * <ul>
 * <li>{@code sample(id, name)}</li>
 * <li>{@code image(id, name, path, relative, sha256, file_size, width, height, bit_depth, sample_id, added_at)}:
 *     path relative to the project's folder when the image lies under it, absolute otherwise</li>
 * <li>{@code calibration(id, image_id, nm_per_px, origin, detail, at, author)}: the history; the newest row
 *     is current; origin is metadata, scale_bar, typed, drawn or none</li>
 * <li>{@code analysis_settings(id, settings_key, model, model_sha256, diameter_px, flow_threshold,
 *     cellprob_threshold, min_size, exclude_edge, augment, device, parameters)}: settings_key is the hash of
 *     what decides the masks ({@link io.granula.app.project.AnalysisSettingsRecord#key()})</li>
 * <li>{@code analysis(image_id, settings_id, image_sha256, at, diameter_px, device, run_json)}</li>
 * <li>{@code mask_tile(image_id, kind, tile_x, tile_y, data)}: kind model or current; 256x256 tiles of
 *     int32 labels, byte planes deflated ({@code LabelCodec})</li>
 * <li>{@code particle(image_id, label, measurements)}: one little-endian float64 per
 *     {@link io.granula.core.measure.Measurement} (NaN = not measured), in the units of
 *     {@code image_units(image_id, length_unit, units_per_px)}</li>
 * <li>{@code edit(id, image_id, seq, kind, at, author, touched, x, y, width, height, before, after, state)}:
 *     one operation, its rectangle's labels before and after ({@code LabelCodec}), state applied, undone
 *     or discarded</li>
 * <li>{@code setting(key, value)} (version 2): project-wide JSON documents - filters, report choices</li>
 * </ul>
 */
package io.granula.app.project;
