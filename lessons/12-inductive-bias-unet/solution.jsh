// Reference solutions for 12-inductive-bias-unet, one per exercise, replayed by `scripts/tutor --check`.

// @step shift
NDArray shift(NDArray images, int dx, int dy) {
    long h = images.getShape().get(2), w = images.getShape().get(3);
    NDArray out = images.zerosLike();                                     // (N, C, H, W) of zeros
    int r0 = Math.max(0, dy), r1 = (int) h + Math.min(0, dy);             // output rows that receive a pixel
    int c0 = Math.max(0, dx), c1 = (int) w + Math.min(0, dx);             // output columns that do
    out.set(new NDIndex(":, :, {}:{}, {}:{}", r0, r1, c0, c1),
            images.get(new NDIndex(":, :, {}:{}, {}:{}", r0 - dy, r1 - dy, c0 - dx, c1 - dx)));
    return out;
}

// @step up
Block upBlock(int channels) {
    return new SequentialBlock().
            add(new LambdaBlock(list -> new NDList(upsample2x(list.head())))).   // (N, C, 2H, 2W)
            add(conv(channels, 3)).                                               // (N, channels, 2H, 2W)
            add(Activation::relu);
}

// @step skip
NDArray skip(NDArray up, NDArray enc) {
    long h = up.getShape().get(2), w = up.getShape().get(3);
    long top = (enc.getShape().get(2) - h) / 2, left = (enc.getShape().get(3) - w) / 2;
    NDArray crop = enc.get(new NDIndex(":, :, {}:{}, {}:{}", top, top + h, left, left + w));   // (N, C_enc, H, W)
    return NDArrays.concat(new NDList(up, crop), 1);                                           // (N, C_up + C_enc, H, W)
}

// @step iou
double iou(NDArray predicted, NDArray target) {
    NDArray p = predicted.gte(0.5), t = target.gte(0.5);
    double inter = scalar(p.logicalAnd(t).toType(DataType.FLOAT32, false).sum());
    double union = scalar(p.logicalOr(t).toType(DataType.FLOAT32, false).sum());
    return union == 0 ? 1.0 : inter / union;
}
