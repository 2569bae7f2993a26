// Three districts' yearly revenue and their targets for next year: a
// forecast of each with its intervals, then the probability of reaching
// the target. The numbers are made up for the example.
import ChiTieu

let history: [(unit: String, values: [Double])] = [
    ("north", [412, 436, 471, 480, 512, 540]),
    ("centre", [980, 1_010, 1_075, 1_120, 1_150, 1_214]),
    ("south", [205, 199, 214, 226, 221, 230]),
]
let targets: [(unit: String, low: Double)] = [("north", 560), ("centre", 1_300), ("south", 250)]

// 1. Forecasts: one model spec, fitted to the whole panel in one batch.
let model = ModelCatalog.model(named: "auto")!
let series = history.map { TimeSeries(start: 2008, frequency: 1, values: $0.values) }
let fits = model.fit(batch: series)
print("Forecasts of 2014")
for (unit, fit) in zip(history.map(\.unit), fits) {
    switch fit {
    case let .success(fitted):
        let forecast = try fitted.forecast(horizon: 1, levels: [80, 95])
        print("  \(unit): \(fitted.modelName) \(rounded(forecast.mean[0])), 95% interval \(rounded(forecast.lower[1][0]))–\(rounded(forecast.upper[1][0]))")
    case let .failure(error):
        print("  \(unit): not fitted: \(error)")
    }
}

// 2. Attainment: the same panel as a dataset with targets, projected by the
// review's machinery (sample paths, calibration across the units).
var observations: [Observation] = []
for (unit, values) in history {
    for (i, value) in values.enumerated() {
        observations.append(Observation(unit: unit, indicator: "revenue", period: .year(2008 + i), value: value))
    }
}
let dataset = Dataset(observationsFile: "example", observations: observations,
                      targets: targets.map { Target(unit: $0.unit, indicator: "revenue", period: .year(2014), low: $0.low, high: $0.low, direction: .atLeast) })
let settings = AttainmentRun.Settings(projection: IndicatorProjection.Settings(yearlyModel: model, inYearModel: model))
let run = AttainmentRun(dataset: dataset, settings: settings)
print("P(reach the 2014 target)")
for row in run.rows {
    print("  \(row.target.unit): target \(rounded(row.target.low)), projected \(rounded(row.projected)), P = \(rounded(100 * row.probabilityMet))%")
}
for failure in run.failures { print("  \(failure.target.unit): \(failure.reason)") }

func rounded(_ x: Double) -> String { String(Int(x.rounded())) }
