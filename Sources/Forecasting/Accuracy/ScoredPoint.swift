/// One forecast step set against the value that came: the raw material of
/// every accuracy measure. Measures over many points (a series, a horizon,
/// a panel) are built from these by `AccuracyMeasures`.
public struct ScoredPoint: Sendable, Equatable {
    /// Steps ahead of the forecast origin (1 for the first forecast period).
    public var step: Int
    /// Ordinal of the period forecast.
    public var time: Int
    /// The value observed, y.
    public var actual: Double
    /// The point forecast, ŷ.
    public var forecast: Double
    /// The MASE scale of the training data (`NaiveScale`), nil when undefined.
    public var scale: Double?
    /// Lower interval bounds, one per level, in the order of the forecast's levels.
    public var lower: [Double]
    /// Upper interval bounds, one per level.
    public var upper: [Double]
    /// Interval levels in percent.
    public var levels: [Double]

    /// A scored point; one lower and one upper bound per level.
    public init(step: Int, time: Int, actual: Double, forecast: Double, scale: Double?, levels: [Double], lower: [Double], upper: [Double]) {
        precondition(lower.count == levels.count && upper.count == levels.count, "one bound per level")
        self.step = step
        self.time = time
        self.actual = actual
        self.forecast = forecast
        self.scale = scale
        self.levels = levels
        self.lower = lower
        self.upper = upper
    }

    /// e = y − ŷ, R's sign convention (a positive error is a forecast too low).
    public var error: Double { actual - forecast }

    /// 100·e/y, nil when y = 0 (where it is undefined).
    public var percentError: Double? { actual == 0 ? nil : 100 * error / actual }

    /// The M3 competition's symmetric percentage error (Makridakis & Hibon
    /// 2000), 200·|y − ŷ|/(|y| + |ŷ|), in [0, 200]; 0 when y = ŷ = 0 (a
    /// perfect forecast of zero, where the formula is 0/0).
    public var symmetricPercentError: Double {
        let denominator = abs(actual) + abs(forecast)
        return denominator == 0 ? 0 : 200 * abs(error) / denominator
    }

    /// e/Q (Hyndman & Koehler 2006), nil when the scale is undefined.
    public var scaledError: Double? { scale.map { error / $0 } }

    /// Whether the interval at level index `l` holds the actual.
    public func covered(_ l: Int) -> Bool {
        IntervalScore.covers(lower: lower[l], upper: upper[l], actual: actual)
    }

    /// The Winkler score of the interval at level index `l`.
    public func winkler(_ l: Int) -> Double {
        IntervalScore.winkler(lower: lower[l], upper: upper[l], level: levels[l], actual: actual)
    }
}

extension Forecast {
    /// Sets this forecast against the observed values of `actuals` at the
    /// forecast periods (matched by period; a period that `actuals` does
    /// not hold, or holds as missing, is left out). `scale` is the MASE
    /// scale of the data the model was trained on (see `NaiveScale`);
    /// `origin` is the period steps are counted from (default: the period
    /// before the first forecast).
    public func scored(against actuals: TimeSeries, scale: Double?, origin: Int? = nil) -> [ScoredPoint] {
        let origin = origin ?? start - 1
        var points: [ScoredPoint] = []
        for (index, time) in times.enumerated() {
            let position = time - actuals.start
            guard position >= 0, position < actuals.values.count else { continue }
            let actual = actuals.values[position]
            guard !actual.isNaN else { continue }
            points.append(ScoredPoint(
                step: time - origin, time: time, actual: actual, forecast: mean[index], scale: scale,
                levels: levels, lower: lower.map { $0[index] }, upper: upper.map { $0[index] }))
        }
        return points
    }
}
