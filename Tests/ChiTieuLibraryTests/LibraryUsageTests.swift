import ChiTieu
import Testing

/// ChiTieu as a program uses it: `import ChiTieu` alone, the calls of the
/// documentation's articles (Sources/ChiTieu/ChiTieu.docc), so that they
/// stay true.
@Suite struct LibraryUsageTests {
    static let values: [Double] = [412, 436, 471, 480, 512, 540]

    /// Getting started: a dataset from arrays, one series forecast.
    @Test func gettingStarted() throws {
        let observations = Self.values.enumerated().map { i, value in
            Observation(unit: "north", indicator: "revenue", period: .year(2008 + i), value: value)
        }
        let targets = [Target(unit: "north", indicator: "revenue", period: .year(2014), low: 560, high: 560)]
        let dataset = Dataset(observationsFile: "memory", observations: observations, targets: targets)
        #expect(dataset.observations.count == 6 && dataset.targets[0].direction == .atLeast)

        let model = try #require(ModelCatalog.model(named: "ets"))
        let fitted = try model.fit(TimeSeries(start: 2008, frequency: 1, values: Self.values))
        let forecast = try fitted.forecast(horizon: 3, levels: [80, 95])
        #expect(forecast.mean.count == 3 && forecast.lower[1][0] < forecast.mean[0] && forecast.mean[0] < forecast.upper[1][0])
    }

    /// Forecasting a panel: one result per series, a failure of its own.
    @Test func aPanelInOneCall() throws {
        let panel = [TimeSeries(start: 2008, frequency: 1, values: Self.values),
                     TimeSeries(start: 2008, frequency: 1, values: [5])]
        let fits = try #require(ModelCatalog.model(named: "auto")).fit(batch: panel)
        #expect(fits.count == 2)
        #expect((try? fits[0].get()) != nil)
        #expect((try? fits[1].get()) == nil)
    }

    /// From forecasts to probabilities: P(reach) of a target, and the version.
    @Test func attainmentProbability() throws {
        let observations = Self.values.enumerated().map { i, value in
            Observation(unit: "north", indicator: "revenue", period: .year(2008 + i), value: value)
        }
        let dataset = Dataset(observationsFile: "memory", observations: observations,
                              targets: [Target(unit: "north", indicator: "revenue", period: .year(2014), low: 560, high: 560)])
        let model = try #require(ModelCatalog.model(named: "drift"))
        let run = AttainmentRun(dataset: dataset, settings: AttainmentRun.Settings(
            projection: IndicatorProjection.Settings(yearlyModel: model, inYearModel: model, paths: 1_000, calibrate: false)))
        let row = try #require(run.rows.first, "\(run.failures)")
        // Drift: 540 + (540 − 412)/5 = 565.6 is the median, above the 560 asked.
        #expect(abs(row.projected - 565.6) < 2 && row.probabilityMet > 0.5 && row.probabilityMet < 1)
        #expect(LibraryVersion.current.split(separator: ".").count == 3)
    }
}
