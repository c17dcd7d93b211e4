// @step square
double square(double x) {
    return x * x;
}

// @step twice
int twice = 2 * base;
