// 05-relu-gelu: run silently when the lesson starts.
// The three activations as DJL functions on NDList, by name, for the demos.
Map<String, Function<NDList, NDList>> ACTIVATIONS = new LinkedHashMap<>();
ACTIVATIONS.put("sigmoid", Activation::sigmoid);
ACTIVATIONS.put("relu", Activation::relu);
ACTIVATIONS.put("gelu", Activation::gelu);

// Format an array of small numbers compactly: [2.0e-05, 1.9e-05, ...].
String sci(double[] values) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < values.length; i++) {
        b.append(i == 0 ? "" : ", ").append(String.format("%.1e", values[i]));
    }
    return b.append("]").toString();
}
