import Forecasting
import InputFiles
import Planning
import Testing

@Suite struct SeriesSelectionTests {
    func observation(_ unit: String, _ indicator: String, _ period: Period, _ value: Double?, line: Int = 0) -> Observation {
        Observation(unit: unit, indicator: indicator, period: period, value: value, line: line)
    }

    var dataset: Dataset {
        Dataset(observationsFile: "obs.csv", observations: [
            observation("b", "rev", .year(2011), 10),
            observation("b", "rev", .year(2013), 12),
            observation("a", "rev", .year(2010), 5),
            observation("a", "rev", .year(2011), nil),
            observation("a", "rev", .year(2012), 7),
            observation("a", "rev", .month(year: 2013, month: 1), 1),
            observation("a", "rev", .month(year: 2013, month: 3), 3),
            observation("c", "inv", .span(year: 2013, firstMonth: 1, lastMonth: 6), 830),
        ])
    }

    /// A missing value and an absent year are both gaps at their own period.
    @Test func gapsStayAtTheirPeriods() throws {
        let selection = try SeriesSelection(dataset: dataset, indicator: "rev")
        #expect(selection.granularity == .year)
        #expect(selection.keys.map(\.unit) == ["b", "a"], "units in order of first appearance")
        #expect(selection.series[0].start == 2011)
        #expect(selection.series[0].values.count == 3)
        #expect(selection.series[0].values[1].isNaN)
        #expect(selection.series[1].start == 2010)
        #expect(selection.series[1].values[0] == 5 && selection.series[1].values[1].isNaN && selection.series[1].values[2] == 7)
    }

    /// Without a granularity asked for, each unit gets its own: a monthly unit
    /// in a panel of yearly ones keeps its months.
    @Test func eachUnitItsOwnGranularity() throws {
        var data = dataset
        data.observations += [observation("m", "rev", .month(year: 2013, month: 1), 4), observation("m", "rev", .month(year: 2013, month: 2), 5)]
        let selection = try SeriesSelection(dataset: data, indicator: "rev")
        #expect(selection.keys.map(\.unit) == ["b", "a", "m"])
        #expect(selection.granularities == [.year, .year, .month])
        #expect(selection.granularity == .year)
        #expect(selection.series[2].frequency == 12 && selection.series[2].values == [4, 5])
    }

    @Test func monthsWhenAsked() throws {
        let selection = try SeriesSelection(dataset: dataset, indicator: "rev", granularity: .month)
        #expect(selection.keys.map(\.unit) == ["a"])
        #expect(selection.series[0].frequency == 12)
        #expect(selection.series[0].start == 2013 * 12)
        #expect(selection.series[0].values.count == 3 && selection.series[0].values[1].isNaN)
    }

    @Test func unknownNamesAreReported() {
        #expect(throws: PlanningError.unknownIndicator("x", available: ["rev", "inv"])) {
            try SeriesSelection(dataset: dataset, indicator: "x")
        }
        #expect(throws: PlanningError.unknownUnit("z", indicator: "rev", available: ["b", "a"])) {
            try SeriesSelection(dataset: dataset, indicator: "rev", units: ["z"])
        }
        #expect(throws: PlanningError.noSeries(indicator: "inv", granularity: .span)) {
            try SeriesSelection(dataset: dataset, indicator: "inv")
        }
    }

    /// Failures stay with their unit; the others are forecast.
    @Test func panelForecastKeepsFailuresPerUnit() throws {
        let selection = try SeriesSelection(dataset: dataset, indicator: "rev")
        let model = try #require(ModelCatalog.model(named: "linear"))
        let results = PanelForecast.run(selection, model: model, horizon: 2, levels: [80])
        #expect(results.count == 2)
        // b has 2 observed years: a line through 2 points has no residual degrees of freedom.
        if case .success = results[0].outcome { Issue.record("b should fail") }
        // a has 2 observed years too.
        if case .success = results[1].outcome { Issue.record("a should fail") }
        let longer = Dataset(observationsFile: "o", observations: (2001...2010).map { observation("u", "rev", .year($0), Double($0 - 2000)) } + [observation("v", "rev", .year(2001), 1)])
        let mixed = PanelForecast.run(try SeriesSelection(dataset: longer, indicator: "rev"), model: model, horizon: 2, levels: [80])
        let fitted = try #require(try? mixed[0].outcome.get())
        #expect(mixed[0].periods == [.year(2011), .year(2012)])
        #expect(abs(fitted.forecast.mean[0] - 11) < 1e-9)
        #expect(throws: ModelError.self) { try mixed[1].outcome.get() }
    }
}
