import Forecasting
import PropertyBased
import Testing

/// Batch = single for random panels: every model's `fit(batch:)` gives each
/// series what fitting it alone gives, forecasts and errors alike, whatever
/// the panel's lengths, gaps and levels (models that learn from the panel,
/// `auto` and `global`, are left out: their point is that it differs).
@Suite struct BatchPropertyTests {
    static let models = ["naive", "drift", "mean", "linear", "loglinear", "quadratic", "ses", "holt", "damped",
                         "ets", "theta", "theta:optimized", "arima", "cv", "combo"]

    /// A positive series of 2–16 values around a level and trend, with a gap now and then.
    static let series = PropertyBased.zip(Gen.double(in: 1...1e6), Gen.double(in: -0.1...0.1), Gen.double(in: 0.005...0.2),
                                Gen.int(in: 0...1_000_000), Gen.int(in: 2...16))
        .map { level, growth, noise, seed, length -> TimeSeries in
            var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
            func uniform() -> Double {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                return Double(state >> 11) / Double(1 << 53)
            }
            let values = (0..<length).map { t -> Double in
                if length > 6 && uniform() < 0.08 { return .nan }
                return level * max(0.2, 1 + growth * Double(t)) * (1 + noise * (2 * uniform() - 1))
            }
            return TimeSeries(start: 2000 + seed % 5, frequency: 1, values: values)
        }

    @Test(arguments: models)
    func batchEqualsSingle(name: String) async throws {
        let model = try #require(ModelCatalog.model(named: name))
        await propertyCheck(count: 12, input: Self.series.array(of: 1...6)) { panel in
            let batch = model.fit(batch: panel)
            #expect(batch.count == panel.count)
            for (series, result) in zip(panel, batch) {
                let single = model.fit(batch: [series])[0]
                switch (result, single) {
                case let (.success(a), .success(b)):
                    // To 1e-12, as the conformance checker: a design group is
                    // solved as one multi-column least-squares problem.
                    let fa = try? a.forecast(horizon: 3, levels: [80, 95])
                    let fb = try? b.forecast(horizon: 3, levels: [80, 95])
                    let numbers = { (f: Forecast?) in f.map { $0.mean + $0.lower.joined() + $0.upper.joined() } ?? [] }
                    let gap = zip(numbers(fa), numbers(fb)).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
                    #expect(fa?.model == fb?.model && numbers(fa).count == numbers(fb).count && gap <= 1e-12,
                            "\(name): \(series.values)")
                case let (.failure(a), .failure(b)):
                    #expect(a == b, "\(name): \(series.values)")
                default:
                    Issue.record("\(name): batch \(result) but single \(single) on \(series.values)")
                }
            }
        }
    }
}
