/// Any forecasting model behind one type, for code that picks the model at
/// run time (the command line's `--model`). Batch fitting passes straight
/// through to the model's own `fit(batch:)`.
public struct AnyForecastingModel: Sendable {
    /// The model's name as the command line takes it (`linear`, `ets:AAdN`), from the wrapped model.
    public let name: String
    /// See `ForecastingModel.learnsFromPanel`.
    public let learnsFromPanel: Bool
    private let fitBatch: @Sendable ([TimeSeries]) -> [Result<any FittedModel, ModelError>]

    /// Wraps a model, keeping its name and batch fitting.
    public init<Model: ForecastingModel>(_ model: Model) {
        name = model.name
        learnsFromPanel = model.learnsFromPanel
        fitBatch = { series in model.fit(batch: series).map { $0.map { $0 as any FittedModel } } }
    }

    /// Fits many series at once; result `i` belongs to `series[i]`. A series
    /// with a value beyond ±1e150 gets its own error instead of a fit: its
    /// variance (1e300 and more) is past the largest Double, so every model's
    /// intervals would come out infinite.
    public func fit(batch series: [TimeSeries]) -> [Result<any FittedModel, ModelError>] {
        let tooLarge = series.map { $0.values.contains { $0.isFinite && abs($0) > Self.largestMagnitude } }
        guard tooLarge.contains(true) else { return fitBatch(series) }
        let fitted = fitBatch(zip(series, tooLarge).filter { !$0.1 }.map(\.0))
        var next = fitted.makeIterator()
        return tooLarge.map { large in
            large ? .failure(.numerical("the series has values beyond ±1e150, whose variance is not a finite Double; give them in larger units (billions, say)"))
                  : next.next()!
        }
    }

    /// Fits one series: `fit(batch: [series])` with its error thrown.
    public func fit(_ series: TimeSeries) throws(ModelError) -> any FittedModel {
        try fit(batch: [series])[0].get()
    }

    /// The largest value a series may hold, in size (see `fit(batch:)`).
    public static let largestMagnitude = 1e150
}
