import Forecasting
import Testing

/// Accuracy measures against R's `forecast::accuracy()` and the published
/// definitions (fixtures from `Fixtures/make-accuracy-fixtures.R`).
@Suite struct AccuracyReferenceTests {
    static let names = AccuracyFixtures.shared.cases.map(\.name)

    /// Every measure within 1e-12 relative of R (the sums are short, so only rounding differs).
    @Test(arguments: names) func measuresMatchR(_ name: String) throws {
        let fixture = try #require(AccuracyFixtures.shared.cases.first { $0.name == name })
        let measures = fixture.forecast.accuracy(against: fixture.test, training: fixture.training)
        let expected = fixture.expected
        #expect(measures.count == Int(try #require(expected["n"])))
        let pairs: [(String, Double)] = [
            ("mae", measures.mae), ("rmse", measures.rmse), ("mape", measures.mape), ("mase", measures.mase), ("smape", measures.smape),
            ("coverage_80", measures.coverage[0]), ("coverage_95", measures.coverage[1]),
            ("winkler_80", measures.winkler[0]), ("winkler_95", measures.winkler[1]),
        ]
        for (key, value) in pairs {
            let reference = try #require(expected[key], "\(key) missing from the fixture")
            #expect(relativeError(value, reference) <= 1e-12, "\(name) \(key): \(value) vs R \(reference)")
        }
    }

    /// A missing actual is left out, the others keep their steps.
    @Test func missingActualIsLeftOut() throws {
        let fixture = try #require(AccuracyFixtures.shared.cases.first { $0.name == "nile-drift-gap-test" })
        let points = fixture.forecast.scored(against: fixture.test, scale: 1)
        #expect(points.map(\.step) == [1, 2, 4, 5, 6, 7, 8])
        #expect(points.map(\.time) == [1951, 1952, 1954, 1955, 1956, 1957, 1958])
    }

    /// MAPE leaves out the zero actual (R gives Inf) and says so by its count.
    @Test func zeroActualIsLeftOutOfMAPE() throws {
        let fixture = try #require(AccuracyFixtures.shared.cases.first { $0.name == "with-zero" })
        let measures = fixture.forecast.accuracy(against: fixture.test, training: fixture.training)
        #expect(measures.count == 4)
        #expect(measures.mapeCount == 3)
    }
}

/// Edge cases whose answers follow from the definitions by hand.
@Suite struct AccuracyDefinitionTests {
    /// [10, 20] at 95% (α = 0.05, penalty 2/α = 40 per unit of miss) and at 80% (penalty 10).
    @Test func winklerScoreByHand() {
        #expect(IntervalScore.winkler(lower: 10, upper: 20, level: 95, actual: 15) == 10)
        #expect(IntervalScore.winkler(lower: 10, upper: 20, level: 95, actual: 10) == 10)
        #expect(abs(IntervalScore.winkler(lower: 10, upper: 20, level: 95, actual: 5) - 210) < 1e-9)
        #expect(abs(IntervalScore.winkler(lower: 10, upper: 20, level: 95, actual: 22) - 90) < 1e-9)
        #expect(abs(IntervalScore.winkler(lower: 10, upper: 20, level: 80, actual: 25) - 60) < 1e-9)
    }

    @Test func coverageIncludesTheBounds() {
        #expect(IntervalScore.covers(lower: 10, upper: 20, actual: 10))
        #expect(IntervalScore.covers(lower: 10, upper: 20, actual: 20))
        #expect(!IntervalScore.covers(lower: 10, upper: 20, actual: 20.000001))
    }

    func point(_ actual: Double, _ forecast: Double, scale: Double? = nil) -> ScoredPoint {
        ScoredPoint(step: 1, time: 2020, actual: actual, forecast: forecast, scale: scale, levels: [80], lower: [forecast - 1], upper: [forecast + 1])
    }

    /// 200·|y − ŷ|/(|y| + |ŷ|): 200·1/3 for 1 vs 2; 200 for any miss of a zero; 0 for 0 vs 0.
    @Test func symmetricPercentErrorByHand() {
        #expect(abs(point(1, 2).symmetricPercentError - 200.0 / 3) < 1e-12)
        #expect(point(0, 5).symmetricPercentError == 200)
        #expect(point(-2, 2).symmetricPercentError == 200)
        #expect(point(0, 0).symmetricPercentError == 0)
    }

    @Test func allZeroActualsLeaveMAPEUndefined() {
        let measures = AccuracyMeasures(points: [point(0, 1), point(0, -1)], levels: [80])
        #expect(measures.mape.isNaN && measures.mapeCount == 0)
        #expect(measures.mae == 1 && measures.smape == 200)
    }

    @Test func noPointsGiveNaNAndZeroCounts() {
        let measures = AccuracyMeasures(points: [], levels: [80])
        #expect(measures.count == 0 && measures.seriesCount == 0)
        #expect(measures.mae.isNaN && measures.coverage[0].isNaN)
    }

    /// Lag 1 for years; lag 4 for quarters (1…8 changes by 4 over a year); gaps skip differences.
    @Test func naiveScaleByHand() throws {
        let yearly = NaiveScale.scale(of: TimeSeries(start: 2000, frequency: 1, values: [1, 3, 2, 6]))
        #expect(yearly == 7.0 / 3, "(|3 − 1| + |2 − 3| + |6 − 2|)/3")
        #expect(NaiveScale.scale(of: TimeSeries(start: 8000, frequency: 4, values: [1, 2, 3, 4, 5, 6, 7, 8])) == 4)
        // Differences 3−1 and 6−2 only; the ones touching the gap are skipped.
        #expect(NaiveScale.scale(of: TimeSeries(start: 2000, frequency: 1, values: [1, 3, .nan, 2, 6])) == 3)
        #expect(NaiveScale.scale(of: TimeSeries(start: 2000, frequency: 1, values: [5])) == nil)
        #expect(NaiveScale.scale(of: TimeSeries(start: 2000, frequency: 1, values: [5, 5, 5])) == nil, "a constant series has no scale")
        #expect(NaiveScale.scale(of: TimeSeries(start: 8000, frequency: 4, values: [1, 2, 3, 4])) == nil, "fewer than m + 1 values")
    }

    /// No scale: MASE undefined, the rest defined.
    @Test func missingScaleLeavesMASEUndefined() {
        let measures = AccuracyMeasures(points: [point(3, 1), point(4, 1)], levels: [80])
        #expect(measures.mase.isNaN && measures.maseCount == 0)
        #expect(measures.mae == 2.5)
        #expect(abs(measures.rmse - (6.5).squareRoot()) < 1e-15)
    }

    /// The mean over series: each series counts once, whatever its number of
    /// points; an undefined measure is left out of its own mean only.
    @Test func meanOverSeries() {
        let a = AccuracyMeasures(points: [point(3, 1, scale: 1)], levels: [80])  // MAE 2, MASE 2, covered 0%
        let b = AccuracyMeasures(points: [point(1, 1), point(2, 1), point(5, 1)], levels: [80])  // MAE 5/3, no MASE, 2 of 3 in [0, 2]
        let empty = AccuracyMeasures(points: [], levels: [80])
        let mean = AccuracyMeasures.mean(of: [a, b, empty], levels: [80])
        #expect(mean.seriesCount == 2 && mean.count == 4)
        #expect(abs(mean.mae - (2 + 5.0 / 3) / 2) < 1e-15)
        #expect(mean.mase == 2 && mean.maseCount == 1)
        #expect(abs(mean.coverage[0] - (0 + 200.0 / 3) / 2) < 1e-12)
    }
}
