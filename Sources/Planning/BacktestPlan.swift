import Forecasting

/// Where a rolling-origin backtest puts its forecast origins and how far it
/// forecasts from each (Tashman 2000, "Out-of-sample tests of forecasting
/// accuracy", IJF 16:437–450; Hyndman & Athanasopoulos, FPP3 §5.10).
///
/// Each series is cut at `origins` forecast origins, `step` periods apart,
/// counted back from its own last observed period T: origin k (k = 0 the
/// latest) is
///
///     o_k = T − H − k·step,
///
/// so the latest origin holds out the last H periods, as the M3 protocol
/// does (one origin, H = 6), and every origin has a full horizon of actuals
/// ahead of it. The model is trained on the values up to and including o_k
/// (an expanding window) and forecasts o_k + 1 … o_k + H.
public struct BacktestPlan: Sendable, Equatable {
    /// Steps ahead, H ≥ 1.
    public var horizon: Int
    /// Number of forecast origins per series, ≥ 1.
    public var origins: Int
    /// Periods between consecutive origins, ≥ 1.
    public var step: Int
    /// Interval levels in percent.
    public var levels: [Double]

    /// The origins used when none is asked for.
    public static let defaultOrigins = 5
    /// Values the earliest default origin leaves to train on, in the longest series.
    public static let minimumTraining = 3

    /// A plan of `origins` origins `step` periods apart, forecasting `horizon` steps with intervals at `levels`.
    public init(horizon: Int, origins: Int, step: Int = 1, levels: [Double] = [80, 95]) {
        precondition(horizon >= 1 && origins >= 1 && step >= 1, "horizon, origins and step are at least 1")
        self.horizon = horizon
        self.origins = origins
        self.step = step
        self.levels = levels
    }

    /// The plan with the default number of origins for these series: 5, or
    /// fewer (at least 1) so that the earliest origin still leaves
    /// `minimumTraining` periods of the longest series to train on.
    public init(horizon: Int, step: Int = 1, levels: [Double] = [80, 95], fitting series: [TimeSeries]) {
        let longest = series.map(\.count).max() ?? 0
        let room = (longest - horizon - Self.minimumTraining) / step + 1
        self.init(horizon: horizon, origins: max(1, min(Self.defaultOrigins, room)), step: step, levels: levels)
    }

    /// Origin k's period for a series whose last observed period is `end`.
    public func origin(_ k: Int, end: Int) -> Int {
        end - horizon - k * step
    }

    /// The training data of `series` at origin k: its values up to and
    /// including the origin (trailing gaps dropped), or nil when none is observed.
    public func training(_ series: TimeSeries, origin k: Int) -> TimeSeries? {
        let cut = origin(k, end: series.end) - series.start + 1
        guard cut > 0 else { return nil }
        let training = TimeSeries(start: series.start, frequency: series.frequency, values: Array(series.values[..<cut]))
        return training.count > 0 ? training : nil
    }
}
