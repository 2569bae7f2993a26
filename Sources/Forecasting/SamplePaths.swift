import Probability

/// The joint predictive distribution of a series' next values, as equally
/// likely sample paths: `values[p][h]` is path `p`'s value `h + 1` steps
/// ahead.
///
/// Paths, not marginal intervals, are what planning needs: the year's
/// revenue is the sum of the months still to come, and a province's total is
/// the sum of its districts, and neither sum's distribution follows from the
/// marginal intervals alone. A probability of reaching a target is the share
/// of paths that reach it.
public struct SamplePaths: Sendable, Equatable {
    /// Ordinal of the first step (the period after the series' last).
    public var start: Int
    /// Periods per year, as in the series.
    public var frequency: Int
    /// `values[p][h]`: path `p`, step `h + 1`.
    public var values: [[Double]]

    public init(start: Int, frequency: Int, values: [[Double]]) {
        precondition(Set(values.map(\.count)).count <= 1, "every path has the same number of steps")
        self.start = start
        self.frequency = frequency
        self.values = values
    }

    public var pathCount: Int { values.count }
    public var horizon: Int { values.first?.count ?? 0 }

    /// The values of step `h` (0-based) across paths.
    public func step(_ h: Int) -> [Double] { values.map { $0[h] } }

    /// Each path's sum over the steps in `steps` (0-based), e.g. July–December.
    public func sums(over steps: Range<Int>) -> [Double] {
        values.map { path in steps.reduce(0) { $0 + path[$1] } }
    }

    /// Gaussian paths whose step-h marginal has the forecast's mean and the
    /// spread of its widest interval, σₕ = (upperₕ − lowerₕ) / (2 z), and whose
    /// errors accumulate like a random walk's: eₕ = eₕ₋₁ + √max(σₕ² − σₕ₋₁², 0)·εₕ.
    ///
    /// This is exact for a random walk (naive, drift without parameter
    /// uncertainty) and for any model whose h-step error is a running sum
    /// of independent innovations with the last weights ≥ the first; for
    /// others it keeps the marginal variances and puts the errors of
    /// successive steps in strong positive correlation, which is the
    /// cautious choice for sums over steps (it does not understate the
    /// variance of a sum whose true correlations are positive). A model
    /// that can simulate itself (ETS) should be preferred where available.
    public static func gaussian(around forecast: Forecast, count: Int, generator: inout SeededGenerator) -> SamplePaths {
        precondition(count >= 1)
        let sigmas = forecast.impliedStandardDeviations()
        var values = [[Double]](repeating: [], count: count)
        for p in 0..<count {
            var path = [Double](repeating: 0, count: forecast.horizon)
            var error = 0.0
            var previousVariance = 0.0
            for h in 0..<forecast.horizon {
                let variance = sigmas[h] * sigmas[h]
                error += max(variance - previousVariance, 0).squareRoot() * generator.normal()
                previousVariance = max(variance, previousVariance)
                path[h] = forecast.mean[h] + error
            }
            values[p] = path
        }
        return SamplePaths(start: forecast.start, frequency: forecast.frequency, values: values)
    }
}

extension Forecast {
    /// σₕ implied by the widest interval if it were normal: (upper − lower) / (2 z₍₁₊L/100₎/₂).
    /// Zero where the forecast has no interval.
    public func impliedStandardDeviations() -> [Double] {
        guard let widest = levels.indices.max(by: { levels[$0] < levels[$1] }) else {
            return [Double](repeating: 0, count: horizon)
        }
        let z = Normal().quantile(0.5 + levels[widest] / 200)
        return (0..<horizon).map { h in
            let width = upper[widest][h] - lower[widest][h]
            return width.isFinite ? max(width, 0) / (2 * z) : 0
        }
    }
}
