// Reference solutions for 02-labeled-datasets, one per exercise, replayed by `scripts/tutor --check`.

// @step corr2d
float[][] corr2d(float[][] x, float[][] k) {
    int kh = k.length, kw = k[0].length;
    int oh = x.length - kh + 1, ow = x[0].length - kw + 1;  // "valid": the kernel stays inside x
    float[][] y = new float[oh][ow];
    for (int i = 0; i < oh; i++) {
        for (int j = 0; j < ow; j++) {
            float s = 0;
            for (int a = 0; a < kh; a++) {
                for (int b = 0; b < kw; b++) {
                    s += x[i + a][j + b] * k[a][b];  // y[i][j] = Σₐ Σ_b x[i+a][j+b]·k[a][b]
                }
            }
            y[i][j] = s;
        }
    }
    return y;
}

// @step learn-kernel
float[][] learnKernel(float[][] x, float[][] y, int kh, int kw, int steps, double lr) {
    float[][] k = new float[kh][kw];
    int oh = y.length, ow = y[0].length, m = oh * ow;
    for (int s = 0; s < steps; s++) {
        float[][] e = corr2d(x, k);                       // the prediction ŷ ...
        for (int i = 0; i < oh; i++)
            for (int j = 0; j < ow; j++) e[i][j] -= y[i][j];   // ... minus the target: the error map
        float[][] g = corr2d(x, e);                       // Σᵢⱼ e[i][j]·x[i + a][j + b], a kh × kw grid
        for (int a = 0; a < kh; a++)
            for (int b = 0; b < kw; b++) k[a][b] -= lr * 2.0 / m * g[a][b];
    }
    return k;
}

// @step conv2d
float[][][] conv2d(float[][][] x, float[][][][] w, float[] b, int stride, int pad) {
    int c = x.length, h = x[0].length, wd = x[0][0].length;
    int f = w.length, kh = w[0][0].length, kw = w[0][0][0].length;
    int oh = (h + 2 * pad - kh) / stride + 1;
    int ow = (wd + 2 * pad - kw) / stride + 1;
    float[][][] y = new float[f][oh][ow];
    for (int o = 0; o < f; o++) {
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                float s = b[o];
                for (int ch = 0; ch < c; ch++) {
                    for (int a = 0; a < kh; a++) {
                        for (int d = 0; d < kw; d++) {
                            int r = i * stride + a - pad, col = j * stride + d - pad;  // position in x
                            if (r >= 0 && r < h && col >= 0 && col < wd) {           // outside: padding, 0
                                s += x[ch][r][col] * w[o][ch][a][d];
                            }
                        }
                    }
                }
                y[o][i][j] = s;
            }
        }
    }
    return y;
}

// @step maxpool
float[][][] maxPool2(float[][][] x) {
    int c = x.length, oh = x[0].length / 2, ow = x[0][0].length / 2;  // an odd last row/column is dropped
    float[][][] y = new float[c][oh][ow];
    for (int ch = 0; ch < c; ch++) {
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                y[ch][i][j] = Math.max(Math.max(x[ch][2 * i][2 * j], x[ch][2 * i][2 * j + 1]),
                        Math.max(x[ch][2 * i + 1][2 * j], x[ch][2 * i + 1][2 * j + 1]));
            }
        }
    }
    return y;
}

// @step lenet
Block lenet() {
    return new SequentialBlock()
            .add(Conv2d.builder().setKernelShape(new Shape(5, 5)).optPadding(new Shape(2, 2)).setFilters(6).build())
            .add(Activation::tanh)                                      // (N, 6, 28, 28)
            .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2))) // (N, 6, 14, 14)
            .add(Conv2d.builder().setKernelShape(new Shape(5, 5)).setFilters(16).build())
            .add(Activation::tanh)                                      // (N, 16, 10, 10)
            .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2))) // (N, 16, 5, 5)
            .add(Blocks.batchFlattenBlock())                            // (N, 400)
            .add(Linear.builder().setUnits(120).build())
            .add(Activation::tanh)
            .add(Linear.builder().setUnits(84).build())
            .add(Activation::tanh)
            .add(Linear.builder().setUnits(10).build());                // (N, 10) class scores
}
