// @step absolute
int absolute(int x) {
    return Math.abs(x);
}
