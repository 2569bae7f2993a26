/// Chooses a model per series by rolling-origin cross-validation on the
/// series' own history (`--model cv`; the default before the panel's
/// pooled combination, `PooledCombination`, replaced it).
///
/// For each candidate and each origin k = 1…K (the last K observed periods
/// of the series are held out in turn; training runs up to the period before
/// the held-out one), the candidate is fitted on every series' training part
/// in one batch and forecasts up to `validationHorizon` steps; each
/// forecast step whose actual exists is scored by its absolute error scaled
/// by the MASE scale of that training part (`NaiveScale`: the mean absolute
/// naive change, seasonal for quarterly and monthly data; Hyndman & Koehler 2006). The candidate with the lowest mean scaled error
/// wins, ties going to the earlier candidate; it is then fitted to the whole
/// series. The forecast names the chosen model (`drift`, `ets:AAdN`), never `cv`.
///
/// Fallback: a series with fewer than `minimumObservations` values leaves
/// too little history to validate on (K origins of a few points each), so it
/// gets `fallback` (a random walk with drift: robust on short trending yearly
/// series, and second only to the theta family among simple methods on the
/// M3 yearly data).
public struct AutomaticChoice: ForecastingModel {
    public let name = "cv"
    /// Candidate names, in order of preference on ties.
    public var candidates: [String]
    /// K, the held-out origins per series.
    public var origins: Int
    /// Steps ahead scored from each origin.
    public var validationHorizon: Int
    /// Below this many values a series gets `fallback` without validation.
    public var minimumObservations: Int
    /// The model of series too short to validate on.
    public var fallback: String
    /// The cap and seed passed to every candidate.
    public var options: ModelOptions

    /// naive, drift, linear, theta, ets, arima.
    public static let defaultCandidates = ["naive", "drift", "linear", "theta", "ets", "arima"]

    /// The choice among `candidates` by K-origin cross-validation.
    public init(candidates: [String] = AutomaticChoice.defaultCandidates, origins: Int = 4, validationHorizon: Int = 3,
                minimumObservations: Int = 8, fallback: String = "drift", options: ModelOptions = ModelOptions()) {
        self.candidates = candidates
        self.origins = origins
        self.validationHorizon = validationHorizon
        self.minimumObservations = minimumObservations
        self.fallback = fallback
        self.options = options
    }

    /// A fitted choice: the chosen model fitted to the whole series, and the
    /// validation score of every candidate (NaN where it could not be scored).
    public struct Fitted: FittedModel {
        /// The winning candidate, fitted to the whole series.
        public let chosen: any FittedModel
        /// Each candidate's mean scaled error on the holdouts.
        public let scores: [(model: String, meanScaledError: Double)]
        public var modelName: String { chosen.modelName }
        public var summary: FitSummary { chosen.summary }
        public func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
            try chosen.forecast(horizon: horizon, levels: levels)
        }
        public func samplePaths(horizon: Int, count: Int, seed: UInt64) throws(ModelError) -> SamplePaths {
            try chosen.samplePaths(horizon: horizon, count: count, seed: seed)
        }
    }

    public func fit(_ series: TimeSeries) throws(ModelError) -> Fitted {
        try fit(batch: [series])[0].get()
    }

    public func fit(batch series: [TimeSeries]) -> [Result<Fitted, ModelError>] {
        let models = candidates.compactMap { name in ModelCatalog.model(named: name, options: options).map { (name, $0) } }
        let validation = CrossValidation(origins: origins, horizon: validationHorizon)
        let longEnough = series.indices.filter { series[$0].observedCount >= minimumObservations }
        var scores = Array(repeating: [(model: String, meanScaledError: Double)](), count: series.count)
        for (name, model) in models {
            let errors = validation.meanScaledErrors(of: model, on: longEnough.map { series[$0] })
            for (index, error) in zip(longEnough, errors) { scores[index].append((name, error)) }
        }
        // The winner per series; then each model fits its own series in one batch.
        var choice = Array(repeating: fallback, count: series.count)
        for index in longEnough {
            if let best = scores[index].filter({ $0.meanScaledError.isFinite }).min(by: { $0.meanScaledError < $1.meanScaledError }) {
                choice[index] = best.model
            }
        }
        var results = Array(repeating: Result<Fitted, ModelError>.failure(.notIdentified("no candidate model")), count: series.count)
        for name in Set(choice) {
            let members = series.indices.filter { choice[$0] == name }
            guard let model = ModelCatalog.model(named: name, options: options) else { continue }
            for (index, fit) in zip(members, model.fit(batch: members.map { series[$0] })) {
                results[index] = fit.map { Fitted(chosen: $0, scores: scores[index]) }
            }
        }
        return results
    }
}
