import Forecasting
import InputFiles
import Planning
import Testing

/// The bands' count distributions are for their own year: a dataset with a
/// 2013 and a 2014 criteria target scores 2014's with the band model and
/// 2013's (fully observed) from its outcome, never with 2014's counts.
@Suite struct AttainmentBandCountsTests {
    @Test func countsServeOnlyTheirYear() {
        let observations = [(2011, 1.0), (2012, 2.0), (2013, 3.0)].map {
            Observation(unit: "a", indicator: "c", period: .year($0.0), value: $0.1, line: 0)
        }
        let targets = [2013, 2014].map { Target(unit: "a", indicator: "c", period: .year($0), low: 4, high: 19, direction: .atLeast, line: 0) }
        let dataset = Dataset(observationsFile: "o.csv", observations: observations, targets: targets)
        let settings = AttainmentRun.Settings(projection: IndicatorProjection.Settings(
            yearlyModel: ModelCatalog.model(named: "drift")!, inYearModel: ModelCatalog.model(named: "naive")!, paths: 300, calibrate: false),
            reconciliation: .none)
        // P(X = 5) = 1 in 2014, by the band model.
        let counts: [IndicatorYear: [String: (value: PredictiveValue, method: String, basis: String)]] =
            [IndicatorYear(indicator: "c", year: 2014): ["a": (.counts([0, 0, 0, 0, 0, 1]), "band-model", "2013: 3")]]
        let run = AttainmentRun(dataset: dataset, settings: settings, counts: counts)
        let byYear = Dictionary(uniqueKeysWithValues: run.rows.map { ($0.target.period.year, $0) })
        #expect(run.failures.isEmpty)
        #expect(byYear[2014]?.method == "band-model" && byYear[2014]?.projected == 5)
        #expect(byYear[2013]?.method != "band-model")
        #expect(byYear[2013]?.projected == 3 && byYear[2013]?.probabilityMet == 0)
    }
}
