import InputFiles
import Planning

/// The year-end summary (`chitieu assess --year Y`) for a reader in one
/// language: every target of the year with its outcome, the share of the
/// target reached and the status in the board's words. CSV and JSON keep the
/// spec's columns and English codes (`not_met`); the terminal, Markdown, HTML
/// and workbook use the language's words and names.
public struct AssessReport: Sendable {
    /// The year-end summary reported.
    public var assessment: YearEndAssessment
    /// Display names by unit id, from the units file.
    public var unitNames: [String: String]
    /// Display names by indicator id, in the report's language.
    public var indicatorNames: [String: String]
    /// The language of everything a person reads.
    public var language: Language
    /// What the review said at earlier months of the year (`--hindcast`), and its record by month.
    public var hindcast: [HindcastRow] = []
    /// The targets the review could not have projected at a month, with why.
    public var unscored: [HindcastGap] = []
    /// The review's record by month: coverage, Brier score and targets not projected.
    public var scores: [HindcastScore] { Hindcast.scores(hindcast, unscored: unscored) }

    /// The report of `assessment`, with the names of `dataset`'s units and indicators and, when given, the hindcast.
    public init(_ assessment: YearEndAssessment, dataset: Dataset, language: Language, hindcast: [HindcastRow] = [],
                unscored: [HindcastGap] = []) {
        self.assessment = assessment
        self.hindcast = hindcast
        self.unscored = unscored
        unitNames = Dictionary(dataset.units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        indicatorNames = Dictionary(dataset.indicators.map { ($0.id, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first })
        self.language = language
    }

    /// The spec's columns: `unit,indicator,period,low,high,outcome,share,status`, then `direction`.
    public static let columns = ["unit", "indicator", "period", "low", "high", "outcome", "share", "status", "direction"]

    /// The summary in `format`; `excel` marks CSV for Excel (byte-order mark, formula-like text neutralised).
    public func rendered(as format: OutputFormat, excel: Bool = false) -> String {
        switch format {
        case .csv, .xlsx: csv(excel: excel)
        case .json: json()
        case .table: heading() + "\n\n" + sections().map { $0.title + "\n" + $0.table.aligned() }.joined(separator: "\n")
        case .markdown: "## " + heading() + "\n\n" + sections().map { "### " + $0.title + "\n\n" + $0.table.markdown() }.joined(separator: "\n")
        case .html:
            HTMLText.page(title: heading(), language: language, body: "<h1>" + HTMLText.escape(heading()) + "</h1>\n"
                + sections().map { "<h2>" + HTMLText.escape($0.title) + "</h2>\n" + $0.table.html() }.joined())
        }
    }

    /// The tables of the summary with their titles: the targets, the band
    /// targets (when the year has any), and a ranking per unit level.
    func sections() -> [(title: String, table: ReviewTable)] {
        let vi = language == .vi
        var out = [(vi ? "Chỉ tiêu" : "Targets", table())]
        if !hindcast.isEmpty || !unscored.isEmpty {
            out.append((vi ? "Đánh giá giữa năm đã dự báo gì" : "What the review said during the year", hindcastTable()))
            out.append((vi ? "Độ tin cậy của đánh giá theo tháng" : "The review's record by month", scoresTable()))
        }
        if !assessment.bands.isEmpty { out.append((vi ? "Nhóm tiêu chí" : "Band targets", bandsTable())) }
        for level in assessment.standings.keys.sorted(by: Self.levelOrder) {
            let name = level.isEmpty ? "" : " — " + Words.level(level, language)
            out.append(((vi ? "Xếp hạng thi đua" : "Emulation ranking") + name, standingsTable(assessment.standings[level]!)))
        }
        return out
    }

    /// Provinces before districts before communes, other levels by name.
    static func levelOrder(_ a: String, _ b: String) -> Bool {
        let order = ["province", "district", "commune"]
        let ia = order.firstIndex(of: a) ?? order.count, ib = order.firstIndex(of: b) ?? order.count
        return ia != ib ? ia < ib : a < b
    }

    func hindcastTable() -> ReviewTable {
        let vi = language == .vi
        let header = vi ? ["đơn vị", "chỉ tiêu", "số liệu đến", "dự báo", "khoảng 80%", "khoảng 95%", "XS đạt", "thực hiện", "trong khoảng 80%", "trong khoảng 95%"]
                        : ["unit", "indicator", "data through", "projected", "80% interval", "95% interval", "P(met)", "outcome", "inside 80%", "inside 95%"]
        let yes = vi ? "có" : "yes", no = vi ? "không" : "no"
        let rows = hindcast.map { h -> [String] in
            let number = NumberText(language: language, decimals: NumberText.decimals(forScale: abs(h.outcome)))
            return [unitNames[h.target.unit] ?? h.target.unit, indicatorNames[h.target.indicator] ?? h.target.indicator,
                    Period.month(year: h.target.period.year, month: h.month).description, number.format(h.projected),
                    number.format(h.lo80) + " – " + number.format(h.hi80), number.format(h.lo95) + " – " + number.format(h.hi95),
                    NumberText(language: language, decimals: 0).format(100 * h.probability) + "%", number.format(h.outcome),
                    h.inside80 ? yes : no, h.inside95 ? yes : no]
        }
        return ReviewTable(header: header, rows: rows, numeric: [3, 4, 5, 6, 7], statusColumn: nil)
    }

    /// `end of June`: the month whose data the review saw, in every year summarised.
    static func monthName(_ month: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "end of " + names[max(1, min(12, month)) - 1]
    }

    func scoresTable() -> ReviewTable {
        let vi = language == .vi
        let header = vi ? ["số liệu đến hết", "số chỉ tiêu", "trong khoảng 80%", "trong khoảng 95%", "điểm Brier", "không dự báo được"]
                        : ["data through", "targets", "inside 80%", "inside 95%", "Brier score", "not projected"]
        let percent = NumberText(language: language, decimals: 0), three = NumberText(language: language, decimals: 3)
        func shown(_ x: Double, _ text: (Double) -> String) -> String { x.isFinite ? text(x) : "–" }
        let rows = scores.map { s -> [String] in
            [(vi ? "tháng \(s.month)" : Self.monthName(s.month)), String(s.count),
             shown(s.coverage80) { percent.format(100 * $0) + "%" }, shown(s.coverage95) { percent.format(100 * $0) + "%" },
             shown(s.brier, three.format), String(s.unscored)]
        }
        return ReviewTable(header: header, rows: rows, numeric: [1, 2, 3, 4, 5], statusColumn: nil)
    }

    func bandsTable() -> ReviewTable {
        let vi = language == .vi
        let header = vi ? ["đơn vị", "chỉ tiêu", "khoảng giá trị", "số đơn vị phải đạt", "đã đạt", "chưa có số liệu", "tổng số đơn vị", "đánh giá"]
                        : ["unit", "indicator", "range", "units required", "reached", "no outcome", "units counted", "status"]
        let rows = assessment.bands.map { b -> [String] in
            let whole = NumberText(language: language, decimals: 0)
            return [unitNames[b.band.unit] ?? b.band.unit, indicatorNames[b.band.indicator] ?? b.band.indicator,
                    whole.format(b.band.minValue) + "–" + whole.format(b.band.maxValue), "≥ \(b.band.count)",
                    String(b.reached), String(b.missing), String(b.counted), Self.word(b.status, language)]
        }
        return ReviewTable(header: header, rows: rows, numeric: [3, 4, 5, 6], statusColumn: nil)
    }

    func standingsTable(_ standings: [UnitStanding]) -> ReviewTable {
        let vi = language == .vi
        let header = vi ? ["hạng", "đơn vị", "chỉ tiêu hoàn thành", "số chỉ tiêu", "chưa có số liệu", "tổng mức thiếu hụt"]
                        : ["rank", "unit", "targets met", "targets", "no outcome", "total shortfall"]
        let percent = NumberText(language: language, decimals: 1)
        let rows = standings.map { s -> [String] in
            [String(s.rank), unitNames[s.unit] ?? s.unit, String(s.met), String(s.targets), String(s.missing),
             s.shortfall > 0 ? percent.format(100 * s.shortfall) + "%" : "–"]
        }
        return ReviewTable(header: header, rows: rows, numeric: [0, 2, 3, 4, 5], statusColumn: nil)
    }

    /// The spec's CSV: one row per target, `unit,indicator,period,low,high,outcome,share,status,direction`.
    public func csv(excel: Bool = false) -> String {
        var out = CSVText(excel: excel)
        out.appendHeader(Self.columns)
        for o in assessment.outcomes {
            let t = o.target
            out.appendRow([.text(t.unit), .text(t.indicator), .text(t.period.description), .number(t.low), .number(t.high),
                           o.outcome.map { .number($0) } ?? .empty, o.share.map { .number($0) } ?? .empty,
                           .text(o.status.rawValue), .text(t.direction.rawValue)])
        }
        return out.result
    }

    /// JSON: the years, band targets, hindcast, record, standings and targets.
    public func json() -> String {
        JSONValue.object([
            ("years", .array(assessment.years.map { .integer($0) })),
            ("bands", .array(assessment.bands.map { b in
                .object([("unit", .string(b.band.unit)), ("indicator", .string(b.band.indicator)),
                         ("min_value", .number(b.band.minValue)), ("max_value", .number(b.band.maxValue)),
                         ("count", .integer(b.band.count)), ("reached", .integer(b.reached)), ("missing", .integer(b.missing)),
                         ("units", .integer(b.counted)), ("status", .string(b.status.rawValue))])
            })),
            ("hindcast", .array(hindcast.map { h in
                .object([("unit", .string(h.target.unit)), ("indicator", .string(h.target.indicator)), ("month", .integer(h.month)),
                         ("projected", .number(h.projected)), ("lo_80", .number(h.lo80)), ("hi_80", .number(h.hi80)),
                         ("lo_95", .number(h.lo95)), ("hi_95", .number(h.hi95)), ("p_met", .number(h.probability)),
                         ("outcome", .number(h.outcome)), ("met", .bool(h.reached)), ("inside_80", .bool(h.inside80)),
                         ("inside_95", .bool(h.inside95))])
            })),
            ("scores", .array(scores.map { s in
                .object([("month", .integer(s.month)), ("targets", .integer(s.count)), ("coverage_80", .number(s.coverage80)),
                         ("coverage_95", .number(s.coverage95)), ("brier", .number(s.brier)), ("not_projected", .integer(s.unscored))])
            })),
            ("not_projected", .array(unscored.map { g in
                .object([("unit", .string(g.target.unit)), ("indicator", .string(g.target.indicator)), ("month", .integer(g.month)),
                         ("reason", .string(g.reason))])
            })),
            ("standings", .array(assessment.standings.keys.sorted(by: Self.levelOrder).flatMap { level in
                assessment.standings[level]!.map { s in
                    .object([("level", .string(level)), ("rank", .integer(s.rank)), ("unit", .string(s.unit)),
                             ("met", .integer(s.met)), ("targets", .integer(s.targets)), ("missing", .integer(s.missing)),
                             ("shortfall", .number(s.shortfall))])
                }
            })),
            ("targets", .array(assessment.outcomes.map { o in
                .object([("unit", .string(o.target.unit)), ("indicator", .string(o.target.indicator)),
                         ("period", .string(o.target.period.description)), ("low", .number(o.target.low)),
                         ("high", .number(o.target.high)), ("direction", .string(o.target.direction.rawValue)),
                         ("outcome", o.outcome.map(JSONValue.number) ?? .null), ("share", o.share.map(JSONValue.number) ?? .null),
                         ("status", .string(o.status.rawValue))])
            })),
        ]).rendered()
    }

    /// `Year-end summary 2013: 9 targets — 3 exceeded, 4 met, 1 not met, 1 missing`.
    func heading() -> String {
        let counts = assessment.counts
        let parts = OutcomeStatus.allCases.compactMap { status in counts[status].map { "\($0) \(Self.word(status, language).lowercased())" } }
        let total = assessment.outcomes.count
        return language == .vi
            ? "Tổng kết năm \(assessment.label): \(total) chỉ tiêu — " + parts.joined(separator: ", ")
            : "Year-end summary \(assessment.label): \(total) target\(total == 1 ? "" : "s") — " + parts.joined(separator: ", ")
    }

    /// The board's words for a status.
    static func word(_ status: OutcomeStatus, _ language: Language) -> String {
        switch (status, language) {
        case (.exceeded, .vi): "Hoàn thành vượt mức"
        case (.met, .vi): "Hoàn thành"
        case (.notMet, .vi): "Không hoàn thành"
        case (.missing, .vi): "Chưa có số liệu"
        case (.exceeded, .en): "Exceeded"
        case (.met, .en): "Met"
        case (.notMet, .en): "Not met"
        case (.missing, .en): "No outcome"
        }
    }

    func table() -> ReviewTable {
        let vi = language == .vi
        let header = vi ? ["đơn vị", "chỉ tiêu", "kỳ", "mức chỉ tiêu", "thực hiện", "tỷ lệ so với mức dưới", "đánh giá"]
                        : ["unit", "indicator", "period", "target", "outcome", "share of low", "status"]
        let rows = assessment.outcomes.map { o -> [String] in
            let t = o.target
            // Counts (criteria met) read as whole numbers: 4–19, not 4.0–19.0.
            let whole = [t.low, t.high, o.outcome ?? 0].allSatisfy { $0 == $0.rounded() }
            let number = NumberText(language: language, decimals: whole ? 0 : NumberText.decimals(forScale: max(abs(t.low), abs(t.high))))
            let target = t.low == t.high ? (t.direction == .atLeast ? "≥ " : "≤ ") + number.format(t.low)
                                          : number.format(t.low) + "–" + number.format(t.high)
            return [unitNames[t.unit] ?? t.unit, indicatorNames[t.indicator] ?? t.indicator, t.period.description, target,
                    o.outcome.map(number.format) ?? "–", o.share.map { NumberText(language: language, decimals: 1).format(100 * $0) + "%" } ?? "–",
                    Self.word(o.status, language)]
        }
        return ReviewTable(header: header, rows: rows, numeric: [3, 4, 5], statusColumn: nil)
    }
}
