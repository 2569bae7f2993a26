import InputFiles

/// What a dataset holds (`chitieu describe`): its indicators with their
/// units, granularities, periods and missing values; its units per level;
/// how many targets and band targets it has.
public struct DatasetReport: Sendable {
    /// One summary per indicator, in the order the observations first name them.
    public var summaries: [IndicatorSummary]
    /// The units file's levels and how many units each has.
    public var levels: [(level: String, count: Int)]
    /// The number of targets.
    public var targets: Int
    /// The number of band targets.
    public var bands: Int
    /// Names and measures by indicator id, from the indicators file.
    public var indicators: [String: IndicatorInfo]
    /// The language of everything a person reads.
    public var language: Language

    /// What `dataset` holds.
    public init(_ dataset: Dataset, language: Language) {
        summaries = dataset.indicatorSummaries
        levels = dataset.unitLevels
        targets = dataset.targets.count
        bands = dataset.bands.count
        indicators = Dictionary(dataset.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.language = language
    }

    /// The description in `format`; `excel` marks CSV for Excel.
    public func rendered(as format: OutputFormat, excel: Bool = false) -> String {
        switch format {
        case .csv, .xlsx: return csv(excel: excel)
        case .json: return json()
        case .table: return heading() + "\n\n" + table().aligned()
        case .markdown: return heading() + "\n\n" + table().markdown()
        case .html: return HTMLText.page(title: heading(), language: language, body: "<p>" + HTMLText.escape(heading()) + "</p>\n" + table().html())
        }
    }

    private var vi: Bool { language == .vi }

    /// `201 units: 1 province, 12 district, 188 commune; 18 targets, 4 band targets`.
    func heading() -> String {
        let unitCount = levels.reduce(0) { $0 + $1.count }
        let byLevel = levels.map { "\($0.count) \(Words.level($0.level, language))" }.joined(separator: ", ")
        let units = unitCount == 0 ? (vi ? "không có tệp đơn vị" : "no units file")
            : (vi ? "\(unitCount) đơn vị: " : "\(unitCount) unit\(unitCount == 1 ? "" : "s"): ") + byLevel
        let plans = vi ? "\(targets) chỉ tiêu, \(bands) chỉ tiêu số đơn vị đạt mức"
            : "\(targets) target\(targets == 1 ? "" : "s"), \(bands) band target\(bands == 1 ? "" : "s")"
        let indicatorsText = vi ? "\(summaries.count) chỉ số" : "\(summaries.count) indicator\(summaries.count == 1 ? "" : "s")"
        return "\(indicatorsText); \(units); \(plans)"
    }

    static let csvHeader = ["indicator", "name", "measure", "units", "granularity", "first", "last", "values", "missing"]

    func cells(_ s: IndicatorSummary) -> [String] {
        let info = indicators[s.indicator]
        return [s.indicator, info?.name(in: language) ?? "", info?.measure ?? "", String(s.units),
                s.granularities.map(\.rawValue).joined(separator: "+"), s.first.description, s.last.description,
                String(s.values), String(s.missing)]
    }

    func table() -> ReviewTable {
        let header = vi ? ["chỉ số", "tên", "đơn vị đo", "số đơn vị", "kỳ", "từ", "đến", "số giá trị", "thiếu"]
            : ["indicator", "name", "measure", "units", "granularity", "first", "last", "values", "missing"]
        let rows = summaries.map { s -> [String] in
            var row = cells(s)
            row[2] = Words.measure(row[2], language)
            if vi {
                let words: [Granularity: String] = [.year: "năm", .quarter: "quý", .month: "tháng", .span: "khoảng tháng"]
                row[4] = s.granularities.map { words[$0]! }.joined(separator: "+")
            }
            return row
        }
        return ReviewTable(header: header, rows: rows, numeric: [3, 7, 8], statusColumn: nil, wide: [1])
    }

    func csv(excel: Bool) -> String {
        var out = CSVText(excel: excel)
        out.appendHeader(Self.csvHeader)
        for s in summaries {
            let text = cells(s)
            // Counts as whole numbers (`12`, not `12.0`).
            out.appendRow(text.map { .text($0) })
        }
        return out.result
    }

    func json() -> String {
        JSONValue.object([
            ("indicators", .array(summaries.map { s in
                let text = cells(s)
                return .object([
                    ("indicator", .string(s.indicator)), ("name", .string(text[1])), ("measure", .string(text[2])),
                    ("units", .integer(s.units)), ("granularities", .array(s.granularities.map { .string($0.rawValue) })),
                    ("first", .string(text[5])), ("last", .string(text[6])), ("values", .integer(s.values)), ("missing", .integer(s.missing)),
                ])
            })),
            ("levels", .array(levels.map { .object([("level", .string($0.level)), ("units", .integer($0.count))]) })),
            ("targets", .integer(targets)), ("bands", .integer(bands)),
        ]).rendered()
    }
}
