// 11-adam: run silently when the lesson starts.

// An update rule changes the parameters θ in place, given the gradient g at θ.
// Each rule object keeps its own state (velocity, moment estimates) between calls.
interface UpdateRule {
    void step(double[] theta, double[] grad);
}

// The valley: f(x, y) = ½(x² + κ·y²), curvature 1 along x and κ along y.
double kappa = 100;

double valley(double[] p) {
    return 0.5 * (p[0] * p[0] + kappa * p[1] * p[1]);
}

double[] valleyGrad(double[] p) {
    return new double[] {p[0], kappa * p[1]};
}

// Every race starts here: f = ½(16 + 100) = 58 when κ = 100.
double[] START = {-4, 1};

// The positions θ₀ = START, θ₁, …, θ_steps that a rule visits in the valley.
double[][] descend(UpdateRule rule, int steps) {
    double[][] path = new double[steps + 1][];
    double[] theta = START.clone();
    path[0] = theta.clone();
    for (int s = 1; s <= steps; s++) {
        rule.step(theta, valleyGrad(theta));
        path[s] = theta.clone();
    }
    return path;
}

// The loss at every position of a path (floored at 10⁻⁹ so a log-scale plot stays readable),
// and one coordinate of the path (0 = x, 1 = y), for plots.
double[] lossCurve(double[][] path) {
    return Arrays.stream(path).mapToDouble(p -> Math.max(1e-9, valley(p))).toArray();
}

double[] coordinate(double[][] path, int k) {
    return Arrays.stream(path).mapToDouble(p -> p[k]).toArray();
}

// 25 learning rates spaced evenly on a log scale from 10⁻³ to 1.
double[] LR_GRID = IntStream.rangeClosed(0, 24).mapToDouble(k -> Math.pow(10, -3 + k / 8.0)).toArray();

// Lets DJL's training loop (fit) use any UpdateRule: one rule object per parameter array,
// because each parameter needs its own velocity or moment estimates.
class RuleOptimizer extends Optimizer {
    static final class Settings extends Optimizer.OptimizerBuilder<Settings> {
        @Override
        protected Settings self() {
            return this;
        }
    }

    final Supplier<UpdateRule> newRule;
    final Map<String, UpdateRule> rules = new HashMap<>();

    RuleOptimizer(Supplier<UpdateRule> newRule) {
        super(new Settings());
        this.newRule = newRule;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        double[] theta = toDoubles(weight);
        rules.computeIfAbsent(parameterId, id -> newRule.get()).step(theta, toDoubles(grad));
        float[] updated = new float[theta.length];
        for (int i = 0; i < updated.length; i++) {
            updated[i] = (float) theta[i];
        }
        weight.set(updated);
        ai.djl.pytorch.jni.JniUtils.zeroGrad((ai.djl.pytorch.engine.PtNDArray) weight);  // PyTorch accumulates gradients
    }
}
