/// Any forecasting model behind one type, for code that picks the model at
/// run time (the command line's `--model`). Batch fitting passes straight
/// through to the model's own `fit(batch:)`.
public struct AnyForecastingModel: Sendable {
    public let name: String
    /// See `ForecastingModel.learnsFromPanel`.
    public let learnsFromPanel: Bool
    private let fitBatch: @Sendable ([TimeSeries]) -> [Result<any FittedModel, ModelError>]

    public init<Model: ForecastingModel>(_ model: Model) {
        name = model.name
        learnsFromPanel = model.learnsFromPanel
        fitBatch = { series in model.fit(batch: series).map { $0.map { $0 as any FittedModel } } }
    }

    /// Fits many series at once; result `i` belongs to `series[i]`.
    public func fit(batch series: [TimeSeries]) -> [Result<any FittedModel, ModelError>] {
        fitBatch(series)
    }
}
