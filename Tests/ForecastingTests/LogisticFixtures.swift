import Foundation
import Forecasting

/// The reference fits written by `Fixtures/make-logistic-fixtures.R` (R's
/// nls with the cap fixed): series, parameters and forecasts at 80 and 95%.
struct LogisticFixtures {
    struct Case {
        let cap: Double
        let series: TimeSeries
        /// `a`, `b`, `centre`, `cap`, `sigma2`, `rss`, `loglik`, `n`.
        let fit: [String: Double]
        /// Rows by step: time, mean, lo_80, hi_80, lo_95, hi_95.
        let forecast: [[String: Double]]
    }

    let names: [String]
    let cases: [String: Case]

    static let shared = try! LogisticFixtures()

    init() throws {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        var names: [String] = []
        var points: [String: (cap: Double, pairs: [(time: Int, value: Double)])] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("logistic-series.csv")) {
            let name = row["series"]!
            if points[name] == nil { names.append(name) }
            let value = row["value"]!.isEmpty ? Double.nan : Double(row["value"]!)!
            points[name, default: (Double(row["cap"]!)!, [])].pairs.append((Int(row["time"]!)!, value))
        }
        var fits: [String: [String: Double]] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("logistic-fits.csv")) {
            fits[row["series"]!, default: [:]][row["name"]!] = Double(row["value"]!)!
        }
        var forecasts: [String: [[String: Double]]] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("logistic-forecasts.csv")) {
            var numbers: [String: Double] = [:]
            for (key, value) in row where key != "series" { numbers[key] = Double(value)! }
            forecasts[row["series"]!, default: []].append(numbers)
        }
        self.names = names
        cases = Dictionary(uniqueKeysWithValues: names.map { name in
            let entry = points[name]!
            return (name, Case(
                cap: entry.cap, series: TimeSeries(frequency: 1, observations: entry.pairs),
                fit: fits[name]!, forecast: forecasts[name]!.sorted { $0["step"]! < $1["step"]! }))
        })
    }
}
