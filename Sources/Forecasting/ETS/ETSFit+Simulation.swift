import Probability

extension ETSFit {
    /// Forecasts whose intervals are quantiles of simulated sample paths, as
    /// R's `forecast(fit, simulate = TRUE, npaths = paths)` (`pegelsfcast.C`):
    /// each path runs the model's recursions from the final state with
    /// innovations εₜ ~ N(0, σ²) (clipped at −1 for multiplicative errors,
    /// so ŷ(1 + ε) stays ≥ 0), yₜ = ŷₜ + εₜ or ŷₜ(1 + εₜ); the bounds of the
    /// L% interval at each step are the (1 ∓ L/100)/2 quantiles of the paths
    /// (R's quantile type 8); the point forecast is the recursion's
    /// (R's `etsforecast`), not the paths' mean.
    ///
    /// Deviates come from `SeededGenerator(seed:stream:)` with the stream
    /// fixed by the series, so a seed gives the same intervals every run.
    public func simulatedForecast(horizon: Int, levels: [Double], paths: Int, seed: UInt64) -> Forecast {
        precondition(paths >= 2, "at least two sample paths")
        let means = recursion.pointForecasts(from: finalState, horizon: horizon)
        let simulated = simulatedPaths(horizon: horizon, count: paths, seed: seed)
        // samples[h] holds the paths' values h + 1 steps ahead.
        let samples = (0..<horizon).map { simulated.step($0) }
        var lower: [[Double]] = []
        var upper: [[Double]] = []
        let sorted = samples.map { $0.filter(\.isFinite).sorted() }
        for level in levels {
            lower.append(sorted.map { SampleQuantile.type8(sorted: $0, 0.5 - level / 200) })
            upper.append(sorted.map { SampleQuantile.type8(sorted: $0, 0.5 + level / 200) })
        }
        return Forecast(
            model: modelName, start: end + 1, frequency: frequency, mean: means,
            levels: levels, lower: lower, upper: upper)
    }

    /// Sample paths of the model itself: each runs the recursions from the
    /// final state with innovations εₜ ~ N(0, σ²) (clipped at −1 for
    /// multiplicative errors), yₜ = ŷₜ + εₜ or ŷₜ(1 + εₜ). The paths carry the
    /// model's own dependence between steps, which sums over months need.
    public func simulatedPaths(horizon: Int, count: Int, seed: UInt64) -> SamplePaths {
        var generator = SeededGenerator(seed: seed, stream: stream)
        let sigma = summary.sigma2.squareRoot()
        let recursion = self.recursion
        let multiplicative = components.error == .multiplicative
        var values = [[Double]](repeating: [], count: count)
        for p in 0..<count {
            var state = finalState
            var path = [Double](repeating: 0, count: horizon)
            for h in 0..<horizon {
                let f = recursion.oneStep(state)
                var e = sigma * generator.normal()
                if multiplicative { e = max(-1, e) }
                let y = multiplicative ? f * (1 + e) : f + e
                path[h] = y
                recursion.update(&state, observation: y)
            }
            values[p] = path
        }
        return SamplePaths(start: end + 1, frequency: frequency, values: values)
    }

    public func samplePaths(horizon: Int, count: Int, seed: UInt64) throws(ModelError) -> SamplePaths {
        try ForecastRequest.validate(horizon: horizon, levels: [])
        return simulatedPaths(horizon: horizon, count: count, seed: seed)
    }
}
