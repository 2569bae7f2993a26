/// The forecast every model returns: point forecasts and prediction
/// intervals for the periods after the series ends.
///
/// `lower[l][h]` and `upper[l][h]` are the bounds of the `levels[l]`%
/// prediction interval for step `h + 1` ahead.
public struct Forecast: Sendable, Equatable {
    /// The fitted model, named exactly (`linear`, `ets:AAdN`, `arima:0,1,1`).
    public var model: String
    /// Ordinal of the first forecast period (the period after the series' last).
    public var start: Int
    /// Periods per year, as in the series.
    public var frequency: Int
    /// Point forecasts (the mean, or for log-scale models the median), one per step.
    public var mean: [Double]
    /// Interval levels in percent, e.g. `[80, 95]`.
    public var levels: [Double]
    /// Lower bounds, one array per level.
    public var lower: [[Double]]
    /// Upper bounds, one array per level.
    public var upper: [[Double]]

    /// A forecast from its parts: one lower and one upper array per level.
    public init(model: String, start: Int, frequency: Int, mean: [Double], levels: [Double], lower: [[Double]], upper: [[Double]]) {
        precondition(lower.count == levels.count && upper.count == levels.count, "one bound array per level")
        precondition(lower.allSatisfy { $0.count == mean.count } && upper.allSatisfy { $0.count == mean.count }, "one bound per step")
        self.model = model
        self.start = start
        self.frequency = frequency
        self.mean = mean
        self.levels = levels
        self.lower = lower
        self.upper = upper
    }

    /// Number of steps ahead.
    public var horizon: Int { mean.count }

    /// Ordinals of the forecast periods.
    public var times: [Int] { Array(start..<(start + mean.count)) }

    /// The forecast itself, or an error when a point forecast or a bound is
    /// not a finite number (a multiplicative trend compounded past the
    /// largest Double, say): no infinity or NaN reaches an output as if it
    /// were a forecast.
    public func checkedFinite() throws(ModelError) -> Forecast {
        let values = mean + lower.joined() + upper.joined()
        guard values.allSatisfy(\.isFinite) else {
            throw .numerical("the forecast is not a finite number (\(model) grows beyond the largest value a Double holds)")
        }
        return self
    }
}
