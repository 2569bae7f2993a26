import Foundation
import Forecasting

/// statsforecast's OptimizedTheta on yearly series, as written by
/// `Fixtures/make-otheta-fixtures.py`.
struct OptimizedThetaFixtures {
    struct Case {
        let series: TimeSeries
        /// `initial_smoothed`, `alpha`, `theta`, `sse`, `sigma`, `n`.
        let fit: [String: Double]
        /// Rows by step: time, mean, lo/hi_80/95 (200 paths), sim_lo/hi_80/95 (200,000 paths).
        let forecast: [[String: Double]]
    }

    let names: [String]
    let cases: [String: Case]

    static let shared = try! OptimizedThetaFixtures()

    init() throws {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        var names: [String] = []
        var points: [String: [(time: Int, value: Double)]] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("otheta-series.csv")) {
            let name = row["series"]!
            if points[name] == nil { names.append(name) }
            points[name, default: []].append((Int(row["time"]!)!, Double(row["value"]!)!))
        }
        var fits: [String: [String: Double]] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("otheta-fits.csv")) {
            fits[row["series"]!, default: [:]][row["name"]!] = Double(row["value"]!)!
        }
        var forecasts: [String: [[String: Double]]] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("otheta-forecasts.csv")) {
            var numbers: [String: Double] = [:]
            for (key, value) in row where key != "series" { numbers[key] = Double(value)! }
            forecasts[row["series"]!, default: []].append(numbers)
        }
        self.names = names
        cases = Dictionary(uniqueKeysWithValues: names.map { name in
            (name, Case(series: TimeSeries(frequency: 1, observations: points[name]!), fit: fits[name]!,
                        forecast: forecasts[name]!.sorted { $0["step"]! < $1["step"]! }))
        })
    }
}
