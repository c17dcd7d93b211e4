package dltutor.dl;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Convolution;
import ai.djl.nn.core.Linear;
import ai.djl.util.Pair;
import dltutor.render.Table;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of a model summary: every block in the tree with its output shape, parameters and
 * approximate FLOPs, found by walking the children and propagating shapes.
 */
final class ModelSummary {

    /** One block of the tree. */
    record Row(String layer, String output, long parameters, long flops) {}

    private final List<Row> rows = new ArrayList<>();

    private ModelSummary() {}

    /** Walks an initialised block with the given input shapes. */
    static List<Row> rows(Block block, Shape[] inputs) {
        ModelSummary s = new ModelSummary();
        s.walk(block, block.getClass().getSimpleName(), inputs, 0);
        return s.rows;
    }

    /** Adds the block's row, then its children's; returns {parameters, flops} of the subtree. */
    private long[] walk(Block block, String name, Shape[] inputs, int depth) {
        int at = rows.size();
        rows.add(null);
        Shape[] outputs = block.getOutputShapes(inputs);
        long params = 0;
        long flops = 0;
        if (block.getChildren().isEmpty()) {
            params = parameterCount(block);
            flops = flops(block, outputs);
        } else {
            Shape[] next = inputs;
            for (Pair<String, Block> child : block.getChildren()) {
                Block b = child.getValue();
                Shape[] in = block instanceof SequentialBlock ? next : b.getInputShapes();
                long[] sub = walk(b, label(child.getKey(), b), in, depth + 1);
                params += sub[0];
                flops += sub[1];
                next = b.getOutputShapes(in);
            }
            params += count(block.getDirectParameters().values());
        }
        rows.set(at, new Row("  ".repeat(depth) + name, shapes(outputs), params, flops));
        return new long[] {params, flops};
    }

    /**
     * FLOPs of one forward pass of a leaf, counting a multiply-add as 2: Linear {@code
     * 2·in·|output|}; convolution {@code 2·(C_in/groups)·∏kernel·|output|}. Biases, activations,
     * pooling and normalisation are left out (they are small next to these).
     */
    static long flops(Block block, Shape[] outputs) {
        long out = outputs.length == 0 ? 0 : outputs[0].size();
        if (block instanceof Linear || block instanceof Convolution) {
            for (Pair<String, Parameter> p : block.getDirectParameters()) {
                if (p.getValue().getType() == Parameter.Type.WEIGHT
                        && p.getValue().isInitialized()) {
                    Shape w =
                            p.getValue().getArray().getShape(); // (out, in) or (out, in/groups, k…)
                    return 2 * w.slice(1).size() * out;
                }
            }
        }
        return 0;
    }

    /** Parameters of a block's subtree, each counted once. */
    static long parameterCount(Block block) {
        return count(block.getParameters().values());
    }

    private static long count(List<Parameter> parameters) {
        Map<Parameter, Boolean> seen = new IdentityHashMap<>();
        long n = 0;
        for (Parameter p : parameters) {
            if (seen.put(p, Boolean.TRUE) == null) {
                if (!p.isInitialized()) {
                    throw new IllegalStateException(
                            "parameter "
                                    + p.getName()
                                    + " is not initialised yet: use "
                                    + "summary(block, inputShape) or train the block first");
                }
                n += p.getArray().size();
            }
        }
        return n;
    }

    /** The rows as a table, with a total line and a note on the FLOPs. */
    static String render(Block block, List<Row> rows, boolean unicode) {
        Table t = Table.of(List.of("layer", "output shape", "parameters", "FLOPs"));
        for (Row r : rows) {
            t.row(r.layer(), r.output(), Count.of(r.parameters()), Count.compact(r.flops()));
        }
        long total = 0;
        long trainable = 0;
        Map<Parameter, Boolean> seen = new IdentityHashMap<>();
        for (Parameter p : block.getParameters().values()) {
            if (seen.put(p, Boolean.TRUE) == null) {
                total += p.getArray().size();
                trainable += p.requiresGradient() ? p.getArray().size() : 0;
            }
        }
        long flops = rows.isEmpty() ? 0 : rows.get(0).flops();
        return t.render(unicode)
                + String.format(
                        Locale.ROOT,
                        "total parameters: %,d (%,d trainable, %s as float32)%n"
                                + "FLOPs per forward pass of this batch: about %s%n"
                                + "(approximate: 2 per multiply-add, counted in Linear and convolution layers only)%n",
                        total,
                        trainable,
                        bytes(total * 4),
                        Count.compact(flops));
    }

    private static String label(String key, Block b) {
        String type = b.getClass().getSimpleName();
        String digits = key.replaceAll("^(\\d+).*", "$1");
        if (key.endsWith(type)) {
            return digits.equals(key) ? type : digits + " " + type;
        }
        return key + " (" + type + ")";
    }

    private static String shapes(Shape[] s) {
        if (s.length == 1) {
            return s[0].toString();
        }
        List<String> parts = new ArrayList<>();
        for (Shape x : s) {
            parts.add(x.toString());
        }
        return String.join(" ", parts);
    }

    private static String bytes(long b) {
        return b < 1 << 20
                ? String.format(Locale.ROOT, "%.1f KB", b / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", b / (1024.0 * 1024));
    }
}
