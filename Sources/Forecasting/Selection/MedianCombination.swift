/// The median combination of several models (`--model combo`: ETS, theta
/// and ARIMA), strong on yearly data (Petropoulos & Svetunkov 2020; in the
/// M3 and M4 competitions combinations beat their members).
///
/// Each member is fitted to all series in one batch. Per series and step,
/// the point forecast is the median of the members' point forecasts, and
/// each interval bound the median of the members' bounds at that level (a
/// simple, robust rule: with three members it is the middle member's bound,
/// so the combined interval never lies outside the members' range). A
/// member that cannot fit a series is left out of that series' median; a
/// series no member fits gets the first member's error. The forecast is
/// named after its members, e.g. `combo(ets:AAdN,theta,arima:0,1,1)`.
public struct MedianCombination: ForecastingModel {
    public let name = "combo"
    /// The members' model names (ModelCatalog's).
    public var members: [String]
    /// The cap and seed passed to every member.
    public var options: ModelOptions

    /// ets, theta, arima.
    public static let defaultMembers = ["ets", "theta", "arima"]

    /// The median combination of `members`.
    public init(members: [String] = MedianCombination.defaultMembers, options: ModelOptions = ModelOptions()) {
        self.members = members
        self.options = options
    }

    /// The members fitted to one series, combined at forecast time.
    public struct Fitted: FittedModel {
        /// The members that could be fitted, in the order given.
        public let parts: [any FittedModel]
        public var modelName: String { "combo(" + parts.map(\.modelName).joined(separator: ",") + ")" }

        /// The members' own criteria are not comparable across families, so the
        /// combination reports none; σ² is the median of the members'.
        public var summary: FitSummary {
            FitSummary(parameters: [], logLikelihood: nil, aic: nil, aicc: nil, bic: nil,
                       sigma2: median(parts.map(\.summary.sigma2)),
                       observationCount: parts.map(\.summary.observationCount).max() ?? 0)
        }

        public func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
            try ForecastRequest.validate(horizon: horizon, levels: levels)
            var forecasts: [Forecast] = []
            for part in parts { forecasts.append(try part.forecast(horizon: horizon, levels: levels)) }
            let first = forecasts[0]
            func combine(_ pick: (Forecast) -> Double) -> Double { median(forecasts.map(pick)) }
            return Forecast(
                model: modelName, start: first.start, frequency: first.frequency,
                mean: (0..<horizon).map { h in combine { $0.mean[h] } },
                levels: levels,
                lower: levels.indices.map { l in (0..<horizon).map { h in combine { $0.lower[l][h] } } },
                upper: levels.indices.map { l in (0..<horizon).map { h in combine { $0.upper[l][h] } } })
        }
    }

    public func fit(_ series: TimeSeries) throws(ModelError) -> Fitted {
        try fit(batch: [series])[0].get()
    }

    public func fit(batch series: [TimeSeries]) -> [Result<Fitted, ModelError>] {
        let fits = members.compactMap { ModelCatalog.model(named: $0, options: options)?.fit(batch: series) }
        guard !fits.isEmpty else {
            return series.map { _ in .failure(.notIdentified("none of the models \(members.joined(separator: ", ")) is available")) }
        }
        return series.indices.map { index in
            let parts = fits.compactMap { try? $0[index].get() }
            guard !parts.isEmpty else { return .failure(fits[0][index].failureValue ?? .notIdentified("no member fits")) }
            return .success(Fitted(parts: parts))
        }
    }
}

/// The median; the mean of the middle two for an even count; NaN when empty.
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

private extension Result {
    var failureValue: Failure? {
        if case let .failure(error) = self { return error }
        return nil
    }
}
