import Forecasting
import Probability
import Testing

/// The panel models (`auto`, `global`) through the checks every model
/// passes, adapted to a fit that learns from the whole panel: a series'
/// forecast depends on its panel, so "batch = single" becomes "a panel of
/// one = single" and "the panel's order does not matter".
@Suite struct PooledCombinationTests {
    /// 36 generated yearly series (seeded): random walks with drift whose
    /// changes are AR(1), 9 to 24 values, levels 50 to 5,000; one has a gap.
    static let panel: [TimeSeries] = {
        var generator = SeededGenerator(seed: 20)
        return (0..<36).map { k in
            let n = 9 + k % 16
            var level = 50 * Double(1 + k * 4)
            let drift = level * (0.01 + 0.002 * Double(k % 7))
            var change = drift
            var values: [Double] = []
            for _ in 0..<n {
                values.append(level)
                change = drift + 0.5 * (change - drift) + 0.05 * level * generator.normal()
                level += change
            }
            if k == 5 { values[4] = .nan }
            return TimeSeries(start: 2014 - n, frequency: 1, values: values)
        }
    }()

    static let models: [(String, PooledCombination)] = [("auto", PooledCombination()), ("global", .global)]

    @Test(arguments: [0, 1])
    func forecastsAreWellFormed(modelIndex: Int) throws {
        let (name, model) = Self.models[modelIndex]
        let fits = model.fit(batch: Self.panel)
        for (series, result) in zip(Self.panel, fits) {
            let fitted = try result.get()
            let forecast = try fitted.forecast(horizon: 8, levels: [80, 95])
            #expect(forecast.start == series.end + 1 && forecast.horizon == 8)
            #expect(forecast.model == fitted.modelName)
            for h in 0..<8 {
                #expect(forecast.lower[1][h] <= forecast.lower[0][h] && forecast.lower[0][h] <= forecast.mean[h], "\(name)")
                #expect(forecast.mean[h] <= forecast.upper[0][h] && forecast.upper[0][h] <= forecast.upper[1][h], "\(name)")
            }
            #expect(try fitted.forecast(horizon: 8, levels: [80, 95]) == forecast, "the same fit forecasts the same")
            #expect(throws: ModelError.invalidHorizon(0)) { try fitted.forecast(horizon: 0, levels: [80]) }
        }
        // The panel is large enough to choose: the fit says what it chose on.
        let summary = try fits[0].get().summary
        #expect(summary.parameters.contains { $0.name == "validation_mase" }, "\(name): \(summary.parameters.map(\.name))")
        if name == "global" { #expect(try fits[0].get().modelName.hasPrefix("global:")) }
    }

    /// The forecast of a series does not depend on the order of its panel.
    @Test(arguments: [0, 1])
    func panelOrderDoesNotMatter(modelIndex: Int) throws {
        let (_, model) = Self.models[modelIndex]
        let forward = model.fit(batch: Self.panel)
        let backward = Array(model.fit(batch: Self.panel.reversed()).reversed())
        for (a, b) in zip(forward, backward) {
            #expect(try a.get().forecast(horizon: 6, levels: [90]) == b.get().forecast(horizon: 6, levels: [90]))
        }
    }

    /// A panel of one is the single fit, and a series too short gets its own error.
    @Test(arguments: [0, 1])
    func panelOfOneIsTheSingleFit(modelIndex: Int) throws {
        let (_, model) = Self.models[modelIndex]
        let series = Self.panel[3]
        let single = try model.fit(series).forecast(horizon: 4, levels: [80])
        let batch = try model.fit(batch: [series])[0].get().forecast(horizon: 4, levels: [80])
        #expect(single == batch)
        let results = model.fit(batch: Self.panel + [TimeSeries(start: 2010, frequency: 1, values: [1, 2])])
        #expect(throws: ModelError.tooFewObservations(needed: 3, found: 2)) { try results.last!.get() }
        #expect(results.dropLast().allSatisfy { (try? $0.get()) != nil })
    }

    @Test(arguments: [0, 1])
    func samplePathsAreSeededAndMatchTheIntervals(modelIndex: Int) throws {
        let (_, model) = Self.models[modelIndex]
        let fitted = try model.fit(batch: Self.panel)[7].get()
        try checkSamplePaths(of: fitted, forecast: try fitted.forecast(horizon: 6, levels: [80, 95]))
    }
}
