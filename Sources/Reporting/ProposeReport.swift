import InputFiles
import Planning

/// Next year's targets (`chitieu propose --year Y`): for each unit and
/// indicator, the level reached with each probability. CSV keeps the spec's
/// columns `unit,indicator,period,direction,reach_50,reach_80` (a `reach_C`
/// per confidence); people's formats name the units and indicators.
public struct ProposeReport: Sendable {
    /// The proposals, in the targets file's order.
    public var proposals: [TargetProposal]
    /// The probabilities of reaching the levels, one column each.
    public var confidences: [Double]
    /// The year proposed for.
    public var year: Int
    /// Display names by unit id, from the units file.
    public var unitNames: [String: String]
    /// Display names by indicator id, in the report's language.
    public var indicatorNames: [String: String]
    /// The language of everything a person reads.
    public var language: Language

    /// The report of `proposals`, with the names of `dataset`'s units and indicators.
    public init(_ proposals: [TargetProposal], confidences: [Double], year: Int, dataset: Dataset, language: Language) {
        self.proposals = proposals
        self.confidences = confidences
        self.year = year
        unitNames = Dictionary(dataset.units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        indicatorNames = Dictionary(dataset.indicators.map { ($0.id, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first })
        self.language = language
    }

    /// `reach_50`, `reach_80`, `reach_97.5`.
    var reachColumns: [String] { confidences.map { "reach_" + levelLabel(100 * $0) } }

    /// The proposals in `format`; `excel` marks CSV for Excel.
    public func rendered(as format: OutputFormat, excel: Bool = false) -> String {
        switch format {
        case .csv, .xlsx: csv(excel: excel)
        case .json: json()
        case .table: heading() + "\n\n" + table().aligned()
        case .markdown: "## " + heading() + "\n\n" + table().markdown()
        case .html: HTMLText.page(title: heading(), language: language, body: "<h1>" + HTMLText.escape(heading()) + "</h1>\n" + table().html())
        }
    }

    /// The spec's CSV: `unit,indicator,period,direction`, a `reach_C` per confidence, `method`.
    public func csv(excel: Bool = false) -> String {
        var out = CSVText(excel: excel)
        out.appendHeader(["unit", "indicator", "period", "direction"] + reachColumns + ["method"])
        for p in proposals {
            out.appendRow([.text(p.unit), .text(p.indicator), .text(String(p.year)), .text(p.direction.rawValue)]
                          + p.levels.map { .number($0) } + [.text(p.method)])
        }
        return out.result
    }

    /// JSON: one object per proposal, its levels keyed by confidence.
    public func json() -> String {
        JSONValue.array(proposals.map { p in
            .object([("unit", .string(p.unit)), ("indicator", .string(p.indicator)), ("period", .integer(p.year)),
                     ("direction", .string(p.direction.rawValue)), ("method", .string(p.method))]
                    + zip(reachColumns, p.levels).map { ($0, JSONValue.number($1)) })
        }).rendered()
    }

    func heading() -> String {
        let shown = confidences.map { levelLabel(100 * $0) + "%" }.joined(separator: ", ")
        return language == .vi
            ? "Đề xuất chỉ tiêu \(year): mức đạt được với xác suất \(shown)"
            : "Proposed targets for \(year): the level reached with probability \(shown)"
    }

    func table() -> ReviewTable {
        let vi = language == .vi
        let header = (vi ? ["đơn vị", "chỉ tiêu", "kỳ"] : ["unit", "indicator", "period"])
            + confidences.map { (vi ? "đạt với XS " : "reached with P ") + levelLabel(100 * $0) + "%" }
            + [vi ? "phương pháp" : "method"]
        let rows = proposals.map { p -> [String] in
            let whole = p.levels.allSatisfy { $0 == $0.rounded() }
            let number = NumberText(language: language, decimals: whole ? 0 : NumberText.decimals(forScale: p.levels.map(abs).max() ?? 0))
            let sign = p.direction == .atLeast ? "≥ " : "≤ "
            return [unitNames[p.unit] ?? p.unit, indicatorNames[p.indicator] ?? p.indicator, String(p.year)]
                + p.levels.map { sign + number.format($0) } + [Words.method(p.method, language)]
        }
        return ReviewTable(header: header, rows: rows, numeric: Set(3..<(3 + confidences.count)), statusColumn: nil)
    }

    /// The proposals as a one-sheet workbook, numbers as number cells.
    public func workbook() -> WorkbookDocument {
        let vi = language == .vi
        let smallest = proposals.flatMap(\.levels).map(abs).filter { $0 > 0 }.min() ?? 0
        let d = NumberText.decimals(forScale: smallest)
        let columns: [WorkbookDocument.Column] = [.init(vi ? "đơn vị" : "unit"), .init(vi ? "chỉ tiêu" : "indicator"),
                                                  .init(vi ? "kỳ" : "period"), .init(vi ? "chiều" : "direction")]
            + confidences.map { .init((vi ? "đạt với XS " : "reached with P ") + levelLabel(100 * $0) + "%", .decimal(d)) }
            + [.init(vi ? "phương pháp" : "method")]
        let rows = proposals.map { p -> [WorkbookDocument.Cell] in
            [.text(unitNames[p.unit] ?? p.unit), .text(indicatorNames[p.indicator] ?? p.indicator), .text(String(p.year)),
             .text(p.direction.rawValue)] + p.levels.map { .number($0) } + [.text(Words.method(p.method, language))]
        }
        return WorkbookDocument(sheets: [.init(name: vi ? "Đề xuất \(year)" : "Proposed \(year)", columns: columns, rows: rows)])
    }
}
