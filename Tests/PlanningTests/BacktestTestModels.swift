import Forecasting
import Foundation

/// Counts how a model is called, to check that a backtest fits one batch per origin.
final class CallLog: @unchecked Sendable {
    private let lock = NSLock()
    private var _batches: [Int] = []
    private var _singles = 0

    var batches: [Int] { lock.withLock { _batches } }
    var singles: Int { lock.withLock { _singles } }

    func batch(_ size: Int) { lock.withLock { _batches.append(size) } }
    func single() { lock.withLock { _singles += 1 } }
}

/// The naive model, with every call logged.
struct RecordingNaive: ForecastingModel {
    let log: CallLog
    var name: String { "recording-naive" }

    func fit(_ series: TimeSeries) throws(ModelError) -> NaiveForecast.Fitted {
        log.single()
        return try NaiveForecast().fit(series)
    }

    func fit(batch series: [TimeSeries]) -> [Result<NaiveForecast.Fitted, ModelError>] {
        log.batch(series.count)
        return NaiveForecast().fit(batch: series)
    }
}

/// A model whose fit fails for series starting in `failingStart` and whose
/// forecast is NaN for series that start in `nanStart`; otherwise it
/// forecasts the last value with zero-width intervals.
struct Temperamental: ForecastingModel {
    var failingStart: Int
    var nanStart: Int
    var name: String { "temperamental" }

    struct Fitted: FittedModel {
        var value: Double
        var end: Int
        var modelName: String { "temperamental" }
        var summary: FitSummary {
            FitSummary(parameters: [], logLikelihood: nil, aic: nil, aicc: nil, bic: nil, sigma2: 0, observationCount: 1)
        }

        func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
            let mean = Array(repeating: value, count: horizon)
            return Forecast(model: modelName, start: end + 1, frequency: 1, mean: mean, levels: levels,
                            lower: levels.map { _ in mean }, upper: levels.map { _ in mean })
        }
    }

    func fit(_ series: TimeSeries) throws(ModelError) -> Fitted {
        if series.start == failingStart { throw .notIdentified("by design") }
        let last = series.observed.values.last ?? .nan
        return Fitted(value: series.start == nanStart ? .nan : last, end: series.end)
    }

    func fit(batch series: [TimeSeries]) -> [Result<Fitted, ModelError>] {
        series.map { s in Result { () throws(ModelError) in try fit(s) } }
    }
}
