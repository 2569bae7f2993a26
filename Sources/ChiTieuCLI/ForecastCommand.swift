import ArgumentParser
import Forecasting
import InputFiles
import Planning
import Reporting

struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast an indicator for every unit, with prediction intervals.",
        discussion: """
            Fits the model to each unit's series of the indicator (all units in one \
            batch) and forecasts the next periods. Yearly values are forecast where \
            the indicator has them; a missing year is a gap the fit respects. An \
            indicator never observed below 0 (revenue, investment, counts) keeps its \
            forecasts and intervals at 0 or above.

            Models: \(ModelCatalog.names.joined(separator: ", ")); pinned forms in R's \
            notation: ets:AAdN, ets:MAM, arima:1,1,0, arima:0,1,1:0,1,1:12, arima:1,1,0+drift.

            CSV columns: unit,indicator,period,model,mean, then lo_L,hi_L for each level L.

            Example:
              chitieu forecast --indicator revenue_plan_mof --horizon 3 --model linear --level 80,95
            """
    )

    @OptionGroup var series: SeriesOptions

    @Option(name: .long, parsing: .unconditional, help: "How many periods ahead (1 to \(Limits.horizon)).")
    var horizon: Int

    @Option(name: .long, help: "The model; auto (the default) learns from every unit of the indicator at once: the median of the forecasters that did best on the panel's own past.")
    var model: String = "auto"

    @Option(name: .long, help: ArgumentHelp("Upper bound of a saturating indicator (e.g. 19 criteria): the logistic model's ceiling, and every model's forecasts and intervals are kept in [0, cap].", valueName: "cap"))
    var cap: Double?

    @Option(name: .long, help: "Seed of the simulations behind sample-path intervals; the same seed gives the same numbers.")
    var seed: UInt64 = ModelOptions.defaultSeed

    @Option(name: .long, help: ArgumentHelp("Make the forecasts of a unit tree (from the units file) add up, each parent = the sum of its children: none, bu (bottom-up) or mint (MinT with a shrinkage covariance of one-step errors).", valueName: "none|bu|mint"))
    var reconcile: ReconciliationMethod = .none

    @Option(name: .long, help: ArgumentHelp("auto: calibrate the intervals across the units of the panel from rolling holdouts, where it holds at least 10 series with 30 holdout errors at every horizon; none: the model's nominal intervals. The output says which it gave.", valueName: "auto|none"))
    var calibrate: PlanningOptions.CalibrationChoice = .auto

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try Limits.check(horizon, 1...Limits.horizon, option: "--horizon")
        if let cap, !(cap > 0) { throw ValidationError("--cap must be positive, found \(cap)") }
        if model == "logistic" && cap == nil {
            throw ValidationError("--model logistic needs the indicator's ceiling: --cap C (e.g. --cap 19 for criteria met of 19)")
        }
        guard ModelCatalog.model(named: model, options: modelOptions) != nil else {
            throw ValidationError("unknown model '\(model)'; models: \(ModelCatalog.names.joined(separator: ", "))")
        }
    }

    var modelOptions: ModelOptions { ModelOptions(cap: cap, seed: seed) }

    func run() throws {
        let location = try common.location()
        let levels = try series.levels()
        let chosen = ModelCatalog.model(named: model, options: modelOptions)!
        try Failure.guarding {
            try Output.checkDestination(options: common, inputs: location, workbook: true)
            let dataset = try common.loadDataset(location)
            let selection = try SeriesSelection(dataset: dataset, indicator: series.indicator, units: series.units, granularity: series.granularity)
            // Calibrated on every unit of the indicator, even when --unit shows a few of them.
            let panel = series.units == nil ? selection
                : try SeriesSelection(dataset: dataset, indicator: series.indicator, granularity: series.granularity ?? selection.granularity)
            let calibration = calibrate == .auto
                ? PanelCalibration.estimate(panel, model: chosen, horizon: horizon)
                : nil
            if let cap, let problem = dataset.problem(ofCap: cap, indicator: series.indicator) {
                throw InputProblems(problems: [problem])
            }
            // A panel model learns from every unit of the indicator, even when --unit shows a few.
            var forecasts = PanelForecast.run(chosen.learnsFromPanel ? panel : selection, model: chosen, horizon: horizon, levels: levels,
                                              cap: cap, nonNegative: dataset.isNonNegative(series.indicator), calibration: calibration)
            if chosen.learnsFromPanel, series.units != nil {
                let byKey = Dictionary(forecasts.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
                forecasts = selection.keys.compactMap { byKey[$0] }
            }
            if reconcile != ReconciliationMethod.none {
                let (reconciled, outcome) = PanelForecast.reconciled(forecasts, selection: selection, model: chosen, units: dataset.units,
                                                                     method: reconcile, seed: seed)
                forecasts = reconciled
                Failure.report(outcome.map { outcome in
                    "\(outcome.nodes.count) units reconciled (\(outcome.applied.rawValue)\(outcome.shrinkage.map { ", λ = \($0)" } ?? ""))\(outcome.note.map { "; \($0)" } ?? "")"
                } ?? "no unit tree among the forecast units: nothing reconciled")
            }
            var report = ForecastReport(
                forecasts: forecasts,
                levels: levels,
                unitNames: Dictionary(dataset.units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
                indicatorName: dataset.indicator(series.indicator)?.name(in: common.lang),
                measure: dataset.indicator(series.indicator)?.measure,
                language: common.lang
            )
            report.calibrated = calibration != nil
            if let calibration { Failure.report("intervals calibrated across the panel: \(calibration.summary)") }
            // When no series could be forecast the data cannot answer the
            // request: say why for each, write nothing, exit 65.
            if !forecasts.isEmpty, report.failures.count == forecasts.count {
                for message in report.failures { Failure.report(message) }
                throw ExitCode(65)
            }
            if common.effectiveFormat == .csv {
                try Output.emit(pieces: report.csvPieces(excel: common.excel), options: common, inputs: location)
            } else {
                try Output.emit(text: { report.rendered(as: common.effectiveFormat, excel: common.excel) }, workbook: { report.workbook() }, options: common, inputs: location)
            }
            for message in report.failures { Failure.report(message) }
        }
    }
}

import Foundation
