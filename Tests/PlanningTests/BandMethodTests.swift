import Forecasting
@testable import Planning
import Probability
import Testing

@Suite struct BandMethodTests {
    /// The logistic law behind a commune's trend distribution is the one
    /// behind `LogisticGrowth`'s intervals: centre = point forecast, and
    /// spread = half the 95% interval's width over the t quantile (away from the bounds).
    @Test func logisticLawMatchesTheForecastInterval() throws {
        let history = CountHistory(unit: "a", parent: nil, times: [2010, 2011, 2012, 2013], levels: [2, 4, 7, 9])
        let law = try #require(SaturatingTrendModel(cap: 19).logisticLaw(history, target: 2014))
        let series = TimeSeries(start: 2010, frequency: 1, values: [2, 4, 7, 9])
        let forecast = try LogisticGrowth(cap: 19).forecast(series, horizon: 1, levels: [95])
        let q = StudentT(degreesOfFreedom: 2).quantile(0.975)
        #expect(law.degrees == 2)
        #expect(abs(law.centre - forecast.mean[0]) < 1e-9)
        #expect(abs(law.spread - (forecast.upper[0][0] - forecast.lower[0][0]) / (2 * q)) < 1e-9)
    }

    /// Two points: the line through them, with the drift error σ √(h(1 + h/m)).
    @Test func lineFallback() {
        let histories = [
            CountHistory(unit: "a", parent: nil, times: [2012, 2013], levels: [4, 6]),
            CountHistory(unit: "b", parent: nil, times: [2011, 2012, 2013], levels: [1, 1, 3]),
            CountHistory(unit: "c", parent: nil, times: [2011, 2012, 2013], levels: [5, 8, 9]),
        ]
        let panel = SaturatingTrendModel.PanelChanges(histories)
        // Changes about each unit's mean: b (0, 2) and c (3, 1), each ±1: σ² = 4/2.
        #expect(abs(panel.sigma - 2.0.squareRoot()) < 1e-15)
        let distribution = SaturatingTrendModel(cap: 19).distribution(histories[0], target: 2015, panel: panel)
        let spread = 2.0.squareRoot() * (2.0 * 3).squareRoot()
        let expected = CountDistribution.discretising(cap: 19) { Normal(mean: 10, standardDeviation: spread).cdf($0) }
        #expect(zip(distribution.probabilities, expected.probabilities).allSatisfy { abs($0 - $1) < 1e-15 })
    }

    /// Panels whose communes follow the pooled transitions choose the pooled
    /// model; panels where each commune keeps its own steady pace choose the trends.
    @Test func backtestChoosesTheMethodThatFits() {
        let pooledPanel = BandPanelSimulator(districtEffects: [Double](repeating: 0, count: 12))
            .panel(perDistrict: 16, years: 3, seed: 8)
            .map { try! CountHistory.make($0, target: 2014, cap: 19).get() }
        let pooled = BandMethodChoice.backtest(pooledPanel, cap: 19)
        print("pooled panel: \(pooled.scores)")
        #expect(pooled.chosen == .pooledTransition && pooled.basis == "backtest")
        #expect(pooled.scores.allSatisfy { $0.units == 192 && $0.meanRPS.isFinite && $0.meanLogScore.isFinite })

        var generator = SeededGenerator(seed: 9)
        let steady = (0..<150).map { i -> CountHistory in
            let pace = Int(generator.uniform() * 4), start = Int(generator.uniform() * 5)
            return CountHistory(unit: "u\(i)", parent: "d\(i % 10)", times: [2010, 2011, 2012, 2013],
                                levels: (0..<4).map { start + pace * $0 })
        }
        let trend = BandMethodChoice.backtest(steady, cap: 19)
        print("steady panel: \(trend.scores)")
        #expect(trend.chosen == .saturatingTrend)
        #expect(trend.scores[1].meanRPS < trend.scores[0].meanRPS)
    }

    @Test func nothingToScoreKeepsThePooledModel() {
        let single = [CountHistory(unit: "a", parent: nil, times: [2013], levels: [3])]
        let choice = BandMethodChoice.backtest(single, cap: 19)
        #expect(choice.chosen == .pooledTransition && choice.basis == "default")
        #expect(choice.scores.allSatisfy { $0.units == 0 })
    }
}
