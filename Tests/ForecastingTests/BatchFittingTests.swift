import Testing
@testable import Forecasting

/// Batch fitting of a panel: the trend models fit each design group (same
/// frequency, same observed periods) with one factorization, and every unit
/// gets what a single fit would give it, error for error.
@Suite struct BatchFittingTests {
    /// A deterministic panel of 600 units on four designs, plus units that cannot be fitted.
    static let panel: [TimeSeries] = {
        var noise = UniformNoise(state: 0x9E37_79B9_7F4A_7C15)
        var units: [TimeSeries] = []
        for unit in 0..<600 {
            let level = 100 + Double(unit)
            var values: [Double] = []
            for step in 0..<10 {
                let s = Double(step)
                values.append(level + 3 * s + 0.2 * s * s + 5 * noise.next())
            }
            switch unit % 4 {
            case 0: units.append(TimeSeries(start: 2005, frequency: 1, values: values))
            case 1:
                values[4] = .nan  // 2009 missing
                units.append(TimeSeries(start: 2005, frequency: 1, values: values))
            case 2: units.append(TimeSeries(start: 4 * 2005, frequency: 4, values: values))
            default: units.append(TimeSeries(start: 2005, frequency: 1, values: [.nan] + values.dropFirst()))
            }
        }
        units.insert(TimeSeries(start: 2005, frequency: 1, values: [1, 2]), at: 17)
        units.insert(TimeSeries(start: 2005, frequency: 1, values: [4, 5, -1, 6, 7, 8, 9, 10, 11, 12]), at: 301)
        return units
    }()

    static let engines = [
        PolynomialTrend(name: "linear", degree: 1, logarithmic: false),
        PolynomialTrend(name: "quadratic", degree: 2, logarithmic: false),
        PolynomialTrend(name: "loglinear", degree: 1, logarithmic: true),
    ]

    @Test func panelSplitsIntoOneGroupPerDesign() {
        for engine in Self.engines {
            let (groups, failures) = engine.designGroups(Self.panel)
            // Units 0 and 3 (mod 4) share 2005–2014 only when the first is observed:
            // unit 3 starts in 2006, so four designs in all.
            #expect(groups.count == 4, "\(engine.name)")
            // The unit with a negative value joins the 2005–2014 group, except on the log scale.
            let largest = engine.logarithmic ? 150 : 151
            #expect(groups.map(\.members.count).sorted() == [150, 150, 150, largest], "\(engine.name)")
            #expect(failures.map(\.index) == (engine.logarithmic ? [17, 301] : [17]), "\(engine.name)")
        }
    }

    @Test(arguments: ["linear", "quadratic", "loglinear"])
    func batchEqualsSingleFits(name: String) throws {
        let model = try #require(ModelCatalog.model(named: name))
        let batch = model.fit(batch: Self.panel)
        #expect(batch.count == Self.panel.count)
        var worst = 0.0
        for (series, result) in zip(Self.panel, batch) {
            let single = model.fit(batch: [series])[0]
            switch (result, single) {
            case let (.success(b), .success(s)):
                let fb = try b.forecast(horizon: 3, levels: [80, 95])
                let fs = try s.forecast(horizon: 3, levels: [80, 95])
                let xs = fb.mean + fb.lower.flatMap { $0 } + fb.upper.flatMap { $0 }
                let ys = fs.mean + fs.lower.flatMap { $0 } + fs.upper.flatMap { $0 }
                worst = max(worst, zip(xs, ys).map { relativeError($0, $1) }.max()!)
                expectClose(b.summary, s.summary, tolerance: 1e-12)
            case let (.failure(b), .failure(s)):
                #expect(b == s)
            default:
                Issue.record("\(name): batch and single fits disagree on \(series)")
            }
        }
        #expect(worst <= 1e-12, "\(name): batch differs from single fits by \(worst) relative")
        print("batch vs single, \(name): worst relative difference \(worst)")
    }
}
