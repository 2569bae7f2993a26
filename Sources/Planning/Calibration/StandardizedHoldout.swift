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
/// **Short training data.** σ is estimated from the training part, so
/// even under a correct model z is closer to Student's t than to the normal,
/// with ν = n − 2 degrees of freedom for n training values (the scale of a
/// level-and-trend fit; `degreesOfFreedom(observations:)`), and early
/// origins, with fewer values, have heavier tails than the final forecast.
/// Each z is therefore stored as its normal score u = Φ⁻¹(T_ν(z)), which
/// puts holdouts of every training length on one scale; the forecast being
/// calibrated maps back with its own ν, z = T_ν⁻¹(Φ(u)). On the M3 yearly
/// series (drift) this takes the calibrated 95% coverage from 98.7%, where
/// the heavy tails of short early origins widened every interval, to 96.9%.
///
/// The z's of one holdout are kept together: errors at successive steps
/// of one forecast are correlated, and resampling whole vectors keeps that
/// (a sum over months needs it).
struct StandardizedHoldout: Sendable, Equatable {
    /// Index of the series in the panel.
    var series: Int
    /// The origin period.
    var origin: Int
    /// The normal score of z_h at index h − 1; NaN where the actual is missing or σ is 0.
    var z: [Double]
    /// Whether the model's own interval at each level held the actual,
    /// `nominalCovered[h − 1][l]`; nil where the actual is missing.
    var nominalCovered: [[Bool]?]

    /// Whether every step has a z (the holdout can be resampled as a path).
    var isComplete: Bool { z.allSatisfy(\.isFinite) }
}

extension StandardizedHoldout {
    /// ν for a scale estimated from `observations` values: n − 2, at least 1.
    static func degreesOfFreedom(observations n: Int) -> Double { Double(max(n - 2, 1)) }

    /// u = Φ⁻¹(T_ν(z)), the tail probability kept away from 0 and 1 so that u stays finite.
    static func normalScore(_ z: Double, degreesOfFreedom nu: Double?) -> Double {
        guard let nu else { return z }
        let p = min(max(StudentT(degreesOfFreedom: nu).cdf(z), 1e-15), 1 - 1e-15)
        return Normal().quantile(p)
    }

    /// z = T_ν⁻¹(Φ(u)), the inverse of `normalScore`.
    static func fromNormalScore(_ u: Double, degreesOfFreedom nu: Double?) -> Double {
        guard let nu else { return u }
        return StudentT(degreesOfFreedom: nu).quantile(min(max(Normal().cdf(u), 1e-15), 1 - 1e-15))
    }

    /// The holdouts of one model's backtest, series by series, latest
    /// origin first; σ from the widest of the plan's levels; `series` the
    /// panel's series, for each origin's training length.
    static func holdouts(of backtest: ModelBacktest, plan: BacktestPlan, series panel: [TimeSeries]) -> [StandardizedHoldout] {
        guard let widest = plan.levels.indices.max(by: { plan.levels[$0] < plan.levels[$1] }) else { return [] }
        let q = Normal().quantile(0.5 + plan.levels[widest] / 200)
        var holdouts: [StandardizedHoldout] = []
        for (index, series) in backtest.series.enumerated() {
            let times = panel[index].observed.times
            for origin in series.origins {
                let nu = degreesOfFreedom(observations: times.filter { $0 <= origin }.count)
                var z = [Double](repeating: .nan, count: plan.horizon)
                var covered = [[Bool]?](repeating: nil, count: plan.horizon)
                for point in series.points where point.time - point.step == origin {
                    let sigma = (point.upper[widest] - point.lower[widest]) / (2 * q)
                    if sigma > 0, sigma.isFinite {
                        z[point.step - 1] = normalScore(point.error / sigma, degreesOfFreedom: nu)
                    }
                    covered[point.step - 1] = point.levels.indices.map(point.covered)
                }
                holdouts.append(StandardizedHoldout(series: index, origin: origin, z: z, nominalCovered: covered))
            }
        }
        return holdouts
    }
}
