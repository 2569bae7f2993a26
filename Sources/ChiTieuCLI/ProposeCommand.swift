import ArgumentParser
import InputFiles
import Planning
import Reporting

struct ProposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propose",
        abstract: "Next year's targets: the level each unit reaches with a given probability.",
        discussion: """
            For each unit and indicator the targets file names, the year's value is \
            projected from the data before it, as the review projects (the same \
            model, paths, calibration and reconciliation). The level reached with \
            probability c is the (1 − c) quantile of the paths (the c quantile for \
            an at_most target): 0.5 a stretch, 0.8 a safe target. A province's \
            level is then shared among its districts in proportion to theirs, so \
            that they add up to it.

            CSV columns: unit,indicator,period,direction,reach_50,reach_80 (a reach_C \
            per confidence), method.

            Example:
              chitieu propose --year 2014 --lang vi
              chitieu propose --year 2014 --confidence 0.5,0.8,0.95 --format csv --excel --output de-xuat-2014.csv
            """
    )

    @Option(name: .long, help: ArgumentHelp("The year to propose targets for; the data before it are used.", valueName: "year"))
    var year: Int

    @Option(name: .long, help: ArgumentHelp("Probabilities of reaching the proposed levels, comma-separated.", valueName: "c,c"))
    var confidence: String = "0.5,0.8"

    @OptionGroup var planning: PlanningOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        _ = try confidences()
    }

    func confidences() throws -> [Double] {
        let values = confidence.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil && $0! > 0 && $0! < 1 }) else {
            throw ValidationError("--confidence takes probabilities strictly between 0 and 1, such as 0.5,0.8; found \(confidence)")
        }
        return values.map { $0! }
    }

    func run() throws {
        let location = try common.location()
        let levels = try confidences()
        try Failure.guarding {
            try Output.checkDestination(options: common, inputs: location, workbook: true)
            let dataset = try common.loadDataset(location)
            guard !dataset.targets.isEmpty else { throw PlanningError.noTargets }
            let settings = planning.settings.attainment
            let (proposals, failures) = TargetProposal.propose(dataset: dataset, year: year, confidences: levels,
                                                               settings: settings.projection, reconciliation: settings.reconciliation)
            let report = ProposeReport(proposals, confidences: levels, year: year, dataset: dataset, language: common.lang)
            try Output.emit(text: { report.rendered(as: common.effectiveFormat, excel: common.excel) }, workbook: { report.workbook() }, options: common, inputs: location)
            for failure in failures { Failure.report("\(failure.unit)/\(failure.indicator) \(year): \(failure.reason)") }
        }
    }
}
