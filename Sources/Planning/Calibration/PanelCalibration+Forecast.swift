import Forecasting
import Probability

/// Every function here takes the model's own forecast (nominal intervals,
/// as `PanelForecast` returns it before any cap): σ_h is read from its
/// interval widths, so a forecast already calibrated would be calibrated twice.
extension PanelCalibration {
    /// Whether forecasts of this series' kind can be calibrated here: the
    /// same periods per year as the panel's (the caller also keeps to the
    /// panel's own units, model and indicator).
    public func applies(to forecast: Forecast) -> Bool {
        forecast.frequency == frequency
    }

    /// The forecast with calibrated intervals at its own levels:
    ///
    ///     lower_h = ŷ_h + σ_h·Q̂_h((1 − L/100)/2),   upper_h = ŷ_h + σ_h·Q̂_h((1 + L/100)/2),
    ///
    /// σ_h as in the holdouts (see `standardDeviations(of:)`), Q̂_h the
    /// smoothed quantile of the holdouts' standardized errors at step h (at
    /// H for steps beyond it). The point forecasts are the model's. A step
    /// whose model interval has zero width keeps zero width.
    ///
    /// Calibrate before clamping to a cap (`clamped(to:)` after this).
    ///
    /// `observations`, the number of values the forecast's model was fitted
    /// on, maps the holdouts' normal scores back with the forecast's own ν
    /// (see `StandardizedHoldout`); nil takes ν as infinite.
    public func calibrated(_ forecast: Forecast, observations: Int? = nil) -> Forecast {
        precondition(applies(to: forecast), "a forecast of the panel's frequency")
        let sigmas = standardDeviations(of: forecast)
        let nu = observations.map(StandardizedHoldout.degreesOfFreedom(observations:))
        func z(_ u: Double) -> Double { StandardizedHoldout.fromNormalScore(u, degreesOfFreedom: nu) }
        var lower: [[Double]] = []
        var upper: [[Double]] = []
        for level in forecast.levels {
            lower.append(forecast.mean.indices.map { h in
                forecast.mean[h] + sigmas[h] * z(distribution(stepsAhead: h + 1).quantile(0.5 - level / 200))
            })
            upper.append(forecast.mean.indices.map { h in
                forecast.mean[h] + sigmas[h] * z(distribution(stepsAhead: h + 1).quantile(0.5 + level / 200))
            })
        }
        return Forecast(
            model: forecast.model, start: forecast.start, frequency: forecast.frequency,
            mean: forecast.mean, levels: forecast.levels, lower: lower, upper: upper)
    }

    /// The calibrated P(Y_{T+h} ≥ c) = 1 − Ĝ_h((c − ŷ_h)/σ_h), h ≥ 1 steps
    /// ahead: the smoothed share of the holdouts' standardized errors at
    /// least as large as the target's, never nearer 0 or 1 than about
    /// 1/(number of errors) (see `EmpiricalDistribution`). Where σ_h = 0 it
    /// is 1 if ŷ_h ≥ c, else 0.
    ///
    /// Equal, up to the smoothing between order statistics, to the share
    /// of `samplePaths` reaching c at that step; a target on a sum of
    /// steps needs the paths.
    public func probability(atLeast c: Double, stepsAhead h: Int, forecast: Forecast, observations: Int? = nil) -> Double {
        precondition(applies(to: forecast) && (1...forecast.horizon).contains(h), "a step of a forecast of the panel's frequency")
        let sigma = standardDeviations(of: forecast)[h - 1]
        let mean = forecast.mean[h - 1]
        guard sigma > 0 else { return mean >= c ? 1 : 0 }
        let nu = observations.map(StandardizedHoldout.degreesOfFreedom(observations:))
        return distribution(stepsAhead: h).survival(StandardizedHoldout.normalScore((c - mean) / sigma, degreesOfFreedom: nu))
    }

    /// Calibrated sample paths: path p is ŷ + σ ⊙ s·z_i, where z_i is the
    /// standardized error vector of a holdout drawn uniformly from the
    /// complete ones and s = ±1 at random for a `symmetrized` calibration
    /// (s = 1 otherwise). Drawing whole vectors keeps the correlation of a
    /// forecast's errors across steps, so sums over steps (the months left
    /// in the year) get the spread they had in the holdouts. Steps beyond H
    /// repeat z_{i,H}. The same generator state gives the same paths.
    public func samplePaths(around forecast: Forecast, count: Int, generator: inout SeededGenerator, observations: Int? = nil) -> SamplePaths {
        precondition(applies(to: forecast) && count >= 1)
        let sigmas = standardDeviations(of: forecast)
        let nu = observations.map(StandardizedHoldout.degreesOfFreedom(observations:))
        var values = [[Double]](repeating: [], count: count)
        for p in 0..<count {
            let drawn = min(Int(generator.uniform() * Double(vectors.count)), vectors.count - 1)
            let sign: Double = method == .symmetrized && generator.uniform() < 0.5 ? -1 : 1
            let z = vectors[drawn]
            values[p] = forecast.mean.indices.map { h in
                forecast.mean[h] + sigmas[h] * StandardizedHoldout.fromNormalScore(sign * z[min(h, horizon - 1)], degreesOfFreedom: nu)
            }
        }
        return SamplePaths(start: forecast.start, frequency: forecast.frequency, values: values)
    }

    /// σ_h as the holdouts measured it: from the interval at the
    /// `standardizingLevel` if the forecast has that level, (upper − lower)/(2·z),
    /// else from its widest (`Forecast.impliedStandardDeviations`), which is the
    /// same for models with normal intervals and close for Student-t ones.
    /// Non-finite widths count as 0.
    public func standardDeviations(of forecast: Forecast) -> [Double] {
        guard let l = forecast.levels.firstIndex(of: standardizingLevel) else {
            return forecast.impliedStandardDeviations()
        }
        let z = Normal().quantile(0.5 + standardizingLevel / 200)
        return forecast.mean.indices.map { h in
            let width = forecast.upper[l][h] - forecast.lower[l][h]
            return width.isFinite ? max(width, 0) / (2 * z) : 0
        }
    }

    /// Ĝ for h ≥ 1 steps ahead (Ĝ_H beyond H).
    func distribution(stepsAhead h: Int) -> EmpiricalDistribution {
        distributions[min(h, horizon) - 1]
    }
}
