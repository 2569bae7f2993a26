import Forecasting
import InputFiles
import Planning
import Testing

/// With nothing of the year observed (next year's targets), the months'
/// model competes with the yearly model on whole-year totals, by the same
/// backtest as the in-year methods; once a month is observed it does not.
@Suite struct WholeYearMethodTests {
    /// Totals on an exact line (100, 110, …) whose months are shuffled each
    /// year: a yearly drift projects the totals without error, a naive model
    /// of the months cannot.
    static func observations(through last: (year: Int, month: Int)) -> [Observation] {
        var rows: [Observation] = []
        for year in 2006...last.year {
            let total = 100 + 10 * Double(year - 2006)
            let weights = (1...12).map { Double(($0 * (year % 7 + 2)) % 13 + 1) }
            let sum = weights.reduce(0, +)
            for month in 1...(year == last.year ? last.month : 12) {
                rows.append(Observation(unit: "a", indicator: "rev", period: .month(year: year, month: month),
                                        value: total * weights[month - 1] / sum, line: 0))
            }
        }
        return rows
    }

    static let settings = IndicatorProjection.Settings(yearlyModel: ModelCatalog.model(named: "drift")!,
                                                       inYearModel: ModelCatalog.model(named: "naive")!, paths: 500, calibrate: false)

    @Test func nextYearFromTotalsWhenTheyBacktestBetter() throws {
        let projection = IndicatorProjection(indicator: "rev", year: 2014, observations: Self.observations(through: (2013, 12)),
                                             settings: Self.settings)
        let choice = try #require(projection.choice)
        #expect(choice.month == 0 && choice.chosen == .yearlyTotals)
        let total = try #require(choice.scores.first { $0.method == .yearlyTotals })
        #expect(total.mape < 1e-6 && total.count == 3)
        let year = try #require(try projection.projections["a"]?.get())
        #expect(year.method == "drift" && year.monthsObserved == 0)
        #expect(abs(PredictiveValue.sample(year.draws).median - 180) < 1e-6)
    }

    @Test func aMonthObservedLeavesTotalsOut() throws {
        let projection = IndicatorProjection(indicator: "rev", year: 2014, observations: Self.observations(through: (2014, 3)),
                                             settings: Self.settings)
        let choice = try #require(projection.choice)
        #expect(choice.month == 3 && !choice.scores.contains { $0.method == .yearlyTotals })
    }
}
