import Foundation
import Forecasting

/// The reference values written by `Fixtures/make-ets-fixtures.R` (R 4,
/// forecast 8.20): each series, each pinned ETS model R fits on it (its
/// `fit$par`, σ², log-likelihood, AIC, AICc, BIC, n and `forecast.ets` at
/// 80 and 95%), the model `ets(y)` picks with its AICc, and `thetaf`.
struct ETSFixtures: Sendable {
    struct Row: Sendable {
        let mean: Double
        /// Bounds at 80 and 95%.
        let lower: [Double]
        let upper: [Double]
    }

    static let levels: [Double] = [80, 95]

    let seriesNames: [String]
    let series: [String: TimeSeries]
    /// Values by series, model code (`AAdN`) and name (`alpha`, `loglik`, …).
    let fits: [String: [String: [String: Double]]]
    /// Forecast rows by series and model code (`auto` for `ets(y)`), in step order.
    let forecasts: [String: [String: [Row]]]
    /// The code `ets(y)` picks and its AICc, by series.
    let automatic: [String: (code: String, aicc: Double)]
    /// `thetaf` rows by series.
    let theta: [String: [Row]]
    /// R's `admissible(alpha, beta, gamma, phi, m)` on random points.
    let admissible: [(alpha: Double, beta: Double, gamma: Double, phi: Double, m: Int, admissible: Bool)]

    static let shared: ETSFixtures = try! ETSFixtures()

    init() throws {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        func rows(_ name: String) throws -> [[String: String]] {
            try fixtureRows(folder.appendingPathComponent(name))
        }
        var names: [String] = []
        var pairs: [String: (Int, [(time: Int, value: Double)])] = [:]
        for row in try rows("ets-series.csv") {
            let name = row["series"]!
            if pairs[name] == nil { names.append(name) }
            pairs[name, default: (Int(row["frequency"]!)!, [])].1.append((Int(row["time"]!)!, Double(row["value"]!)!))
        }
        seriesNames = names
        series = pairs.mapValues { TimeSeries(frequency: $0.0, observations: $0.1) }

        var fits: [String: [String: [String: Double]]] = [:]
        for row in try rows("ets-fits.csv") {
            fits[row["series"]!, default: [:]][row["model"]!, default: [:]][row["name"]!] = Double(row["value"]!)!
        }
        self.fits = fits

        func forecastRow(_ row: [String: String]) -> Row {
            Row(mean: Double(row["mean"]!)!,
                lower: [Double(row["lo_80"]!)!, Double(row["lo_95"]!)!],
                upper: [Double(row["hi_80"]!)!, Double(row["hi_95"]!)!])
        }
        var forecasts: [String: [String: [Row]]] = [:]
        for row in try rows("ets-forecasts.csv") {
            forecasts[row["series"]!, default: [:]][row["model"]!, default: []].append(forecastRow(row))
        }
        self.forecasts = forecasts

        var automatic: [String: (code: String, aicc: Double)] = [:]
        for row in try rows("ets-auto.csv") { automatic[row["series"]!] = (row["model"]!, Double(row["aicc"]!)!) }
        self.automatic = automatic

        var theta: [String: [Row]] = [:]
        for row in try rows("theta-forecasts.csv") { theta[row["series"]!, default: []].append(forecastRow(row)) }
        self.theta = theta

        admissible = try rows("ets-admissible.csv").map { row in
            (Double(row["alpha"]!)!, Double(row["beta"]!)!, Double(row["gamma"]!)!, Double(row["phi"]!)!,
             Int(row["m"]!)!, row["admissible"]! == "1")
        }
    }
}
