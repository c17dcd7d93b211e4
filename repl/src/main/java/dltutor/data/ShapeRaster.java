package dltutor.data;

import java.util.Random;

/**
 * Draws filled circles, squares and triangles into a square grey-scale raster, with a class per
 * pixel; pure Java, so the pictures and their masks come out the same under the same seed.
 */
final class ShapeRaster {
    static final int BACKGROUND = 0;
    static final int CIRCLE = 1;
    static final int SQUARE = 2;
    static final int TRIANGLE = 3;

    private ShapeRaster() {}

    /**
     * Draws one picture of {@code size × size} pixels at {@code offset} in {@code pixels} and
     * {@code classes}: a dim background, 1..{@code maxShapes} shapes of random kind, size, place,
     * rotation and brightness (later shapes cover earlier ones), then Gaussian noise.
     */
    static void draw(
            Random r,
            int size,
            int maxShapes,
            double noise,
            float[] pixels,
            int[] classes,
            int offset) {
        double background = 0.2 * r.nextDouble();
        for (int p = 0; p < size * size; p++) {
            pixels[offset + p] = (float) background;
            classes[offset + p] = BACKGROUND;
        }
        int shapes = 1 + r.nextInt(maxShapes);
        for (int s = 0; s < shapes; s++) {
            int kind = 1 + r.nextInt(3);
            double radius = size * (0.15 + 0.15 * r.nextDouble());
            double cx = radius + (size - 2 * radius) * r.nextDouble();
            double cy = radius + (size - 2 * radius) * r.nextDouble();
            double rotation = 2 * Math.PI * r.nextDouble();
            float brightness = (float) (0.55 + 0.45 * r.nextDouble());
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (inside(kind, x + 0.5 - cx, y + 0.5 - cy, radius, rotation)) {
                        pixels[offset + y * size + x] = brightness;
                        classes[offset + y * size + x] = kind;
                    }
                }
            }
        }
        for (int p = 0; p < size * size; p++) {
            double v = pixels[offset + p] + noise * r.nextGaussian();
            pixels[offset + p] = (float) Math.max(0, Math.min(1, v));
        }
    }

    /** Whether the point (dx, dy) from a shape's centre lies inside it. */
    static boolean inside(int kind, double dx, double dy, double radius, double rotation) {
        if (kind == CIRCLE) {
            return dx * dx + dy * dy <= radius * radius;
        }
        // squares and triangles: regular polygons inscribed in the circle, rotated
        int sides = kind == SQUARE ? 4 : 3;
        double c = Math.cos(-rotation);
        double s = Math.sin(-rotation);
        double x = dx * c - dy * s;
        double y = dx * s + dy * c;
        double apothem = radius * Math.cos(Math.PI / sides);
        for (int k = 0; k < sides; k++) {
            double a = 2 * Math.PI * k / sides; // outward normal of side k
            if (x * Math.cos(a) + y * Math.sin(a) > apothem) {
                return false;
            }
        }
        return true;
    }
}
