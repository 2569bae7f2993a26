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

    /// Paths from their values; every path has the same number of steps.
    public init(start: Int, frequency: Int, values: [[Double]]) {
        precondition(Set(values.map(\.count)).count <= 1, "every path has the same number of steps")
        self.start = start
        self.frequency = frequency
        self.values = values
    }

    /// The number of paths.
    public var pathCount: Int { values.count }
    /// The number of steps each path has.
    public var horizon: Int { values.first?.count ?? 0 }

    /// The values of step `h` (0-based) across paths.
    public func step(_ h: Int) -> [Double] { values.map { $0[h] } }

    /// Each path's sum over the steps in `steps` (0-based), e.g. July–December.
    public func sums(over steps: Range<Int>) -> [Double] {
        values.map { path in steps.reduce(0) { $0 + path[$1] } }
    }

    /// Paths whose step-h values have the forecast's own quantiles, and whose
    /// errors accumulate like a random walk's.
    ///
    /// A standard-normal score zₕ is drawn for each step with the dependence
    /// of a running sum of independent innovations scaled to the forecast's
    /// spread: eₕ = eₕ₋₁ + √max(σₕ² − σₕ₋₁², 0)·εₕ, zₕ = eₕ / sd(eₕ), with σₕ the
    /// spread of the widest interval (`impliedStandardDeviations`). The value
    /// is then read off the forecast's quantiles at Φ(zₕ): the point forecast
    /// at the median and each interval's bounds at their levels, linear in z
    /// between them and beyond the widest one (normal tails). So the paths
    /// reproduce every interval the forecast has — skewed ones (a log-scale
    /// model's), and bounds held at a cap — and sums over steps carry
    /// strong positive correlation between successive steps, the cautious
    /// choice: it does not understate the variance of a sum whose true
    /// correlations are positive. It is exact for a random walk. A model that
    /// can simulate itself (ETS) overrides `FittedModel.samplePaths`.
    public static func gaussian(around forecast: Forecast, count: Int, generator: inout SeededGenerator) -> SamplePaths {
        precondition(count >= 1)
        let sigmas = forecast.impliedStandardDeviations()
        let knots = (0..<forecast.horizon).map { forecast.quantileKnots(step: $0) }
        var values = [[Double]](repeating: [], count: count)
        for p in 0..<count {
            var path = [Double](repeating: 0, count: forecast.horizon)
            var error = 0.0
            var previousVariance = 0.0
            for h in 0..<forecast.horizon {
                let variance = sigmas[h] * sigmas[h]
                error += max(variance - previousVariance, 0).squareRoot() * generator.normal()
                previousVariance = max(variance, previousVariance)
                // Standardised by the error's own spread, which stays at its largest so far where σₕ shrinks (bounds held at a cap).
                path[h] = previousVariance > 0 ? Self.interpolate(knots[h], at: error / previousVariance.squareRoot()) : forecast.mean[h]
            }
            values[p] = path
        }
        return SamplePaths(start: forecast.start, frequency: forecast.frequency, values: values)
    }

    /// The value at normal score z, linear between knots (z, value) sorted by z
    /// and extrapolated along the outermost segments.
    static func interpolate(_ knots: [(z: Double, value: Double)], at z: Double) -> Double {
        guard knots.count >= 2 else { return knots.first?.value ?? .nan }
        var i = 1
        while i < knots.count - 1 && z > knots[i].z { i += 1 }
        let (a, b) = (knots[i - 1], knots[i])
        return a.value + (b.value - a.value) * (z - a.z) / (b.z - a.z)
    }
}

extension Forecast {
    /// The quantiles a forecast states at step h as (normal score, value):
    /// the point forecast at 0 and each interval's bounds at ∓z₍₁₊L/100₎/₂.
    func quantileKnots(step h: Int) -> [(z: Double, value: Double)] {
        var knots: [(z: Double, value: Double)] = [(0, mean[h])]
        for (l, level) in levels.enumerated() {
            let z = Normal().quantile(0.5 + level / 200)
            knots.append((-z, lower[l][h]))
            knots.append((z, upper[l][h]))
        }
        return knots.filter { $0.value.isFinite }.sorted { $0.z < $1.z }
    }

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
