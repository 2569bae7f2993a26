import Testing
import Forecasting

/// The conformance checks and the R references, run on every model in the catalog.
@Suite struct ModelConformanceTests {
    static let fixtures = RFixtures.shared

    /// Fixture series plus series that share the gap series' periods (so the
    /// trend models fit them as one group) and one on a different frequency.
    static var fittable: [TimeSeries] {
        let gap = fixtures.series["gap"]!
        let scaled = [(1.3, 50.0), (0.7, 10.0), (2.0, -100.0)].map { factor, shift in
            TimeSeries(start: gap.start, frequency: 1, values: gap.values.map { $0 * factor + shift })
        }
        return fixtures.seriesNames.map { fixtures.series[$0]! } + scaled
    }

    /// Series some or all models cannot fit, mixed into the batch.
    static let unfittable: [TimeSeries] = [
        TimeSeries(start: 2010, frequency: 1, values: []),
        TimeSeries(start: 2010, frequency: 1, values: [5, 6]),
        TimeSeries(start: 2003, frequency: 1, values: [3, -1, 4, 1, 5, .nan, 9, 2, 6, .nan, 5, 3, 5, 8]),
        TimeSeries(start: 2010, frequency: 1, values: [4, .infinity, 6, 7]),
    ]

    @Test(arguments: foundationModelNames)
    func conformance(name: String) throws {
        let model = try #require(modelsByName[name])
        try checkConformance(of: model, on: Self.fittable, extra: Self.unfittable)
    }

    @Test(arguments: foundationModelNames)
    func matchesR(name: String) throws {
        let model = try #require(modelsByName[name])
        let worst = try checkReference(of: model, fixtures: Self.fixtures, tolerance: 1e-8)
        print("worst relative error vs R, \(name): forecasts \(worst.forecast), summary \(worst.summary)")
    }

    @Test func catalogNamesEveryModelExactly() throws {
        #expect(Set(foundationModelNames).isSubset(of: Set(ModelCatalog.names)))
        #expect(ModelCatalog.model(named: "ets:ZZZ") == nil)
        let series = Self.fixtures.series["curved"]!
        for name in foundationModelNames {
            let erased = try #require(ModelCatalog.model(named: name))
            #expect(erased.name == name)
            let viaCatalog = try erased.fit(batch: [series])[0].get().forecast(horizon: 4, levels: [80])
            let direct = try modelsByName[name]!.forecast(series, horizon: 4, levels: [80])
            #expect(viaCatalog == direct && viaCatalog.model == name)
        }
    }
}
