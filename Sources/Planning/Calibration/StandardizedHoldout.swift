import Forecasting
import Probability

/// One rolling-origin holdout — one series forecast from one origin — with
/// its errors standardized by the model's own interval widths:
///
///     z_h = (y_{o+h} − ŷ_{o,h}) / σ_{o,h},   h = 1 … H,
///
/// where σ_{o,h} is the standard deviation the model's widest interval
/// would have if it were normal, (upper − lower) / (2·z_{(1+L/100)/2})
/// (`Forecast.impliedStandardDeviations`). If the model's intervals were
/// right, z_h would be standard normal at every h; how far the z's of a
/// panel are from that is what the calibration corrects.
///
/// The z's of one holdout are kept together: errors at successive steps
/// of one forecast are correlated, and resampling whole vectors keeps that
/// (a sum over months needs it).
struct StandardizedHoldout: Sendable, Equatable {
    /// Index of the series in the panel.
    var series: Int
    /// The origin period.
    var origin: Int
    /// z_h at index h − 1; NaN where the actual is missing or σ is 0.
    var z: [Double]
    /// Whether the model's own interval at each level held the actual,
    /// `nominalCovered[h − 1][l]`; nil where the actual is missing.
    var nominalCovered: [[Bool]?]

    /// Whether every step has a z (the holdout can be resampled as a path).
    var isComplete: Bool { z.allSatisfy(\.isFinite) }
}

extension StandardizedHoldout {
    /// The holdouts of one model's backtest, series by series, latest
    /// origin first; σ from the widest of the plan's levels.
    static func holdouts(of backtest: ModelBacktest, plan: BacktestPlan) -> [StandardizedHoldout] {
        guard let widest = plan.levels.indices.max(by: { plan.levels[$0] < plan.levels[$1] }) else { return [] }
        let q = Normal().quantile(0.5 + plan.levels[widest] / 200)
        var holdouts: [StandardizedHoldout] = []
        for (index, series) in backtest.series.enumerated() {
            for origin in series.origins {
                var z = [Double](repeating: .nan, count: plan.horizon)
                var covered = [[Bool]?](repeating: nil, count: plan.horizon)
                for point in series.points where point.time - point.step == origin {
                    let sigma = (point.upper[widest] - point.lower[widest]) / (2 * q)
                    if sigma > 0, sigma.isFinite {
                        z[point.step - 1] = point.error / sigma
                    }
                    covered[point.step - 1] = point.levels.indices.map(point.covered)
                }
                holdouts.append(StandardizedHoldout(series: index, origin: origin, z: z, nominalCovered: covered))
            }
        }
        return holdouts
    }
}
