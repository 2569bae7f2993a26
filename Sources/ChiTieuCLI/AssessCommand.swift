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

            Example:
              chitieu assess --year 2013 --lang vi
              chitieu assess --year 2013 --format xlsx --output tong-ket-2013.xlsx
            """
    )

    @Option(name: .long, help: ArgumentHelp("The year whose targets are assessed.", valueName: "year"))
    var year: Int

    @OptionGroup var common: CommonOptions

    func run() throws {
        let location = try common.location()
        try Failure.guarding {
            try Output.checkDestination(options: common, inputs: location, workbook: true)
            let dataset = try common.loadDataset(location)
            let assessment = YearEndAssessment(dataset: dataset, year: year)
            guard !assessment.outcomes.isEmpty else {
                let years = Set(dataset.targets.map(\.period.year)).sorted().map(String.init).joined(separator: ", ")
                throw ValidationError("the data have no targets for \(year)" + (years.isEmpty ? "" : "; targets exist for \(years)"))
            }
            let report = AssessReport(assessment, dataset: dataset, language: common.lang)
            if common.format == .xlsx {
                try Output.emit(report.workbook(), options: common, inputs: location)
            } else {
                try Output.emit(report.rendered(as: common.effectiveFormat, excel: common.excel), options: common, inputs: location)
            }
        }
    }
}
