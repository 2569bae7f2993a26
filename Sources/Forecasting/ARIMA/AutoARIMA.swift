/// Placeholder while the automatic search is written.
public struct AutoARIMA: ForecastingModel {
    public init() {}
    public var name: String { "arima" }
    public func fit(_ series: TimeSeries) throws(ModelError) -> ARIMA.Fitted {
        try ARIMA(order: ARIMAOrder(p: 0, d: 1, q: 1)).fit(series)
    }
    public func fit(batch series: [TimeSeries]) -> [Result<ARIMA.Fitted, ModelError>] {
        series.map { s in Result { () throws(ModelError) in try fit(s) } }
    }
}
