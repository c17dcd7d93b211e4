// Reference solutions for 03-depth-backprop, one per exercise, replayed by `scripts/tutor --check`.

// @step value
class Value {
    double data;
    double grad;
    final List<Value> parents;
    Runnable localBackward = () -> {};

    Value(double data, Value... parents) {
        this.data = data;
        this.parents = List.of(parents);
    }

    Value add(Value o) {
        Value out = new Value(data + o.data, this, o);
        out.localBackward = () -> {
            this.grad += out.grad;
            o.grad += out.grad;
        };
        return out;
    }

    Value mul(Value o) {
        Value out = new Value(data * o.data, this, o);
        out.localBackward = () -> {
            this.grad += o.data * out.grad;  // ∂(a·b)/∂a = b
            o.grad += this.data * out.grad;  // ∂(a·b)/∂b = a
        };
        return out;
    }

    Value tanh() {
        double t = Math.tanh(data);
        Value out = new Value(t, this);
        out.localBackward = () -> this.grad += (1 - t * t) * out.grad;  // tanh′ = 1 − tanh²
        return out;
    }

    Value sub(Value o) {
        return add(o.mul(new Value(-1)));
    }
}

// @step backward
class Value {
    double data;
    double grad;
    final List<Value> parents;
    Runnable localBackward = () -> {};

    Value(double data, Value... parents) {
        this.data = data;
        this.parents = List.of(parents);
    }

    Value add(Value o) {
        Value out = new Value(data + o.data, this, o);
        out.localBackward = () -> {
            this.grad += out.grad;
            o.grad += out.grad;
        };
        return out;
    }

    Value mul(Value o) {
        Value out = new Value(data * o.data, this, o);
        out.localBackward = () -> {
            this.grad += o.data * out.grad;
            o.grad += this.data * out.grad;
        };
        return out;
    }

    Value tanh() {
        double t = Math.tanh(data);
        Value out = new Value(t, this);
        out.localBackward = () -> this.grad += (1 - t * t) * out.grad;
        return out;
    }

    Value sub(Value o) {
        return add(o.mul(new Value(-1)));
    }

    void backward() {
        List<Value> order = new ArrayList<>();
        visit(this, new HashSet<>(), order);  // Value has no equals(): the set compares identities
        grad = 1;
        for (int i = order.size() - 1; i >= 0; i--) {
            order.get(i).localBackward.run();
        }
    }

    // Depth-first: a node joins the order only after all of its parents have.
    static void visit(Value v, Set<Value> seen, List<Value> order) {
        if (seen.add(v)) {
            for (Value p : v.parents) {
                visit(p, seen, order);
            }
            order.add(v);
        }
    }
}

// @step mlp
class Layer {
    final Value[][] w;
    final Value[] b;
    final boolean tanh;

    Layer(int nin, int nout, boolean tanh, Random r) {
        w = new Value[nout][nin];
        b = new Value[nout];
        for (int j = 0; j < nout; j++) {
            for (int i = 0; i < nin; i++) {
                w[j][i] = new Value(2 * r.nextDouble() - 1);
            }
            b[j] = new Value(0);
        }
        this.tanh = tanh;
    }

    Value[] forward(Value[] x) {
        Value[] out = new Value[w.length];
        for (int j = 0; j < w.length; j++) {
            Value s = b[j];
            for (int i = 0; i < x.length; i++) {
                s = s.add(w[j][i].mul(x[i]));
            }
            out[j] = tanh ? s.tanh() : s;
        }
        return out;
    }

    List<Value> parameters() {
        List<Value> ps = new ArrayList<>();
        for (int j = 0; j < w.length; j++) {
            ps.addAll(List.of(w[j]));
            ps.add(b[j]);
        }
        return ps;
    }
}

class MLP {
    final Layer[] layers;

    MLP(int nin, int[] sizes, long seed) {
        Random r = new Random(seed);
        layers = new Layer[sizes.length];
        for (int l = 0; l < sizes.length; l++) {
            boolean hidden = l < sizes.length - 1;
            layers[l] = new Layer(l == 0 ? nin : sizes[l - 1], sizes[l], hidden, r);
        }
    }

    Value[] forward(Value[] x) {
        for (Layer layer : layers) {
            x = layer.forward(x);
        }
        return x;
    }

    List<Value> parameters() {
        List<Value> ps = new ArrayList<>();
        for (Layer layer : layers) {
            ps.addAll(layer.parameters());
        }
        return ps;
    }

    double score(double[] p) {
        Value[] x = new Value[p.length];
        for (int i = 0; i < p.length; i++) {
            x[i] = new Value(p[i]);
        }
        return forward(x)[0].data;
    }
}

// @step train
double accuracy(MLP model, Points data) {
    int right = 0;
    for (int n = 0; n < data.size(); n++) {
        int guess = model.score(data.x()[n]) >= 0 ? 1 : 0;
        if (guess == data.y()[n]) {
            right++;
        }
    }
    return (double) right / data.size();
}

double[] train(MLP model, Points data, int steps, double lr) {
    List<Value> params = model.parameters();
    double[] losses = new double[steps];
    for (int s = 0; s < steps; s++) {
        if (stopRequested()) {
            return Arrays.copyOf(losses, s);
        }
        Value loss = new Value(0);
        for (int n = 0; n < data.size(); n++) {
            Value[] x = {new Value(data.x()[n][0]), new Value(data.x()[n][1])};
            Value d = model.forward(x)[0].sub(new Value(2 * data.y()[n] - 1));  // ŷ − t
            loss = loss.add(d.mul(d));
        }
        loss = loss.mul(new Value(1.0 / data.size()));  // L = (1/N) Σ (ŷ − t)²
        for (Value p : params) {
            p.grad = 0;  // backward() accumulates: clear the previous step's gradients
        }
        loss.backward();
        for (Value p : params) {
            p.data -= lr * p.grad;
        }
        losses[s] = loss.data;
    }
    return losses;
}
