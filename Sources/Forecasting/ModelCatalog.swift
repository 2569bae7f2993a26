/// Settings a model name alone does not carry.
public struct ModelOptions: Sendable, Equatable {
    /// Upper bound of a saturating indicator (`--cap 19` for criteria met of 19):
    /// the logistic model's ceiling, and a clamp on every model's intervals.
    public var cap: Double?
    /// Seed of every simulation (sample-path intervals), so that the same
    /// command on the same data prints the same numbers.
    public var seed: UInt64

    /// The seed the command line uses unless `--seed` says otherwise.
    public static let defaultSeed: UInt64 = 20_140_601

    /// No cap, and the default seed, unless given.
    public init(cap: Double? = nil, seed: UInt64 = ModelOptions.defaultSeed) {
        self.cap = cap
        self.seed = seed
    }
}

/// The models the command line can name, and how a name becomes a model.
///
/// Each model family parses its own names (`ets:AAdN`, `arima:1,1,0`) in its
/// own file; this list only says which families exist and in what order the
/// help text shows them.
public enum ModelCatalog {
    /// How one family turns a name into a model; nil when the name is not its own.
    public typealias Parser = @Sendable (_ name: String, _ options: ModelOptions) -> AnyForecastingModel?

    /// The families, in the order help text lists them.
    static let families: [(names: [String], parse: Parser)] = [
        (["naive", "drift", "mean", "linear", "loglinear", "quadratic"], simpleModel),
        (ExponentialSmoothing.catalogNames, ExponentialSmoothing.parse),
        (["theta"], StandardTheta.parse),
        (["theta:optimized"], OptimizedTheta.parse),
        (["arima"], arimaModel),
        (["logistic"], LogisticGrowth.parse),
        (["auto", "global"], panelModel),
        (["cv", "combo"], selectionModel),
    ]

    /// Names `model(named:)` accepts, in the order help text lists them
    /// (pinned forms such as `ets:AAdN` are described by each family).
    public static var names: [String] { families.flatMap(\.names) }

    /// The model a name stands for, or nil for an unknown name.
    public static func model(named name: String, options: ModelOptions = ModelOptions()) -> AnyForecastingModel? {
        for family in families {
            if let model = family.parse(name, options) { return model }
        }
        return nil
    }

    /// The benchmark and regression-trend models of the foundation.
    @Sendable static func simpleModel(_ name: String, _ options: ModelOptions) -> AnyForecastingModel? {
        switch name {
        case "naive": AnyForecastingModel(NaiveForecast())
        case "drift": AnyForecastingModel(RandomWalkWithDrift())
        case "mean": AnyForecastingModel(MeanForecast())
        case "linear": AnyForecastingModel(LinearTrend())
        case "loglinear": AnyForecastingModel(LogLinearTrend())
        case "quadratic": AnyForecastingModel(QuadraticTrend())
        default: nil
        }
    }

    /// Models that choose among or combine the others.
    @Sendable static func selectionModel(_ name: String, _ options: ModelOptions) -> AnyForecastingModel? {
        switch name {
        case "cv": AnyForecastingModel(AutomaticChoice(options: options))
        case "combo": AnyForecastingModel(MedianCombination(options: options))
        default: nil
        }
    }

    /// Models fitted on the whole panel of an indicator at once.
    @Sendable static func panelModel(_ name: String, _ options: ModelOptions) -> AnyForecastingModel? {
        switch name {
        case "auto": AnyForecastingModel(PooledCombination())
        case "global": AnyForecastingModel(PooledCombination.global)
        default: nil
        }
    }
}
