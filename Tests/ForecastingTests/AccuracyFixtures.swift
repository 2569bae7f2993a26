import Foundation
import Forecasting

/// The cases written by `Fixtures/make-accuracy-fixtures.R` (R 4, forecast
/// 8.20): a training series, R's forecast from it at levels 80 and 95, the
/// actuals, and the measures: MAE, RMSE, MAPE, MASE from
/// `forecast::accuracy()`, sMAPE, coverage and Winkler from their definitions.
struct AccuracyFixtures: Sendable {
    struct Case: Sendable {
        let name: String
        let training: TimeSeries
        let test: TimeSeries
        let forecast: Forecast
        /// Measure name (`mae`, `coverage_80`, `n`, …) → R's value.
        let expected: [String: Double]
    }

    static let levels: [Double] = [80, 95]

    let cases: [Case]

    static let shared: AccuracyFixtures = try! AccuracyFixtures()

    init() throws {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        var order: [String] = []
        var frequency: [String: Int] = [:]
        var observations: [String: [String: [(time: Int, value: Double)]]] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("accuracy-series.csv")) {
            let name = row["case"]!
            if frequency[name] == nil { order.append(name) }
            frequency[name] = Int(row["frequency"]!)!
            let value = row["value"]!.isEmpty ? Double.nan : Double(row["value"]!)!
            observations[name, default: [:]][row["role"]!, default: []].append((Int(row["time"]!)!, value))
        }
        var forecastRows: [String: [[String: String]]] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("accuracy-forecasts.csv")) {
            forecastRows[row["case"]!, default: []].append(row)
        }
        var expected: [String: [String: Double]] = [:]
        for row in try fixtureRows(folder.appendingPathComponent("accuracy-expected.csv")) {
            expected[row["case"]!, default: [:]][row["measure"]!] = Double(row["value"]!)!
        }
        cases = order.map { name in
            let f = frequency[name]!
            let rows = forecastRows[name]!
            func column(_ key: String) -> [Double] { rows.map { Double($0[key]!)! } }
            let forecast = Forecast(
                model: "r", start: Int(rows[0]["time"]!)!, frequency: f, mean: column("mean"), levels: Self.levels,
                lower: [column("lo_80"), column("lo_95")], upper: [column("hi_80"), column("hi_95")])
            return Case(
                name: name,
                training: TimeSeries(frequency: f, observations: observations[name]!["train"]!),
                test: TimeSeries(frequency: f, observations: observations[name]!["test"]!),
                forecast: forecast, expected: expected[name]!)
        }
    }
}
