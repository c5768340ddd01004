package io.granula.core.image;

import org.w3c.dom.Node;

import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolution and text from the plugin-neutral javax_imageio_1.0 metadata tree, which the JDK's
 * PNG (pHYs, tEXt/iTXt/zTXt), JPEG (JFIF density, COM) and BMP plugins all fill.
 */
final class StandardMetadata {
    private StandardMetadata() {
    }

    static ImageMetadata from(IIOMetadata meta, String format) {
        if (meta == null || !meta.isStandardMetadataFormatSupported()) {
            return ImageMetadata.none(format);
        }
        Node root = meta.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        // HorizontalPixelSize is millimetres per pixel; ImageMetadata holds pixels per unit
        double mmX = floatValue(child(root, "Dimension", "HorizontalPixelSize"));
        double mmY = floatValue(child(root, "Dimension", "VerticalPixelSize"));
        double perCmX = mmX > 0 ? 10 / mmX : Double.NaN;
        double perCmY = mmY > 0 ? 10 / mmY : Double.NaN;
        List<String> texts = new ArrayList<>();
        Node text = child(root, "Text");
        for (Node n = text == null ? null : text.getFirstChild(); n != null; n = n.getNextSibling()) {
            Node keyword = n.getAttributes().getNamedItem("keyword");
            Node value = n.getAttributes().getNamedItem("value");
            if (value != null && !value.getNodeValue().isBlank()) {
                texts.add(keyword == null ? value.getNodeValue() : keyword.getNodeValue() + ": " + value.getNodeValue());
            }
        }
        Optional<String> description = texts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", texts));
        return new ImageMetadata(format, Map.of(), description, perCmX, perCmY,
                Double.isNaN(perCmX) && Double.isNaN(perCmY) ? "" : "cm");
    }

    private static Node child(Node parent, String... path) {
        Node node = parent;
        for (String name : path) {
            Node found = null;
            for (Node n = node.getFirstChild(); n != null && found == null; n = n.getNextSibling()) {
                if (n.getNodeName().equals(name)) {
                    found = n;
                }
            }
            if (found == null) {
                return null;
            }
            node = found;
        }
        return node;
    }

    private static double floatValue(Node n) {
        if (n == null || n.getAttributes().getNamedItem("value") == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(n.getAttributes().getNamedItem("value").getNodeValue());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
