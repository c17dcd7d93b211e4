// Reference solutions for 30-energy, one per exercise, replayed by `scripts/tutor --check`.

// @step rapl
double averageWatts(long startMicrojoules, long endMicrojoules, long rangeMicrojoules, double seconds) {
    long delta = endMicrojoules - startMicrojoules;
    if (delta < 0) delta += rangeMicrojoules;          // the counter wrapped past its range
    return delta / 1e6 / seconds;                      // µJ → J, then J/s = W
}

// @step runs
double kilowattHours(double seconds, double watts) {
    return seconds * watts / 3.6e6;                    // joules; 1 kWh = 1000 W × 3600 s
}

double joulesPerFlop(double flops, double seconds, double watts) {
    return seconds * watts / flops;
}

// @step frontier
double trainingDays(double flops, double chips, double peakPerChip, double utilisation) {
    return flops / (chips * peakPerChip * utilisation) / 86_400;
}

double trainingMWh(double flops, double peakPerChip, double utilisation, double wattsPerChip, double pue) {
    double chipSeconds = flops / (peakPerChip * utilisation);
    return chipSeconds * wattsPerChip * pue / 3.6e9;   // J → MWh
}

// @step site
long chipsForSite(double siteWatts, double wattsPerChip, double serverFactor, double pue) {
    return (long) Math.floor(siteWatts / (wattsPerChip * serverFactor * pue));
}

double siteFlops(double siteWatts, double days, double wattsPerChip, double serverFactor, double pue, double peakPerChip, double utilisation) {
    return chipsForSite(siteWatts, wattsPerChip, serverFactor, pue) * peakPerChip * utilisation * days * 86_400;
}
