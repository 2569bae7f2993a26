import ArgumentParser
import Planning
import Reporting

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "The year-end summary: every target of a year against its outcome.",
        discussion: """
            The outcome is the year's value in the observations, or the sum of its \
            months (or quarters, or spans) when they cover January to December. \
            The status is the board's: exceeded (above the target's high), met \
            (from low to high), not met (below low), mirrored for at_most targets; \
            missing when the year's outcome is not in the data, so no unit is dropped.

            CSV columns: unit,indicator,period,low,high,outcome,share,status,direction \
            (share = outcome ÷ low).

            Beside the outcomes: what the review would have said at the end of \
            earlier months of the year (--hindcast; data through each month only), \
            and its record by month: the share of outcomes inside its 80% and 95% \
            intervals and the Brier score of its probabilities (terminal, JSON, \
            Markdown, HTML, workbook).

            Example:
              chitieu assess --year 2013 --lang vi
              chitieu assess --year 2013 --format xlsx --output tong-ket-2013.xlsx
            """
    )

    @Option(name: .long, help: ArgumentHelp("The year whose targets are assessed, or years such as 2011..2013 (the review's record pooled over them).", valueName: "year"))
    var year: String

    @Option(name: .long, help: ArgumentHelp("Months of the year at whose end the review is re-run, to show what it said and how often it was right: a list such as 3,6,9 (the default), all (1 to 11), or none.", valueName: "months"))
    var hindcast: String = "3,6,9"

    @OptionGroup var planning: PlanningOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        _ = try hindcastMonths()
        _ = try years()
    }

    /// `2013` or `2011..2013`.
    func years() throws -> ClosedRange<Int> {
        let ends = year.components(separatedBy: "..").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(ends.count), let first = ends.first ?? nil, let last = ends.last ?? nil,
              first <= last, (1000...9999).contains(first), (1000...9999).contains(last) else {
            throw ValidationError("--year takes a year such as 2013 or years such as 2011..2013, found \(year)")
        }
        return first...last
    }

    func hindcastMonths() throws -> [Int] {
        switch hindcast.lowercased() {
        case "none": return []
        case "all": return Array(1...11)
        default:
            let months = hindcast.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !months.isEmpty, months.allSatisfy({ $0 != nil && (1...11).contains($0!) }) else {
                throw ValidationError("--hindcast takes months from 1 to 11 (3,6,9), all, or none; found \(hindcast)")
            }
            return Array(Set(months.map { $0! })).sorted()
        }
    }

    func run() throws {
        try Self.run(years: try years(), hindcast: try hindcastMonths(), planning: planning, common: common)
    }

    /// The summary of `years` (also `review --as-of Y-12`, when the year is complete).
    static func run(years: ClosedRange<Int>, hindcast months: [Int], planning: PlanningOptions, common: CommonOptions) throws {
        let location = try common.location()
        try Failure.guarding {
            try Output.checkDestination(options: common, inputs: location, workbook: true)
            let dataset = try common.loadDataset(location)
            let assessment = YearEndAssessment(dataset: dataset, years: years)
            guard !assessment.outcomes.isEmpty else {
                let targeted = Set(dataset.targets.map(\.period.year)).sorted().map(String.init).joined(separator: ", ")
                throw ValidationError("the data have no targets for \(assessment.label)" + (targeted.isEmpty ? "" : "; targets exist for \(targeted)"))
            }
            let hindcast = Hindcast.run(dataset: dataset, assessment: assessment, months: months,
                                        settings: planning.settings)
            let report = AssessReport(assessment, dataset: dataset, language: common.lang, hindcast: hindcast.rows,
                                      unscored: hindcast.unscored)
            try Output.emit(text: { report.rendered(as: common.effectiveFormat, excel: common.excel) }, workbook: { report.workbook() }, options: common, inputs: location)
        }
    }
}
