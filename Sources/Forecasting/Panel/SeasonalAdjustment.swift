/// The seasonal adjustment the panel forecast works on for quarterly and
/// monthly series, the theta method's (`StandardTheta`, R's `thetaf`):
/// a series of more than two years whose lag-m autocorrelation passes the
/// 90% one-sided test is divided by the figure of a multiplicative
/// classical decomposition (`ClassicalDecomposition`), and its forecasts
/// multiplied back by the last year's indices, repeated. Series with a
/// value ≤ 0, or an index below 10⁻⁴, are not adjusted (a multiplicative
/// figure means nothing there).
struct SeasonalAdjustment: Sendable, Equatable {
    /// The last m seasonal indices, in the order of the periods after the series' end.
    var indices: [Double]

    /// The adjustment of `y` at `frequency`, or nil when it is not seasonal.
    init?(_ y: [Double], frequency m: Int) {
        let n = y.count
        guard m > 1, n > 2 * m, !y.allSatisfy({ $0 == y[0] }), !y.contains(where: { $0 <= 0 }),
              StandardTheta.isSeasonal(y, period: m),
              let decomposition = ClassicalDecomposition(y, period: m, kind: .multiplicative),
              !decomposition.seasonal.contains(where: { abs($0) < 1e-4 })
        else { return nil }
        // The index of period n + j (j ≥ 1) is that of period n + j − m.
        indices = Array(decomposition.seasonal.suffix(m))
    }

    /// The index multiplying step h (1-based) after the end.
    func index(step h: Int) -> Double { indices[(h - 1) % indices.count] }

    /// y divided by its seasonal component, given the decomposition's full component.
    static func adjusted(_ y: [Double], frequency m: Int) -> (values: [Double], adjustment: SeasonalAdjustment?) {
        guard let adjustment = SeasonalAdjustment(y, frequency: m),
              let decomposition = ClassicalDecomposition(y, period: m, kind: .multiplicative) else { return (y, nil) }
        return (zip(y, decomposition.seasonal).map { $0 / $1 }, adjustment)
    }
}
