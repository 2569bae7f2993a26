import ArgumentParser
import Forecasting
import InputFiles
import Planning
import Reporting

struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Compare models by forecasting the past: rolling-origin accuracy and interval calibration.",
        discussion: """
            For each unit's series of the indicator, the last --origins forecast origins \
            (--step periods apart, the latest one --horizon periods before the series' \
            last value) each train the model on all data up to the origin and forecast \
            1…H periods ahead; every forecast whose actual value exists is scored. All \
            units are fitted in one batch per origin. An origin that leaves a unit too \
            few values for the model is skipped for that unit and counted.

            Measures: MAE, RMSE; MAPE (%, leaving out actuals of 0); sMAPE (%, the M3 \
            competition's 200·|y−ŷ|/(|y|+|ŷ|)); MASE (errors over the in-sample mean \
            absolute naive change at that origin, seasonal for quarters and months); \
            coverage_L (% of actuals inside the L% interval); winkler_L (interval width \
            plus 2/α times any miss, α = 1 − L/100; lower is better). A unit's measure \
            is its mean over all its scored forecasts; a panel's is the mean over units \
            of the units' measures, as the M3 competition averages.

            Models: \(ModelCatalog.names.joined(separator: ", ")) (any name `forecast --model` takes).

            CSV columns: model,unit,indicator,horizon,series,n,mae,rmse,mape,smape,mase, \
            then coverage_L for each level L, then winkler_L for each level L. `unit` is \
            `all` for the panel's rows and `horizon` is `all` for rows over every step; \
            `series` counts the units averaged, `n` the forecasts scored; an undefined \
            measure is an empty cell. Rows per model: all/all, all/1…H, then each unit's \
            all and 1…H.

            Examples:
              chitieu backtest --indicator revenue_plan_mof --horizon 2
              chitieu backtest --data obs.csv --indicator grdp --horizon 3 \\
                --models naive,linear --origins 4 --format csv --output scores.csv
            """
    )

    @OptionGroup var series: SeriesOptions

    @Option(name: .long, parsing: .unconditional, help: "How many periods ahead each origin forecasts.")
    var horizon: Int

    @Option(name: .long, help: ArgumentHelp("The models to compare, separated by commas.", valueName: "models"))
    var models: String = "naive,drift,linear"

    @Option(name: .long, help: ArgumentHelp("Forecast origins per unit. Default: \(BacktestPlan.defaultOrigins), or fewer (at least 1) so that the earliest origin leaves the longest series \(BacktestPlan.minimumTraining) values to train on.", valueName: "n"))
    var origins: Int?

    @Option(name: .long, help: ArgumentHelp("Periods between consecutive origins.", valueName: "s"))
    var step: Int = 1

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try Limits.check(horizon, 1...Limits.horizon, option: "--horizon")
        if let origins { try Limits.check(origins, 1...Limits.origins, option: "--origins") }
        guard step >= 1 else { throw ValidationError("--step must be at least 1, found \(step)") }
        _ = try chosenModels()
    }

    /// The models of --models with the names they were asked by; a model named twice is run once.
    func chosenModels() throws -> [(name: String, model: AnyForecastingModel)] {
        let names = models.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var seen = Set<String>()
        return try names.compactMap { name in
            guard let model = ModelCatalog.model(named: name) else {
                throw ValidationError("unknown model '\(name)' in --models; models: \(ModelCatalog.names.joined(separator: ", "))")
            }
            return seen.insert(name).inserted ? (name, model) : nil
        }
    }

    func run() throws {
        let location = try common.location()
        let levels = try series.levels()
        let chosen = try chosenModels()
        try Failure.guarding {
            try Output.checkDestination(options: common, inputs: location)
            let dataset = try common.loadDataset(location)
            let selection = try SeriesSelection(dataset: dataset, indicator: series.indicator, units: series.units, granularity: series.granularity)
            let plan = origins.map { BacktestPlan(horizon: horizon, origins: $0, step: step, levels: levels) }
                ?? BacktestPlan(horizon: horizon, step: step, levels: levels, fitting: selection.series)
            let result = Backtest.run(selection, models: chosen.map(\.model), names: chosen.map(\.name), plan: plan)
            let report = BacktestReport(
                result: result,
                indicatorName: dataset.indicator(series.indicator)?.name(in: common.lang),
                measure: dataset.indicator(series.indicator)?.measure,
                language: common.lang
            )
            // As forecast: when the data cannot answer, say why, write nothing, exit 65.
            if !result.scoredAnything {
                for message in result.failures { Failure.report(message) }
                Failure.report("no forecast could be scored: every origin left too few values or failed; try a smaller --horizon or fewer --origins")
                throw ExitCode(65)
            }
            try Output.emit(report.rendered(as: common.effectiveFormat, excel: common.excel), options: common, inputs: location)
            for message in result.failures { Failure.report(message) }
        }
    }
}
