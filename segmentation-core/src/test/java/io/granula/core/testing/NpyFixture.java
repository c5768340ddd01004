package io.granula.core.testing;

import io.granula.core.io.Npy;
import io.granula.core.io.NpyFloatArray;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The float32 .npy fixtures that python/make_test_model.py writes under test resources
 * {@code /models/}, read with the product's own {@link Npy} reader.
 */
public record NpyFixture(int[] shape, float[] data) {
    public static NpyFixture resource(String name) {
        URL url = NpyFixture.class.getResource("/models/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource /models/" + name + " missing: run python/make_test_model.py");
        }
        try {
            NpyFloatArray a = Npy.readFloats(Path.of(url.toURI()));
            return new NpyFixture(a.shape(), a.data());
        } catch (URISyntaxException | java.io.IOException e) {
            throw new IllegalStateException("cannot read test resource /models/" + name + ": " + e.getMessage(), e);
        }
    }

    /** Plane {@code i} of a (planes, H, W) array. */
    public float[] plane(int i) {
        int n = shape[shape.length - 1] * shape[shape.length - 2];
        return Arrays.copyOfRange(data, i * n, (i + 1) * n);
    }
}
