import Forecasting
import InputFiles
import ParallelWork

/// The forecast of one series, or why there is none.
public struct SeriesForecast: Sendable {
    /// The series.
    public var key: SeriesKey
    /// The granularity of the series forecast.
    public var granularity: Granularity
    /// The fitted model's summary and forecast, or the unit's own error.
    public var outcome: Result<Fitted, ModelError>

    /// A fitted series: its summary, forecast and model.
    public struct Fitted: Sendable {
        /// The fit's parameters, likelihood and information criteria.
        public var summary: FitSummary
        /// The forecast, with its intervals.
        public var forecast: Forecast
        /// The fitted model itself, for its sample paths.
        public var model: any FittedModel
    }

    /// The forecast periods, in the dataset's notation.
    public var periods: [Period] {
        guard case let .success(fitted) = outcome else { return [] }
        return fitted.forecast.times.map { Period(ordinal: $0, granularity: granularity) }
    }
}

/// Forecasts every selected series of a dataset with one model, fitting
/// them all in one batch (so a trend model factorizes each shared design
/// once), and keeps each unit's failure to itself.
public enum PanelForecast {
    /// With a `calibration`, the intervals of the panel's series are calibrated
    /// (`PanelCalibration.calibrated`); with a `cap`, every forecast is then
    /// held inside [0, cap], and with `nonNegative` (an indicator never
    /// observed below 0) above 0 (see `Forecast.clamped(to:)`).
    public static func run(_ selection: SeriesSelection, model: AnyForecastingModel, horizon: Int, levels: [Double], cap: Double? = nil,
                           nonNegative: Bool = false, calibration: PanelCalibration? = nil) -> [SeriesForecast] {
        let bounds: ClosedRange<Double>? = cap != nil || nonNegative ? 0...(cap ?? .infinity) : nil
        WorkProgress.shared.phase("forecasting \(selection.indicator)")
        let fits = model.fit(batch: selection.series)
        WorkProgress.shared.count(selection.keys.count, of: "series")
        // Each series' forecast is its own work: pieces of the panel on
        // every core, put back in order (the same on one core).
        let pieces = ParallelPieces.map(count: selection.keys.count) { range in
            defer { WorkProgress.shared.advance(by: range.count) }
            return range.map { index in
                let (key, fit) = (selection.keys[index], fits[index])
                let outcome = fit.flatMap { fitted -> Result<SeriesForecast.Fitted, ModelError> in
                    Result { () throws(ModelError) in
                        var forecast = try fitted.forecast(horizon: horizon, levels: levels)
                        if let calibration, calibration.applies(to: forecast) { forecast = calibration.calibrated(forecast, observations: selection.series[index].observedCount) }
                        forecast = try (bounds.map { forecast.clamped(to: $0) } ?? forecast).checkedFinite()
                        return SeriesForecast.Fitted(summary: fitted.summary, forecast: forecast, model: fitted)
                    }
                }
                return SeriesForecast(key: key, granularity: selection.granularities[index], outcome: outcome)
            }
        }
        return pieces.flatMap { $0 }
    }
}
