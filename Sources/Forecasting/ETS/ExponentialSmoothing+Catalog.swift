extension ExponentialSmoothing {
    /// The names the ETS family answers to on the command line, in help order.
    static let catalogNames = ["ses", "holt", "damped", "ets"]

    /// The ETS family's parser for `ModelCatalog`:
    ///
    /// - `ets` — the automatic choice by AICc;
    /// - `ets:XYZ` — a pinned model in R's notation: error A/M, trend N/A/Ad,
    ///   season N/A/M (`ets:ANN`, `ets:AAdN`, `ets:MAM`), except the
    ///   forbidden additive error with multiplicative season;
    /// - the aliases `ses` = `ets:ANN`, `holt` = `ets:AAN`, `damped` = `ets:AAdN`,
    ///   which are the pinned models themselves (their name is R's code).
    @Sendable static func parse(_ name: String, _ options: ModelOptions) -> AnyForecastingModel? {
        let code: String
        switch name {
        case "ets": return AnyForecastingModel(ExponentialSmoothing(options: options))
        case "ses": code = "ANN"
        case "holt": code = "AAN"
        case "damped": code = "AAdN"
        default:
            guard name.hasPrefix("ets:") else { return nil }
            code = String(name.dropFirst(4))
        }
        guard let components = ETSComponents(code: code) else { return nil }
        return AnyForecastingModel(ExponentialSmoothing(components, options: options))
    }
}
