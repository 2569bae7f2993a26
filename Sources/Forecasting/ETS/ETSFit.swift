/// An ETS model fitted to one series: its components, smoothing parameters,
/// initial and final states and R-convention summary.
///
/// `summary.parameters` are R's `fit$par`: alpha, beta, gamma, phi (those
/// the model has), then the free initial states l, b, s0 … s(m−2).
public struct ETSFit: FittedModel, Equatable {
    /// The model's error, trend and season.
    public let components: ETSComponents
    /// Seasonal period m (1 without season).
    public let period: Int
    let smoothing: ETSSmoothing
    let initialState: ETSState
    let finalState: ETSState
    public let summary: FitSummary
    /// Ordinal of the series' last period.
    public let end: Int
    /// Periods per year of the series.
    public let frequency: Int
    let intervals: ExponentialSmoothing.Intervals
    let seed: UInt64
    let stream: UInt64

    /// `ets:` and R's code, e.g. `ets:AAdN`, whichever way the model was chosen.
    public var modelName: String { "ets:\(components.code)" }

    var recursion: ETSRecursion { ETSRecursion(components: components, smoothing: smoothing) }

    /// Point forecasts (R's `etsforecast`) with the model's intervals.
    public func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
        try ForecastRequest.validate(horizon: horizon, levels: levels)
        switch intervals {
        case .analytic:
            let (means, variances) = ETSForecastVariance(fit: self).meansAndVariances(horizon: horizon)
            return SymmetricIntervals.forecast(
                model: modelName, start: end + 1, frequency: frequency,
                centres: means, standardErrors: variances.map { max($0, 0).squareRoot() },
                levels: levels, reference: .normal)
        case let .simulated(paths):
            return simulatedForecast(horizon: horizon, levels: levels, paths: paths, seed: seed)
        }
    }
}
