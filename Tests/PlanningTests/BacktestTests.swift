import Forecasting
import InputFiles
import Planning
import Testing

@Suite struct BacktestTests {
    func selection(_ series: [String: [Int: Double?]]) throws -> SeriesSelection {
        var rows: [Observation] = []
        for unit in series.keys.sorted() {
            for (year, value) in series[unit]!.sorted(by: { $0.key < $1.key }) {
                rows.append(Observation(unit: unit, indicator: "x", period: .year(year), value: value, line: 0))
            }
        }
        return try SeriesSelection(dataset: Dataset(observationsFile: "obs.csv", observations: rows), indicator: "x")
    }

    /// y = t: the naive forecast from origin o is o for every step, so the
    /// error at step h is exactly h, and the naive scale is 1 (MASE = MAE).
    func line(_ years: ClosedRange<Int>) -> [Int: Double?] {
        Dictionary(uniqueKeysWithValues: years.map { ($0, Double($0)) })
    }

    @Test func oneBatchPerOriginWithEverySeries() throws {
        let log = CallLog()
        let panel = try selection(["a": line(2000...2014), "b": line(2003...2014), "c": line(2005...2014)])
        let plan = BacktestPlan(horizon: 2, origins: 3, step: 1)
        _ = Backtest.run(panel, models: [AnyForecastingModel(RecordingNaive(log: log))], plan: plan)
        #expect(log.batches == [3, 3, 3])
        #expect(log.singles == 0, "the backtest never fits one series at a time")
    }

    @Test func originsCountBackFromEachSeriesEnd() throws {
        let panel = try selection(["a": line(2000...2014), "b": line(2000...2011)])
        let plan = BacktestPlan(horizon: 2, origins: 2, step: 3)
        let result = Backtest.run(panel, models: [AnyForecastingModel(NaiveForecast())], plan: plan)
        let series = result.models[0].series
        #expect(series[0].origins == [2012, 2009])
        #expect(series[1].origins == [2009, 2006])
        #expect(series[0].points.map(\.time) == [2013, 2014, 2010, 2011])
        #expect(series[0].points.map(\.step) == [1, 2, 1, 2])
    }

    /// Errors are h at step h: MAE over steps 1…3 is 2, RMSE √(14/3), MASE = MAE.
    @Test func naiveOnALineByHand() throws {
        let panel = try selection(["a": line(2000...2014)])
        let plan = BacktestPlan(horizon: 3, origins: 4, step: 1, levels: [80])
        let model = Backtest.run(panel, models: [AnyForecastingModel(NaiveForecast())], plan: plan).models[0]
        #expect(model.overall.count == 12)
        #expect(abs(model.overall.mae - 2) < 1e-12)
        #expect(abs(model.overall.rmse - (14.0 / 3).squareRoot()) < 1e-12)
        #expect(abs(model.overall.mase - 2) < 1e-12)
        #expect(model.byHorizon.map(\.mae) == [1, 2, 3])
        // A line's changes are all 1, so σ̂ = 1 and the 80% interval is ŷ ± 1.2816·√h: step 1 misses
        // by 1 < 1.28 (inside), steps 2 and 3 miss by 2 > 1.81 and 3 > 2.22 (outside).
        #expect(model.byHorizon.map { $0.coverage[0] } == [100, 0, 0])
    }

    /// The panel's measure is the mean of the series' measures, not a pooled mean over points.
    @Test func overallIsTheMeanOverSeries() throws {
        let panel = try selection(["a": line(2000...2014), "b": [2010: 5, 2011: 5, 2012: 5, 2013: 5, 2014: 9]])
        let plan = BacktestPlan(horizon: 1, origins: 2, step: 1)
        let model = Backtest.run(panel, models: [AnyForecastingModel(NaiveForecast())], plan: plan).models[0]
        let a = model.series[0].measures.mae, b = model.series[1].measures.mae
        #expect(a == 1 && b == 2, "b misses 0 at 2013 and 4 at 2014")
        #expect(model.overall.mae == 1.5)
        // b's training data at its origins are constant: no MASE scale, so MASE averages a alone.
        #expect(model.series[1].measures.mase.isNaN)
        #expect(model.overall.mase == 1 && model.overall.maseCount == 1)
    }

    /// A series too short at an origin skips it (counted), including
    /// origins before its first value, and the others carry on.
    @Test func shortSeriesSkipOriginsAndAreCounted() throws {
        let log = CallLog()
        let panel = try selection(["a": line(2000...2014), "b": line(2011...2014)])
        let plan = BacktestPlan(horizon: 2, origins: 3, step: 1)
        let model = Backtest.run(panel, models: [AnyForecastingModel(RecordingNaive(log: log))], plan: plan).models[0]
        // b's origins: 2012 (2 values: scored), 2011 (1 value: too few), 2010 (none: never fitted).
        #expect(model.series[1].origins == [2012])
        #expect(model.series[1].skipped == 2)
        #expect(model.series[0].skipped == 0 && model.series[0].origins.count == 3)
        #expect(log.batches == [2, 2, 1])
        #expect(model.skippedOrigins == 2 && model.scoredOrigins == 4 && model.failedOrigins == 0)
    }

    /// A missing value at the origin: training ends before it, the forecast
    /// crosses the gap, and steps still count from the origin.
    @Test func gapAtTheOrigin() throws {
        var values = line(2000...2010)
        values[2008] = .some(nil)
        let panel = try selection(["a": values])
        let plan = BacktestPlan(horizon: 2, origins: 1, step: 1)
        let model = Backtest.run(panel, models: [AnyForecastingModel(NaiveForecast())], plan: plan).models[0]
        #expect(model.series[0].origins == [2008])
        #expect(model.series[0].points.map(\.step) == [1, 2])
        // Forecast from 2007's value: errors 2 and 3.
        #expect(model.series[0].points.map(\.error) == [2, 3])
    }

    /// A failing fit and a NaN forecast are failures of their own series only.
    @Test func failuresStayWithTheirSeries() throws {
        let panel = try selection(["a": line(2000...2014), "b": line(2005...2014), "c": line(2008...2014)])
        let plan = BacktestPlan(horizon: 1, origins: 2, step: 1)
        let result = Backtest.run(panel, models: [AnyForecastingModel(Temperamental(failingStart: 2005, nanStart: 2008))], plan: plan)
        let model = result.models[0]
        #expect(model.series[0].origins.count == 2 && model.series[0].failures.isEmpty)
        #expect(model.series[1].failures.count == 2 && model.series[1].origins.isEmpty)
        #expect(model.series[2].failures.count == 2)
        #expect(model.failedOrigins == 4)
        #expect(model.overall.seriesCount == 1)
        #expect(result.failures.count == 4)
        #expect(result.failures[0].hasPrefix("b/x, model temperamental, origin 2013: "))
    }

    @Test func severalModelsInOrder() throws {
        let panel = try selection(["a": line(2000...2014)])
        let models = ["naive", "drift", "linear"].map { ModelCatalog.model(named: $0)! }
        let result = Backtest.run(panel, models: models, plan: BacktestPlan(horizon: 2, origins: 2))
        #expect(result.models.map(\.model) == ["naive", "drift", "linear"])
        // drift and linear are exact on a line.
        #expect(result.models[1].overall.mae < 1e-9 && result.models[2].overall.mae < 1e-9)
        #expect(result.models[0].overall.mae == 1.5)
        // Labels as asked; the fitted names stay with each series.
        let labelled = Backtest.run(panel, models: [models[0]], names: ["random-walk"], plan: BacktestPlan(horizon: 1, origins: 1))
        #expect(labelled.models[0].model == "random-walk")
        #expect(labelled.models[0].series[0].fittedNames == ["naive"])
    }

    /// Quarterly data: the MASE scale is the seasonal naive error (lag 4) of
    /// each origin's own training data.
    @Test func quarterlyScaleIsSeasonalPerOrigin() throws {
        // Quarters of 2010–2013: a seasonal pattern growing by 2 a year, then by 6 in 2013.
        let values: [Double] = [10, 20, 30, 40, 12, 22, 32, 42, 14, 24, 34, 44, 20, 30, 40, 50]
        var rows: [Observation] = []
        for (i, value) in values.enumerated() {
            rows.append(Observation(unit: "q", indicator: "x", period: .quarter(year: 2010 + i / 4, quarter: i % 4 + 1), value: value, line: 0))
        }
        let panel = try SeriesSelection(dataset: Dataset(observationsFile: "obs.csv", observations: rows), indicator: "x")
        let plan = BacktestPlan(horizon: 1, origins: 2, step: 4)
        let series = Backtest.run(panel, models: [AnyForecastingModel(NaiveForecast())], plan: plan).models[0].series[0]
        // Origins 2013-Q3 (training to 2013-Q3: lag-4 changes eight of 2, three of 6 → 34/11)
        // and 2012-Q3 (training to 2012-Q3: seven changes of 2 → 2).
        #expect(series.origins == [4 * 2013 + 2, 4 * 2012 + 2])
        #expect(series.points.map(\.scale) == [34.0 / 11, 2])
    }

    /// Default origins: 5, or as many as leave the longest series 3 values.
    @Test func defaultOrigins() throws {
        let long = TimeSeries(start: 2000, frequency: 1, values: (0..<20).map(Double.init))
        let short = TimeSeries(start: 2000, frequency: 1, values: (0..<8).map(Double.init))
        #expect(BacktestPlan(horizon: 3, fitting: [long, short]).origins == 5)
        #expect(BacktestPlan(horizon: 3, fitting: [short]).origins == 3, "8 − 3 − 3 + 1")
        #expect(BacktestPlan(horizon: 3, step: 2, fitting: [short]).origins == 2, "(8 − 3 − 3)/2 + 1")
        #expect(BacktestPlan(horizon: 9, fitting: [short]).origins == 1, "at least 1")
    }
}
