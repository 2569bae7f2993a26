import Foundation
import Testing
@testable import Forecasting

/// `auto` scores candidates by rolling-origin cross-validation; the scores
/// and choices are checked against an independent numpy computation
/// (Fixtures/make-auto-fixtures.py).
@Suite struct AutomaticChoiceTests {
    struct Case: Decodable {
        var name: String
        var values: [Double?]
        var scores: [String: Double]
        var choice: String
    }

    static let cases: [Case] = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("auto-choice.json")
        return try! JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
    }()

    func series(_ c: Case) -> TimeSeries {
        TimeSeries(start: 1900, frequency: 1, values: c.values.map { $0 ?? .nan })
    }

    @Test func scoresAndChoicesMatchTheReference() throws {
        let auto = AutomaticChoice(candidates: ["naive", "drift", "linear"], origins: 4, validationHorizon: 3, minimumObservations: 8)
        let fits = auto.fit(batch: Self.cases.map(series))
        for (c, fit) in zip(Self.cases, fits) {
            let fitted = try fit.get()
            #expect(fitted.modelName == c.choice, "\(c.name)")
            for (model, score) in fitted.scores {
                let reference = try #require(c.scores[model])
                #expect(abs(score - reference) <= 1e-10 * reference, "\(c.name) \(model): \(score) vs \(reference)")
            }
            // The forecast is the chosen model's own, under its own name.
            let chosen = try #require(ModelCatalog.model(named: c.choice)).fit(batch: [series(c)])[0].get()
            #expect(try fitted.forecast(horizon: 3, levels: [80]) == chosen.forecast(horizon: 3, levels: [80]))
        }
    }

    @Test func batchEqualsSingle() throws {
        let auto = AutomaticChoice(candidates: ["naive", "drift", "linear"])
        let batch = auto.fit(batch: Self.cases.map(series))
        for (c, fit) in zip(Self.cases, batch) {
            #expect(try fit.get().forecast(horizon: 2, levels: [95]) == auto.fit(series(c)).forecast(horizon: 2, levels: [95]))
        }
    }

    /// Too short to validate: the documented fallback, drift.
    @Test func shortSeriesFallBackToDrift() throws {
        let fitted = try AutomaticChoice().fit(TimeSeries(start: 2010, frequency: 1, values: [1, 2, 4, 5, 7]))
        #expect(fitted.modelName == "drift")
        #expect(fitted.scores.isEmpty)
    }

    @Test func medianCombinationTakesTheMiddle() throws {
        let combo = MedianCombination(members: ["naive", "drift", "linear"])
        let s = series(Self.cases[2])
        let fitted = try combo.fit(s)
        #expect(fitted.modelName == "combo(naive,drift,linear)")
        let parts = try ["naive", "drift", "linear"].map { try ModelCatalog.model(named: $0)!.fit(batch: [s])[0].get().forecast(horizon: 3, levels: [80]) }
        let combined = try fitted.forecast(horizon: 3, levels: [80])
        for h in 0..<3 {
            #expect(combined.mean[h] == parts.map { $0.mean[h] }.sorted()[1])
            #expect(combined.lower[0][h] == parts.map { $0.lower[0][h] }.sorted()[1])
            #expect(combined.upper[0][h] == parts.map { $0.upper[0][h] }.sorted()[1])
        }
    }
}
