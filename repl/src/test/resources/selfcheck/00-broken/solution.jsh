// @step cube
double cube(double x) {
    return x * x * x;
}

// @step half
double half = 0.5;
