/// The models the command line can name, and how a name becomes a model.
public enum ModelCatalog {
    /// Names `model(named:)` accepts, in the order help text lists them.
    public static let names: [String] = ["naive", "drift", "mean", "linear", "loglinear", "quadratic"]

    /// The model a name stands for, or nil for an unknown name.
    public static func model(named name: String) -> AnyForecastingModel? {
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
}
