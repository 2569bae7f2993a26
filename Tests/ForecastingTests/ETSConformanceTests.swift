import Testing
import Forecasting

/// The shared conformance checks (`Conformance.swift`) on the ETS family.
@Suite struct ETSConformanceTests {
    static let fixtures = ETSFixtures.shared

    static let unfittable: [TimeSeries] = [
        TimeSeries(start: 2010, frequency: 1, values: []),
        TimeSeries(start: 2010, frequency: 1, values: [5, 6]),
        TimeSeries(start: 2010, frequency: 1, values: [4, .infinity, 6, 7, 8, 9, 10, 11, 12, 13, 14]),
        TimeSeries(start: 2003, frequency: 1, values: [3, -1, 4, 1, 5, .nan, 9, 2, 6]),
    ]

    @Test(arguments: ["ANN", "AAN", "AAdN", "MNN", "MAdN"])
    func nonSeasonalPinnedModels(code: String) throws {
        let series = ["Nile", "Y100", "WWWusage"].map { Self.fixtures.series[$0]! }
        try checkConformance(of: ExponentialSmoothing(ETSComponents(code: code)!), on: series, extra: Self.unfittable)
    }

    @Test(arguments: ["ANA", "AAdA", "MNM", "MAM"])
    func seasonalPinnedModels(code: String) throws {
        let series = ["USAccDeaths", "UKgas"].map { Self.fixtures.series[$0]! }
        try checkConformance(of: ExponentialSmoothing(ETSComponents(code: code)!), on: series,
                             extra: Self.unfittable + [Self.fixtures.series["Nile"]!])
    }

    @Test func simulatedIntervalsConform() throws {
        let model = ExponentialSmoothing(ETSComponents(code: "MAN")!, intervals: .simulated(paths: 2000))
        try checkConformance(of: model, on: ["Y1", "Y250"].map { Self.fixtures.series[$0]! }, extra: Self.unfittable)
    }

    /// The automatic model names its fit `ets:XYZ`, not `ets`, so the shared
    /// checker's name test does not apply; the rest is checked here.
    @Test func automaticModel() throws {
        let model = ExponentialSmoothing()
        let series = ["Nile", "Y645", "ldeaths"].map { Self.fixtures.series[$0]! }
        for s in series {
            let fitted = try model.fit(s)
            let twoStep = try fitted.forecast(horizon: 6, levels: [80, 95])
            #expect(twoStep == (try model.forecast(s, horizon: 6, levels: [80, 95])))
            #expect(twoStep.model == fitted.modelName && fitted.modelName.hasPrefix("ets:") && twoStep.start == s.end + 1)
            for h in 0..<6 {
                #expect(twoStep.lower[1][h] <= twoStep.lower[0][h] && twoStep.lower[0][h] <= twoStep.mean[h])
                #expect(twoStep.mean[h] <= twoStep.upper[0][h] && twoStep.upper[0][h] <= twoStep.upper[1][h])
            }
            #expect(throws: ModelError.invalidHorizon(0)) { try fitted.forecast(horizon: 0, levels: [80]) }
            #expect(throws: ModelError.invalidLevel(100)) { try fitted.forecast(horizon: 3, levels: [100]) }
        }
        let all = series + Self.unfittable
        for (s, result) in zip(all, model.fit(batch: all)) {
            let single = Result { () throws(ModelError) in try model.fit(s) }
            switch (result, single) {
            case let (.success(b), .success(f)): #expect(b == f)
            case let (.failure(b), .failure(f)): #expect(b == f)
            default: Issue.record("batch and single fit disagree on \(s)")
            }
        }
    }
}
