package io.granula.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a flow network file cannot say about itself, kept next to it as {@code <name>.json}
 * (read and written by {@link ModelSidecarFile}).
 *
 * @param inputChannels   channels the network takes (Cellpose: 2, cytoplasm + nucleus; ours: 1)
 * @param lowerPercentile normalisation maps this percentile of each channel to 0 (Cellpose: 1)
 * @param upperPercentile ... and this one to 1 (Cellpose: 99); see cellpose transforms.normalize99
 * @param diamMean        object diameter in pixels the network was trained at (Cellpose's
 *                        diam_mean: 30 for cyto, 17 for nuclei)
 * @param outputLayout    names of the output channels in order; must contain dy, dx and cellprob
 * @param flowScale       length of the flow vectors inside objects in the network's output
 *                        (Cellpose trains on 5x unit flows: 5); outputs are rescaled to 5
 * @param stride          input sizes must be a multiple of this (2^number of 2x poolings); a
 *                        power of two
 * @param tileSize        tile edge in pixels for tiled inference, a multiple of {@code stride}
 *                        (Cellpose: 224); for a traced network, the size it was traced at
 * @param traced          exported with torch.jit.trace (Cellpose's exporter): runs only at
 *                        {@code tileSize}, may return (flows, style), cannot be fine-tuned
 * @param architecture    free text for the report, e.g. "FlowUNet widths=[16, 32, 64, 128]"
 * @param provenance      free JSON object: training data, seed, epochs, validation figures
 */
public record ModelSidecar(int inputChannels, double lowerPercentile, double upperPercentile, double diamMean,
                           List<String> outputLayout, double flowScale, int stride, int tileSize, boolean traced,
                           String architecture, Map<String, Object> provenance) {
    public static final String FORMAT = "granula-flow-model/1";
    public static final String DY = "dy";
    public static final String DX = "dx";
    public static final String CELLPROB = "cellprob";

    /** Throws IllegalArgumentException naming the field; {@link ModelSidecarFile} adds the file. */
    public ModelSidecar {
        outputLayout = List.copyOf(outputLayout);
        // JSON provenance may hold nulls and nested objects, which Map.copyOf refuses.
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        architecture = Objects.requireNonNullElse(architecture, "");
        require(inputChannels >= 1 && inputChannels <= 16, "input_channels must be 1..16, got " + inputChannels);
        require(lowerPercentile >= 0 && upperPercentile <= 100 && lowerPercentile < upperPercentile,
                "normalization percentiles must satisfy 0 <= lower < upper <= 100, got "
                        + lowerPercentile + " and " + upperPercentile);
        require(diamMean > 0 && Double.isFinite(diamMean), "diam_mean must be a positive number, got " + diamMean);
        for (String name : List.of(DY, DX, CELLPROB)) {
            require(outputLayout.indexOf(name) >= 0 && outputLayout.indexOf(name) == outputLayout.lastIndexOf(name),
                    "output_layout must name '" + name + "' exactly once, got " + String.join(",", outputLayout));
        }
        require(flowScale > 0 && Double.isFinite(flowScale), "flow_scale must be a positive number, got " + flowScale);
        require(stride >= 1 && stride <= 256 && Integer.bitCount(stride) == 1,
                "stride must be a power of two up to 256, got " + stride);
        require(tileSize >= stride && tileSize % stride == 0 && tileSize <= 4096,
                "tile_size must be a multiple of stride " + stride + " up to 4096, got " + tileSize);
    }

    /** Cellpose's convention for a network we know nothing else about (a pretrained cyto model). */
    public static ModelSidecar cellposeDefaults(int inputChannels, double diamMean, boolean traced) {
        return new ModelSidecar(inputChannels, 1, 99, diamMean, List.of(DY, DX, CELLPROB), 5, 16, 224, traced, "",
                Map.of());
    }

    public int channelIndex(String name) {
        return outputLayout.indexOf(name);
    }

    public ModelSidecar withProvenance(Map<String, Object> newProvenance) {
        return new ModelSidecar(inputChannels, lowerPercentile, upperPercentile, diamMean, outputLayout, flowScale,
                stride, tileSize, traced, architecture, newProvenance);
    }

    public ModelSidecar withDiamMean(double newDiamMean) {
        return new ModelSidecar(inputChannels, lowerPercentile, upperPercentile, newDiamMean, outputLayout, flowScale,
                stride, tileSize, traced, architecture, provenance);
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }
}
