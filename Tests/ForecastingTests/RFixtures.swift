import Foundation
import Forecasting

/// The reference values written by `Fixtures/make-trend-fixtures.R` (R 4,
/// forecast 8.20): the input series, every model's forecasts at levels 50,
/// 80, 95, 99 for 10 steps, and every model's summary (parameters, σ²,
/// log-likelihood, AIC, AICc, BIC, n).
struct RFixtures: Sendable {
    /// One row of `forecasts.csv`: a step of one model on one series.
    struct ForecastRow: Sendable {
        let step: Int
        let time: Int
        let mean: Double
        /// Bounds by level, in the order of `RFixtures.levels`.
        let lower: [Double]
        let upper: [Double]
    }

    static let levels: [Double] = [50, 80, 95, 99]
    static let horizon = 10

    /// Series by name, as the models see them.
    let series: [String: TimeSeries]
    /// Forecast rows by series and model name, in step order.
    let forecasts: [String: [String: [ForecastRow]]]
    /// Summary values by series, model and name (`slope`, `sigma2`, `loglik`, …).
    let summaries: [String: [String: [String: Double]]]

    /// Series names in the order the script writes them.
    let seriesNames: [String]

    static let shared: RFixtures = try! RFixtures()

    init() throws {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

        var observations: [String: (frequency: Int, pairs: [(time: Int, value: Double)])] = [:]
        var names: [String] = []
        for row in try fixtureRows(folder.appendingPathComponent("series.csv")) {
            let name = row["series"]!
            if observations[name] == nil { names.append(name) }
            let value = row["value"]!.isEmpty ? Double.nan : Double(row["value"]!)!
            observations[name, default: (Int(row["frequency"]!)!, [])].pairs
                .append((Int(row["time"]!)!, value))
        }
        var series: [String: TimeSeries] = [:]
        for (name, entry) in observations {
            let start = entry.pairs.map(\.time).min()!
            let values = entry.pairs.sorted { $0.time < $1.time }.map(\.value)
            series[name] = TimeSeries(start: start, frequency: entry.frequency, values: values)
        }
        self.series = series
        self.seriesNames = names

        var forecasts: [String: [String: [ForecastRow]]] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("forecasts.csv")) {
            let levels = Self.levels.map { Int($0) }
            forecasts[row["series"]!, default: [:]][row["model"]!, default: []].append(ForecastRow(
                step: Int(row["step"]!)!, time: Int(row["time"]!)!, mean: Double(row["mean"]!)!,
                lower: levels.map { Double(row["lo_\($0)"]!)! },
                upper: levels.map { Double(row["hi_\($0)"]!)! }))
        }
        self.forecasts = forecasts

        var summaries: [String: [String: [String: Double]]] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("summaries.csv")) {
            summaries[row["series"]!, default: [:]][row["model"]!, default: [:]][row["name"]!] = Double(row["value"]!)!
        }
        self.summaries = summaries
    }
}

/// |a − b| / |b| (|a − b| when b = 0), the error measure every reference check states.
func relativeError(_ a: Double, _ b: Double) -> Double {
    if a == b { return 0 }
    return b == 0 ? abs(a - b) : abs(a - b) / abs(b)
}
