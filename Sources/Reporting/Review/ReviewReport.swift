import InputFiles
import Planning

/// The parts of the review, in the order the whole review shows them.
/// `chitieu attain`, `bands` and `lagging` each render one of them alone.
public enum ReviewSection: String, Sendable, CaseIterable {
    /// Region, data period, counts of targets by status.
    case headline
    /// Each target's projection, intervals, probabilities, status; the fan charts.
    case targets
    /// Observed so far against the pace the rest of the year needs.
    case pace
    /// Band targets: expected count of units in a range, P(met); the count distributions.
    case bands
    /// Units ranked by risk, with the reason and the gap.
    case lagging
    /// What each number rests on: method, calibration, data; the notes.
    case basis
}

/// The mid-year risk review (`chitieu review`) written for a reader in one
/// language: a terminal table, Markdown, a self-contained HTML page with
/// SVG charts, CSV or JSON. Rendering is a pure function of the document.
///
/// People's formats (table, Markdown, HTML) translate every word and write
/// numbers in the language's style (`2.150,3` in Vietnamese); the machine
/// formats (CSV, JSON) keep English codes (`on_track`) and `.` decimals.
public struct ReviewReport: Sendable {
    /// The review, computed.
    public var document: ReviewDocument
    /// The language of everything a person reads.
    public var language: Language

    /// The report of `document` in `language`.
    public init(_ document: ReviewDocument, language: Language = .en) {
        self.document = document
        self.language = language
    }

    /// The whole review; CSV is the targets table (`attainCSV`).
    public func rendered(as format: OutputFormat, excel: Bool = false) -> String {
        rendered(ReviewSection.allCases, as: format, excel: excel)
    }

    /// Some sections alone, in the order given (`[.targets]` for `chitieu attain`).
    /// CSV holds one table: the first of `sections` that has one
    /// (headline and basis have none; with neither of the others, the targets).
    public func rendered(_ sections: [ReviewSection], as format: OutputFormat, excel: Bool = false) -> String {
        switch format {
        case .table: table(sections)
        case .markdown: markdown(sections)
        case .html: html(sections)
        case .json: json(sections).rendered()
        case .csv, .xlsx: csv(sections, excel: excel)
        }
    }

    /// The CSV of the first section of `sections` that has a table of numbers.
    public func csv(_ sections: [ReviewSection] = ReviewSection.allCases, excel: Bool = false) -> String {
        for section in sections {
            switch section {
            case .targets: return attainCSV(excel: excel)
            case .pace: return paceCSV(excel: excel)
            case .bands: return bandsCSV(excel: excel)
            case .lagging: return laggingCSV(excel: excel)
            case .headline, .basis: continue
            }
        }
        return attainCSV(excel: excel)
    }

    /// How many targets and band targets stand at each status.
    var targetCounts: [AttainmentStatus: Int] {
        document.targets.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }

    var bandCounts: [AttainmentStatus: Int] {
        document.bands.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }

    /// The headline's lines: title, data period, then one summary line per kind of target.
    func headlineLines() -> (title: String, lines: [String]) {
        var lines = [Words.dataThrough(document.asOf, language)]
        lines.append(Words.statusCounts(Words.targetsNoun, targetCounts, language))
        if !document.bands.isEmpty {
            lines.append(Words.statusCounts(Words.bandTargetsNoun, bandCounts, language))
        }
        lines.append(Words.laggingCount(document.lagging.count, language))
        return (Words.reviewTitle(document.region, language), lines)
    }

    /// The title of a page or document showing `sections`.
    func title(of sections: [ReviewSection]) -> String {
        if sections.count == 1, let only = sections.first, only != .headline {
            return Words.section(only, language) + " — " + document.region
        }
        return Words.reviewTitle(document.region, language)
    }

    /// A section as a table of text cells (the headline has none).
    func cells(of section: ReviewSection) -> ReviewTable? {
        switch section {
        case .headline: nil
        case .targets: targetsTable()
        case .pace: paceTable()
        case .bands: bandsTable()
        case .lagging: laggingTable()
        case .basis: basisTable()
        }
    }

    /// Text printed under a section's table.
    func footnotes(for section: ReviewSection) -> [String] {
        switch section {
        case .pace: document.pace.isEmpty ? [] : [Words.paceExplanation(language)]
        case .basis: document.notes
        default: []
        }
    }
}
