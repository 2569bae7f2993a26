extension Forecast {
    /// The forecast with point forecasts and interval bounds held inside
    /// `range` (`--cap C` gives [0, C]: a count of criteria met cannot go
    /// below 0 or above 19, whatever the model's error distribution says).
    ///
    /// Clamping a quantile of a distribution to the edge of its support is
    /// exact for the distribution truncated there: P(Y ≤ C) = 1 puts every
    /// upper quantile beyond C at C.
    public func clamped(to range: ClosedRange<Double>) -> Forecast {
        func clamp(_ x: Double) -> Double { x.isNaN ? x : min(max(x, range.lowerBound), range.upperBound) }
        return Forecast(
            model: model, start: start, frequency: frequency,
            mean: mean.map(clamp), levels: levels,
            lower: lower.map { $0.map(clamp) }, upper: upper.map { $0.map(clamp) })
    }
}
