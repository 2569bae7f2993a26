import Probability

/// Prediction intervals from the panel's own forecast errors: the chosen
/// median's validation errors (`PanelValidation`), scaled by each cut
/// history's mean absolute change, form per horizon h an empirical
/// distribution Ĝₕ of e = (y − ŷ)/s. A series with scale sₙ gets
///
///     L% interval  [ŷₕ + sₙ·Q̂ₕ((1 − L/100)/2),  ŷₕ + sₙ·Q̂ₕ((1 + L/100)/2)],
///
/// Q̂ₕ the type-8 sample quantile (`SampleQuantile`). This is split-conformal
/// calibration with the MASE scale as the normaliser (Vovk et al. 2005):
/// the intervals are as wide as the panel's errors were, not as a model
/// assumes, which on short yearly series is much wider than any Gaussian
/// model's interval. Each bound is kept on its side of the point
/// (Q̂ ≤ 0 for the lower, ≥ 0 for the upper), so an interval always holds
/// its forecast. Beyond the validated horizon H the last quantile grows as
/// √(h/H), the random walk's rate.
///
/// The panel needs at least `minimumRows` errors at every horizon; with
/// fewer, `PooledCombination` uses the random walk's Gaussian intervals instead.
struct PanelIntervals: Sendable, Equatable {
    /// Sorted scaled errors, one array per horizon 1 … H.
    var sortedErrors: [[Double]]

    static let minimumRows = 30

    /// Nil unless every horizon has at least `minimumRows` errors.
    init?(rows: PanelValidation.Rows, members: [Int], horizon: Int) {
        var errors = [[Double]](repeating: [], count: horizon)
        for i in 0..<rows.count where rows.origin[i] == 0 {
            let values = members.map { rows.forecasts[$0][i] }
            let combined = medianOfFew(values)
            errors[rows.step[i] - 1].append((rows.actual[i] - combined) / rows.scale[i])
        }
        guard errors.allSatisfy({ $0.count >= Self.minimumRows }) else { return nil }
        sortedErrors = errors.map { $0.sorted() }
    }

    /// (lower, upper) offsets in units of the series' scale at step h (1-based).
    func offsets(step h: Int, level: Double) -> (lower: Double, upper: Double) {
        let horizon = sortedErrors.count
        let errors = sortedErrors[min(h, horizon) - 1]
        let tail = (1 - level / 100) / 2
        let growth = h > horizon ? (Double(h) / Double(horizon)).squareRoot() : 1
        let lower = min(0, SampleQuantile.type8(sorted: errors, tail)) * growth
        let upper = max(0, SampleQuantile.type8(sorted: errors, 1 - tail)) * growth
        return (lower, upper)
    }
}
