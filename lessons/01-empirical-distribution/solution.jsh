// Reference solutions for 01-empirical-distribution, one per exercise, replayed by `scripts/tutor --check`.

// @step balanced-sample
int[] balancedSample(int[] labels, int perClass, Random r) {
    List<List<Integer>> byClass = new ArrayList<>();
    for (int c = 0; c < 10; c++) {
        byClass.add(new ArrayList<>());
    }
    for (int i = 0; i < labels.length; i++) {
        byClass.get(labels[i]).add(i);            // the positions of every image of class labels[i]
    }
    int[] picked = new int[10 * perClass];
    int k = 0;
    for (List<Integer> members : byClass) {
        Collections.shuffle(members, r);          // a uniformly random order, drawn from r only
        for (int j = 0; j < perClass; j++) {
            picked[k++] = members.get(j);         // the first perClass of that order: a random subset
        }
    }
    return picked;
}

// @step accuracy
double testAccuracy(Block model, NDArray x, NDArray y) {
    NDArray scores = predict(model, x);                                      // (N, classes)
    int[] guess = scores.argMax(1).toType(DataType.INT32, false).toIntArray(); // (N) predicted classes
    int[] truth = y.toType(DataType.INT32, false).toIntArray();               // (N) labels
    int right = 0;
    for (int i = 0; i < truth.length; i++) {
        if (guess[i] == truth[i]) {
            right++;
        }
    }
    return (double) right / truth.length;
}

// @step corrupt-labels
int[] corruptLabels(int[] labels, double fraction, Random r) {
    int n = labels.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
        order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {             // Fisher–Yates: a uniformly random permutation
        int j = r.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    int[] noisy = labels.clone();                 // never change the caller's array
    int wrong = (int) Math.round(fraction * n);
    for (int s = 0; s < wrong; s++) {
        int i = order[s];
        noisy[i] = (labels[i] + 1 + r.nextInt(9)) % 10;  // one of the 9 other classes, 1/9 each
    }
    return noisy;
}

// @step softmax-ce
double[] softmax(double[] z) {
    double m = Arrays.stream(z).max().getAsDouble();   // shift by the largest score: no overflow
    double[] q = new double[z.length];
    double sum = 0;
    for (int k = 0; k < z.length; k++) sum += q[k] = Math.exp(z[k] - m);
    for (int k = 0; k < z.length; k++) q[k] /= sum;
    return q;
}

double crossEntropy(double[] z, int y) {
    double m = Arrays.stream(z).max().getAsDouble();
    double sum = 0;
    for (double v : z) sum += Math.exp(v - m);
    return -z[y] + m + Math.log(sum);                   // −z_y + log-sum-exp(z)
}
