/// Classical seasonal decomposition by moving averages, R's `decompose()`:
///
/// - trend: the centred moving average of order m (weights 1/(2m), 1/m, …,
///   1/m, 1/(2m) for even m; 1/m each for odd m), missing at both ends;
/// - detrended series y − trend (additive) or y / trend (multiplicative);
/// - figure: for each position i = 1 … m counted from the first observation
///   (not the calendar), the mean of the detrended values at i, i + m, …,
///   normalised to mean 0 (additive) or mean 1 (multiplicative);
/// - seasonal[t] = figure[t mod m].
struct ClassicalDecomposition: Sendable {
    enum Kind: Sendable { case additive, multiplicative }

    /// The seasonal figure, one value per position from the series' start.
    let figure: [Double]
    /// The seasonal component, one value per observation.
    let seasonal: [Double]

    /// Nil when the series is shorter than two full periods (R stops there).
    init?(_ y: [Double], period m: Int, kind: Kind) {
        let n = y.count
        guard m > 1, n >= 2 * m else { return nil }
        let weights: [Double] = m % 2 == 0
            ? [0.5 / Double(m)] + Array(repeating: 1 / Double(m), count: m - 1) + [0.5 / Double(m)]
            : Array(repeating: 1 / Double(m), count: m)
        let half = weights.count / 2
        var detrended = [Double](repeating: .nan, count: n)
        for t in half..<(n - half) {
            var trend = 0.0
            for (k, w) in weights.enumerated() { trend += w * y[t - half + k] }
            detrended[t] = kind == .additive ? y[t] - trend : y[t] / trend
        }
        var figure = [Double](repeating: 0, count: m)
        for i in 0..<m {
            var sum = 0.0
            var count = 0
            var t = i
            while t < n {
                if !detrended[t].isNaN {
                    sum += detrended[t]
                    count += 1
                }
                t += m
            }
            figure[i] = sum / Double(count)
        }
        let mean = figure.reduce(0, +) / Double(m)
        figure = figure.map { kind == .additive ? $0 - mean : $0 / mean }
        self.figure = figure
        self.seasonal = (0..<n).map { figure[$0 % m] }
    }
}
