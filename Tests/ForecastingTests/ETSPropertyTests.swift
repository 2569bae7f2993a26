import Testing
@testable import Forecasting

/// Properties every ETS fit should have, whatever R says.
@Suite struct ETSPropertyTests {
    static let fixtures = ETSFixtures.shared

    /// Additive models are equivariant: fitting a·y + c gives a·ŷ + c and
    /// bounds moved the same way (the likelihood's optimum moves exactly so;
    /// the optimiser's path depends on the numbers, so the check allows 10⁻³
    /// of the data's spread).
    @Test(arguments: [("WWWusage", "ANN"), ("LakeHuron", "AAN"), ("Y1", "AAdN"), ("USAccDeaths", "AAA"), ("nottem", "ANA")])
    func additiveForecastsMoveWithShiftAndScale(name: String, code: String) throws {
        let series = try #require(Self.fixtures.series[name])
        let model = ExponentialSmoothing(ETSComponents(code: code)!)
        let base = try model.forecast(series, horizon: 8, levels: [80, 95])
        let values = series.values
        let mean = values.reduce(0, +) / Double(values.count)
        let spread = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)).squareRoot()
        for (a, c) in [(1.0, 1000.0), (3.5, 0.0), (0.01, -20.0)] {
            let moved = TimeSeries(start: series.start, frequency: series.frequency, values: values.map { a * $0 + c })
            let forecast = try model.forecast(moved, horizon: 8, levels: [80, 95])
            var worst = 0.0
            for h in 0..<8 {
                worst = max(worst, abs(forecast.mean[h] - (a * base.mean[h] + c)))
                for l in 0..<2 {
                    worst = max(worst, abs(forecast.lower[l][h] - (a * base.lower[l][h] + c)))
                    worst = max(worst, abs(forecast.upper[l][h] - (a * base.upper[l][h] + c)))
                }
            }
            #expect(worst / (a * spread) <= 1e-3, "\(code) on \(name), a = \(a), c = \(c): off by \(worst / (a * spread)) of the spread")
        }
    }

    /// Multiplicative models scale (no shift: they need positive data).
    @Test(arguments: [("Nile", "MNN"), ("AirPassengers", "MAM")])
    func multiplicativeForecastsScale(name: String, code: String) throws {
        let series = try #require(Self.fixtures.series[name])
        let model = ExponentialSmoothing(ETSComponents(code: code)!)
        let base = try model.forecast(series, horizon: 6, levels: [80, 95])
        let scaled = TimeSeries(start: series.start, frequency: series.frequency, values: series.values.map { 7 * $0 })
        let forecast = try model.forecast(scaled, horizon: 6, levels: [80, 95])
        for h in 0..<6 {
            #expect(abs(forecast.mean[h] / (7 * base.mean[h]) - 1) < 1e-3)
            #expect(abs(forecast.upper[1][h] / (7 * base.upper[1][h]) - 1) < 1e-3)
        }
    }

    @Test func theLikelihoodIsRsOnAHandComputedCase() throws {
        // ETS(A,N,N) with α = 0.5, ℓ₀ = 10 on y = 11, 9, 12: one-step
        // forecasts 10, 10.5, 9.75, errors 1, −1.5, 2.25; Σe² = 8.3125, and
        // R's criterion n log Σe² = 3 log 8.3125.
        let recursion = ETSRecursion(components: ETSComponents(code: "ANN")!, smoothing: ETSSmoothing(alpha: 0.5))
        let pass = recursion.run([11, 9, 12], from: ETSState(level: 10), keepInnovations: true)
        #expect(pass.innovations == [1, -1.5, 2.25])
        #expect(abs(pass.likelihoodCriterion - 3 * log(8.3125)) < 1e-12)
        #expect(pass.finalState.level == 10.875)
    }

    /// A gap: the model uses the observations after the last missing value,
    /// and the forecast starts after the series' end.
    @Test func aGapLeavesTheLastStretch() throws {
        let nile = try #require(Self.fixtures.series["Nile"])
        var values = nile.values
        values[30] = .nan
        let gapped = TimeSeries(start: nile.start, frequency: 1, values: values)
        let tail = TimeSeries(start: nile.start + 31, frequency: 1, values: Array(nile.values[31...]))
        for model in [ExponentialSmoothing(ETSComponents(code: "AAdN")!), ExponentialSmoothing()] {
            let a = try model.forecast(gapped, horizon: 5, levels: [80])
            let b = try model.forecast(tail, horizon: 5, levels: [80])
            #expect(a == b && a.start == nile.end + 1)
        }
        #expect(try StandardTheta().forecast(gapped, horizon: 5, levels: [80]) == StandardTheta().forecast(tail, horizon: 5, levels: [80]))
    }

    @Test func parserNamesAndAliases() {
        for (name, expected) in [("ets", "ets"), ("ses", "ets:ANN"), ("holt", "ets:AAN"), ("damped", "ets:AAdN"),
                                 ("ets:AAdN", "ets:AAdN"), ("ets:MAM", "ets:MAM"), ("ets:MAdM", "ets:MAdM"), ("ets:MNA", "ets:MNA")] {
            #expect(ModelCatalog.model(named: name)?.name == expected, "\(name)")
        }
        for bad in ["ets:ANM", "ets:AMN", "ets:ZZZ", "ets:AAd", "ets:AAdNN", "ets:", "ETS:ANN", "ets:aan", "theta:x"] {
            #expect(ModelCatalog.model(named: bad) == nil, "\(bad)")
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
