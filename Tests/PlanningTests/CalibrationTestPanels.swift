import Forecasting
import Foundation
import InputFiles
import Planning
import Probability
import Testing

/// Panels simulated from a process on which the drift model's intervals are
/// too narrow in a known way (see Fixtures/make-calibration-truth.py, which
/// computes the true probabilities for the same process):
///
///     s ~ exp(U(−1, 1)),  d = s·U(−0.5, 1.5),
///     aₜ = 0.5·aₜ₋₁ + eₜ,  eₜ ~ t₅/√(5/3),  50 steps of burn-in from 0,
///     y₁ = 100,  yₜ = yₜ₋₁ + d + s·aₜ.
///
/// The changes are positively autocorrelated and heavy-tailed; the drift
/// model takes them as independent and normal, so its intervals are too
/// narrow, increasingly so with the horizon.
enum DriftingPanel {
    static let history = 40
    static let burnIn = 50
    static let phi = 0.5
    static let degreesOfFreedom = 5

    /// One unit: `history` values followed by `future` more.
    static func unit(future: Int, generator: inout SeededGenerator) -> (history: [Double], future: [Double]) {
        let s = exp(2 * generator.uniform() - 1)
        let d = s * (2 * generator.uniform() - 0.5)
        var a = 0.0
        for _ in 0..<burnIn { a = phi * a + studentT(&generator) }
        var y = [100.0]
        for _ in 1..<(history + future) {
            a = phi * a + studentT(&generator)
            y.append(y[y.count - 1] + d + s * a)
        }
        return (Array(y[..<history]), Array(y[history...]))
    }

    /// t₅ scaled to unit variance: Z/√(χ²₅/5)·√(3/5).
    static func studentT(_ generator: inout SeededGenerator) -> Double {
        let nu = Double(degreesOfFreedom)
        let chiSquare = (0..<degreesOfFreedom).reduce(0.0) { sum, _ in
            let x = generator.normal()
            return sum + x * x
        }
        return generator.normal() / (chiSquare / nu).squareRoot() / (nu / (nu - 2)).squareRoot()
    }

    static func units(_ count: Int, future: Int, seed: UInt64) -> [(history: [Double], future: [Double])] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in unit(future: future, generator: &generator) }
    }
}

/// A panel of yearly series of indicator `x`, units `u0`, `u1`, … in order, the first value in `firstYear`.
func yearlyPanel(_ values: [[Double]], firstYear: Int = 1980) throws -> SeriesSelection {
    var rows: [Observation] = []
    for (i, series) in values.enumerated() {
        for (t, value) in series.enumerated() {
            rows.append(Observation(unit: "u\(i)", indicator: "x", period: .year(firstYear + t), value: value, line: 0))
        }
    }
    return try SeriesSelection(dataset: Dataset(observationsFile: "obs.csv", observations: rows), indicator: "x")
}

/// Rows of a fixture CSV with a header, as dictionaries of strings.
func calibrationFixture(_ name: String) throws -> [[String: String]] {
    let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    let lines = text.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    let header = lines[0]
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
}

/// The forecasts of each series by one model.
func forecasts(_ model: some ForecastingModel, of series: [[Double]], horizon: Int, firstYear: Int = 1980) throws -> [Forecast] {
    try series.map { values in
        try model.fit(TimeSeries(start: firstYear, frequency: 1, values: values)).forecast(horizon: horizon, levels: [80, 95])
    }
}
