import Foundation
import Forecasting

/// The reference values written by `Fixtures/make-arima-fixtures.R` (R 4,
/// forecast 8.20): series, R `Arima()` fits of pinned orders with their
/// forecasts, and `auto.arima()`'s choices.
struct ARIMAFixtures: Sendable {
    struct ForecastRow: Sendable {
        let time: Int
        let mean: Double
        /// Bounds at 80 and 95%.
        let lower: [Double]
        let upper: [Double]
    }

    struct AutoChoice: Sendable {
        let model: String
        let aicc: Double
        let loglik: Double
    }

    /// Series in the script's order.
    let seriesNames: [String]
    let series: [String: TimeSeries]
    /// Pinned models by series, in the script's order.
    let models: [String: [String]]
    /// R's values by series, model and name (`ar1`, `loglik`, `sigma2`, `nobs`, …).
    let pinned: [String: [String: [String: Double]]]
    /// Coefficient names by series and model, in R's order.
    let coefficientNames: [String: [String: [String]]]
    let forecasts: [String: [String: [ForecastRow]]]
    let auto: [String: AutoChoice]

    static let shared: ARIMAFixtures = try! ARIMAFixtures()
    static let statisticNames: Set<String> = ["loglik", "aic", "aicc", "bic", "sigma2", "nobs"]

    init() throws {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        var names: [String] = []
        var observations: [String: (frequency: Int, pairs: [(time: Int, value: Double)])] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("arima-series.csv")) {
            let name = row["series"]!
            if observations[name] == nil { names.append(name) }
            observations[name, default: (Int(row["frequency"]!)!, [])].pairs.append((Int(row["time"]!)!, Double(row["value"]!) ?? .nan))
        }
        seriesNames = names
        series = observations.mapValues { TimeSeries(frequency: $0.frequency, observations: $0.pairs) }

        var models: [String: [String]] = [:]
        var pinned: [String: [String: [String: Double]]] = [:]
        var coefficientNames: [String: [String: [String]]] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("arima-pinned.csv")) {
            let (s, m, key) = (row["series"]!, row["model"]!, row["name"]!)
            if !(models[s]?.contains(m) ?? false) { models[s, default: []].append(m) }
            pinned[s, default: [:]][m, default: [:]][key] = Double(row["value"]!)!
            if !Self.statisticNames.contains(key) && !key.hasPrefix("se_") { coefficientNames[s, default: [:]][m, default: []].append(key) }
        }
        self.models = models
        self.pinned = pinned
        self.coefficientNames = coefficientNames

        var forecasts: [String: [String: [ForecastRow]]] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("arima-forecasts.csv")) {
            forecasts[row["series"]!, default: [:]][row["model"]!, default: []].append(ForecastRow(
                time: Int(row["time"]!)!, mean: Double(row["mean"]!)!,
                lower: [Double(row["lo_80"]!)!, Double(row["lo_95"]!)!],
                upper: [Double(row["hi_80"]!)!, Double(row["hi_95"]!)!]))
        }
        self.forecasts = forecasts

        var auto: [String: AutoChoice] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("arima-auto.csv")) {
            auto[row["series"]!] = AutoChoice(model: row["model"]!, aicc: Double(row["aicc"]!)!, loglik: Double(row["loglik"]!)!)
        }
        self.auto = auto
    }
}
