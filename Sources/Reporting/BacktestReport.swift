import Forecasting
import InputFiles
import Planning

/// A rolling-origin backtest, ready to be written in any output format.
///
/// CSV (long form), one row per model and group of points:
///
///     model,unit,indicator,horizon,series,n,mae,rmse,mape,smape,mase,
///     coverage_L…,winkler_L…   (one of each per level L)
///
/// - `unit` is a unit id, or `all` for the rows over the whole panel;
///   `horizon` is a step 1…H, or `all` for the rows over every step.
/// - `series` is how many series the row averages (1 on a unit's rows),
///   `n` how many forecast–actual pairs it rests on.
/// - A unit's row is its mean over every scored origin (and step); an `all`
///   row is the mean over series of the units' rows (the M3 averaging).
/// - `mape`, `smape` and `coverage_L` are percentages; `mae`, `rmse` and
///   `winkler_L` are in the indicator's unit; `mase` has none. A measure
///   that is undefined (MAPE where every actual is 0, MASE with too short
///   a training set, anything with `n` = 0) is an empty cell.
public struct BacktestReport: Sendable {
    /// The backtest reported.
    public var result: BacktestResult
    /// What the indicator is called, in the report's language, if known.
    public var indicatorName: String?
    /// What the indicator is measured in (`billion VND`), if known.
    public var measure: String?
    /// The language of everything a person reads.
    public var language: Language

    /// The report of a backtest, with the indicator's name and measure when known.
    public init(result: BacktestResult, indicatorName: String? = nil, measure: String? = nil, language: Language = .en) {
        self.result = result
        self.indicatorName = indicatorName
        self.measure = measure
        self.language = language
    }

    var levels: [Double] { result.plan.levels }

    /// The measures in `format`; `excel` marks CSV for Excel.
    public func rendered(as format: OutputFormat, excel: Bool = false) -> String {
        switch format {
        case .csv, .xlsx: csv(excel: excel)
        case .json: json().rendered()
        case .markdown: markdown()
        case .table, .html: table()
        }
    }

    /// The CSV columns, in order.
    public var csvHeader: [String] {
        ["model", "unit", "indicator", "horizon", "series", "n", "mae", "rmse", "mape", "smape", "mase"]
            + levels.map { "coverage_\(levelLabel($0))" } + levels.map { "winkler_\(levelLabel($0))" }
    }

    /// Per model: the panel over all steps, the panel step by step, then
    /// each unit over all steps followed by that unit step by step.
    public func csv(excel: Bool = false) -> String {
        var out = CSVText(excel: excel)
        out.appendHeader(csvHeader)
        let indicator = result.indicator
        for model in result.models {
            func row(unit: String, horizon: String, _ m: AccuracyMeasures) {
                out.appendRow([.text(model.model), .text(unit), .text(indicator), .text(horizon)] + cells(m))
            }
            row(unit: "all", horizon: "all", model.overall)
            for (index, m) in model.byHorizon.enumerated() { row(unit: "all", horizon: "\(index + 1)", m) }
            for item in model.series {
                row(unit: item.key.unit, horizon: "all", item.measures)
                for (index, m) in item.byHorizon.enumerated() { row(unit: item.key.unit, horizon: "\(index + 1)", m) }
            }
        }
        return out.result
    }

    private func cells(_ m: AccuracyMeasures) -> [CSVText.Cell] {
        [.text(String(m.seriesCount)), .text(String(m.count)), .number(m.mae), .number(m.rmse), .number(m.mape), .number(m.smape), .number(m.mase)]
            + m.coverage.map(CSVText.Cell.number) + m.winkler.map(CSVText.Cell.number)
    }

    /// One object: the plan, then per model its counts, overall and
    /// per-horizon measures, and each series' own.
    package func json() -> JSONValue {
        let plan = result.plan
        let granularity = result.granularity
        return .object([
            ("indicator", .string(result.indicator)),
            ("granularity", .string(granularity.rawValue)),
            ("horizon", .integer(plan.horizon)),
            ("origins", .integer(plan.origins)),
            ("step", .integer(plan.step)),
            ("levels", .array(levels.map(JSONValue.number))),
            ("series", .integer(result.keys.count)),
            ("models", .array(result.models.map { model in
                .object([
                    ("model", .string(model.model)),
                    ("scored_origins", .integer(model.scoredOrigins)),
                    ("skipped_origins", .integer(model.skippedOrigins)),
                    ("failed_origins", .integer(model.failedOrigins)),
                    ("overall", measuresJSON(model.overall)),
                    ("horizons", horizonsJSON(model.byHorizon)),
                    ("series", .array(model.series.map { item in
                        .object([
                            ("unit", .string(item.key.unit)),
                            ("fitted", .array(item.fittedNames.map(JSONValue.string))),
                            ("origins", .array(item.origins.map { .string(Period(ordinal: $0, granularity: granularity).description) })),
                            ("skipped_origins", .integer(item.skipped)),
                            ("failed_origins", .integer(item.failures.count)),
                            ("overall", measuresJSON(item.measures)),
                            ("horizons", horizonsJSON(item.byHorizon)),
                        ])
                    })),
                ])
            })),
        ])
    }

    private func horizonsJSON(_ measures: [AccuracyMeasures]) -> JSONValue {
        .array(measures.enumerated().map { index, m in
            guard case let .object(members) = measuresJSON(m) else { return .null }
            return .object([("horizon", .integer(index + 1))] + members)
        })
    }

    private func measuresJSON(_ m: AccuracyMeasures) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("series", .integer(m.seriesCount)), ("n", .integer(m.count)),
            ("mae", .number(m.mae)), ("rmse", .number(m.rmse)), ("mape", .number(m.mape)),
            ("smape", .number(m.smape)), ("mase", .number(m.mase)),
        ]
        for (l, level) in levels.enumerated() { members.append(("coverage_\(levelLabel(level))", .number(m.coverage[l]))) }
        for (l, level) in levels.enumerated() { members.append(("winkler_\(levelLabel(level))", .number(m.winkler[l]))) }
        return .object(members)
    }
}
