// 02-labeled-datasets: run silently when the lesson starts.
// DJL's convolution and pooling layers (Conv2d, Pool) live outside the session's default imports.
import ai.djl.nn.convolutional.*;
import ai.djl.nn.pooling.*;

// The pixels of one image, (1, H, W) or (H, W), as a Java grid [row][column].
float[][] grid(NDArray image) {
    long[] s = shapeOf(image);
    int h = (int) s[s.length - 2], w = (int) s[s.length - 1];
    float[] v = image.toType(DataType.FLOAT32, false).toFloatArray();
    float[][] g = new float[h][w];
    for (int i = 0; i < h; i++) {
        System.arraycopy(v, i * w, g[i], 0, w);
    }
    return g;
}

// Java maps [map][row][column] as one array (maps, H, W), ready for showImages.
NDArray stack(float[][]... maps) {
    int c = maps.length, h = maps[0].length, w = maps[0][0].length;
    float[] v = new float[c * h * w];
    for (int m = 0; m < c; m++) {
        for (int i = 0; i < h; i++) {
            System.arraycopy(maps[m][i], 0, v, (m * h + i) * w, w);
        }
    }
    return manager().create(v, new Shape(c, h, w));
}
