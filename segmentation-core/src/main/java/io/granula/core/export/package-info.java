/**
 * Writing particles for the programs people open them in, each proven by that program's own reader in
 * the tests: {@link io.granula.core.export.ParticleCsvWriter} and
 * {@link io.granula.core.export.SummaryCsvWriter} (units in headers, '.' decimals; read back by ImageJ's
 * ResultsTable), {@link io.granula.core.export.RoiZipWriter} (ImageJ ROI Manager zip; ImageJ's
 * RoiDecoder), {@link io.granula.core.export.CocoJsonWriter} / {@link io.granula.core.export.CocoJsonReader}
 * (COCO instances, polygons or compressed RLE, and back to labels), and
 * {@link io.granula.core.export.GeoJsonWriter} (QuPath objects; parsed as QuPath does with JTS).
 * All coordinates are pixel corners in the image's pixel frame.
 */
package io.granula.core.export;
