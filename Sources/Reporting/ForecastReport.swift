import Forecasting
import InputFiles
import Planning

/// The forecasts of a panel, ready to be written in any output format.
public struct ForecastReport: Sendable {
    /// The forecasts, one per series, each with its model or its error.
    public var forecasts: [SeriesForecast]
    /// Interval levels in percent, in the order the columns take.
    public var levels: [Double]
    /// Display names of units (`Huyện Mộc Châu`), from the units file.
    public var unitNames: [String: String]
    /// What the indicator is called, in the report's language, if known.
    public var indicatorName: String?
    /// What the indicator is measured in (`billion VND`), if known.
    public var measure: String?
    /// The language of everything a person reads.
    public var language: Language
    /// Whether the intervals were calibrated across the panel (`PanelCalibration`) or are the models' nominal ones.
    public var calibrated: Bool = false

    /// The report of a panel's forecasts at `levels`.
    public init(forecasts: [SeriesForecast], levels: [Double], unitNames: [String: String] = [:], indicatorName: String? = nil, measure: String? = nil, language: Language = .en) {
        self.forecasts = forecasts
        self.levels = levels
        self.unitNames = unitNames
        self.indicatorName = indicatorName
        self.measure = measure
        self.language = language
    }

    /// The forecasts in `format` (the spec's CSV columns `unit,indicator,period,model,mean,lo_L,hi_L…`); `excel` marks CSV for Excel.
    public func rendered(as format: OutputFormat, excel: Bool = false) -> String {
        switch format {
        case .csv, .xlsx: csv(excel: excel)
        case .json: json().rendered()
        case .markdown: markdown()
        case .html: html()
        case .table: table()
        }
    }

    /// The spec's CSV: `unit,indicator,period,model,mean`, then `lo_L,hi_L` per level.
    /// Units that could not be forecast have no rows (their errors go to the message stream).
    public func csv(excel: Bool = false) -> String {
        csvPieces(excel: excel).joined
    }

    /// Series a piece of the CSV holds: about 1.4 MB of text for yearly
    /// series forecast 12 steps at two levels.
    static let seriesPerPiece = 1_000

    /// The CSV in pieces: the header, then the rows of each 1,000 series, to
    /// be made on several threads and written as they come (a country's
    /// forecasts are millions of rows).
    package func csvPieces(excel: Bool = false) -> TextPieces {
        let forecasts = forecasts, levels = levels
        let header = ["unit", "indicator", "period", "model", "mean"] + levels.flatMap { ["lo_\(levelLabel($0))", "hi_\(levelLabel($0))"] }
        let pieces = (forecasts.count + Self.seriesPerPiece - 1) / Self.seriesPerPiece
        return TextPieces(count: 1 + pieces) { index in
            guard index > 0 else {
                var out = CSVText(excel: excel)
                out.appendHeader(header)
                return out.result
            }
            let range = (index - 1) * Self.seriesPerPiece..<min(index * Self.seriesPerPiece, forecasts.count)
            return Self.csvRows(forecasts[range], levels: levels, excel: excel)
        }
    }

    private static func csvRows(_ forecasts: ArraySlice<SeriesForecast>, levels: [Double], excel: Bool) -> String {
        var piece = CSVText(excel: excel, continuing: true)
        // Room for the piece's rows at about 22 bytes a number and 40 for the
        // ids, period and model, so the text is not copied each time it
        // outgrows its buffer.
        piece.reserve(forecasts.reduce(0) { $0 + $1.periods.count } * (40 + 22 * (1 + 2 * levels.count)))
        var row: [CSVText.Cell] = []
        row.reserveCapacity(5 + 2 * levels.count)
        for item in forecasts {
            guard case let .success(fitted) = item.outcome else { continue }
            let forecast = fitted.forecast
            let unit = piece.written(item.key.unit), indicator = piece.written(item.key.indicator), model = piece.written(forecast.model)
            for (step, period) in item.periods.enumerated() {
                row.removeAll(keepingCapacity: true)
                row += [.written(unit), .written(indicator), .text(period.description), .written(model), .number(forecast.mean[step])]
                for l in levels.indices {
                    row += [.number(forecast.lower[l][step]), .number(forecast.upper[l][step])]
                }
                piece.appendRow(row)
            }
        }
        return piece.result
    }

    /// One object per series with its fitted parameters and criteria, and
    /// its forecast rows; a series that could not be fitted carries `error`.
    package func json() -> JSONValue {
        .array(forecasts.map { item in
            var members: [(String, JSONValue)] = [("unit", .string(item.key.unit)), ("indicator", .string(item.key.indicator))]
            switch item.outcome {
            case let .failure(error):
                members.append(("error", .string(error.description)))
            case let .success(fitted):
                let s = fitted.summary
                func optional(_ x: Double?) -> JSONValue { x.map(JSONValue.number) ?? .null }
                members += [
                    ("model", .string(fitted.forecast.model)),
                    ("intervals", .string(calibrated ? "calibrated" : "nominal")),
                    ("parameters", .object(s.parameters.map { ($0.name, .number($0.value)) })),
                    ("loglik", optional(s.logLikelihood)),
                    ("aic", optional(s.aic)),
                    ("aicc", optional(s.aicc)),
                    ("bic", optional(s.bic)),
                    ("sigma2", .number(s.sigma2)),
                    ("n", .integer(s.observationCount)),
                    ("forecast", .array(item.periods.enumerated().map { step, period in
                        var row: [(String, JSONValue)] = [("period", .string(period.description)), ("mean", .number(fitted.forecast.mean[step]))]
                        for (l, level) in levels.enumerated() {
                            row.append(("lo_\(levelLabel(level))", .number(fitted.forecast.lower[l][step])))
                            row.append(("hi_\(levelLabel(level))", .number(fitted.forecast.upper[l][step])))
                        }
                        return .object(row)
                    })),
                ]
            }
            return .object(members)
        })
    }

    /// Messages for the units that could not be forecast, one line each.
    public var failures: [String] {
        forecasts.compactMap { item in
            guard case let .failure(error) = item.outcome else { return nil }
            return "\(item.key): \(error)"
        }
    }

    /// Title of a series' block: unit, indicator (its name and measure when
    /// the dataset has them), model:
    /// `Sơn La (son-la) — revenue_plan_mof: MoF revenue plan (billion VND) — model linear`.
    func title(of item: SeriesForecast) -> String {
        let unit = unitNames[item.key.unit].map { "\($0) (\(item.key.unit))" } ?? item.key.unit
        var indicator = item.key.indicator
        if let indicatorName { indicator += ": " + indicatorName }
        if let measure, !measure.isEmpty { indicator += " (\(Words.measure(measure, language)))" }
        var parts = [unit, indicator]
        if case let .success(fitted) = item.outcome {
            parts.append(Words.model(language) + " " + fitted.forecast.model + ", " + Words.intervals(language, calibrated: calibrated))
        }
        return parts.joined(separator: " — ")
    }
}
