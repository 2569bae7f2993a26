import Probability

/// A model specification: a value that knows how to fit itself to series.
///
/// spec → `fit` → fitted model → `forecast(horizon:levels:)` → `Forecast`.
///
/// Batch fitting is a requirement, not an extension: a model whose fit can
/// share work across series (one QR factorization of a design shared by
/// thousands of units) does so, and generic code that holds many series
/// calls `fit(batch:)` and never loops over `fit(_:)` by accident. A model
/// with nothing to share says so by implementing `fit(batch:)` as a map.
public protocol ForecastingModel: Sendable {
    /// The fitted model `fit` returns.
    associatedtype Fitted: FittedModel

    /// The model's name as the command line takes it (`linear`, `drift`).
    var name: String { get }

    /// Fits one series.
    func fit(_ series: TimeSeries) throws(ModelError) -> Fitted

    /// Fits many series; result `i` belongs to `series[i]`, and one series
    /// that cannot be fitted gets its own error without stopping the rest.
    func fit(batch series: [TimeSeries]) -> [Result<Fitted, ModelError>]

    /// Whether a series' fit learns from the other series of its batch (a
    /// panel model): then a command that shows a few units still fits the
    /// whole panel. False for models that fit each series on its own.
    var learnsFromPanel: Bool { get }
}

extension ForecastingModel {
    public var learnsFromPanel: Bool { false }
}

/// A model fitted to one series.
public protocol FittedModel: Sendable {
    /// The fitted model, named exactly (`ets:AAdN`, never `auto`).
    var modelName: String { get }
    /// Parameters, likelihood and information criteria.
    var summary: FitSummary { get }
    /// Point forecasts and prediction intervals `horizon` periods ahead at
    /// each level (percent).
    func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast
    /// `count` equally likely sample paths of the next `horizon` values,
    /// seeded: the joint distribution that sums over steps need. Models that
    /// can simulate themselves (ETS) do; the default is Gaussian paths around
    /// the forecast (`SamplePaths.gaussian(around:count:generator:)`).
    func samplePaths(horizon: Int, count: Int, seed: UInt64) throws(ModelError) -> SamplePaths
}

extension FittedModel {
    public func samplePaths(horizon: Int, count: Int, seed: UInt64) throws(ModelError) -> SamplePaths {
        let forecast = try forecast(horizon: horizon, levels: [50, 80, 95, 99])
        var generator = SeededGenerator(seed: seed)
        return SamplePaths.gaussian(around: forecast, count: count, generator: &generator)
    }
}

extension ForecastingModel {
    /// Fit and forecast in one step.
    public func forecast(_ series: TimeSeries, horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
        try fit(series).forecast(horizon: horizon, levels: levels)
    }
}

/// Checks shared by every model's `forecast(horizon:levels:)`.
public enum ForecastRequest {
    /// Throws unless the horizon is ≥ 1 and every level lies in (0, 100).
    public static func validate(horizon: Int, levels: [Double]) throws(ModelError) {
        guard horizon >= 1 else { throw .invalidHorizon(horizon) }
        for level in levels where !(level > 0 && level < 100) { throw .invalidLevel(level) }
    }
}
