import ArgumentParser
import InputFiles
import Planning
import Reporting

/// What the planning commands share: load the data, run the review's
/// computations once, lay out the sections the command shows.
enum PlanningCommand {
    ///
    /// `document` lays the review out (default: every target and lagging
    /// unit); a command that shows only the bands computes only the bands.
    static func run(common: CommonOptions, planning: PlanningOptions, sections: [ReviewSection],
                    document: ((PlanningReview, Dataset) -> ReviewDocument)? = nil) throws {
        let location = try common.location()
        try Failure.guarding {
            try Output.checkDestination(options: common, inputs: location, workbook: true)
            let dataset = try common.loadDataset(location)
            guard !dataset.targets.isEmpty || !dataset.bands.isEmpty else {
                throw PlanningError.noTargets
            }
            let review = PlanningReview(dataset: dataset, settings: planning.settings, targets: sections != [.bands])
            let laidOut = document?(review, dataset) ?? ReviewDocument(review: review, dataset: dataset, language: common.lang)
            let report = ReviewReport(laidOut, language: common.lang)
            try Output.emit(text: { report.rendered(sections, as: common.effectiveFormat, excel: common.excel) }, workbook: { report.workbook(sections) }, options: common, inputs: location)
            for failure in review.attainment.failures {
                Failure.report("\(failure.target.unit)/\(failure.target.indicator) \(failure.target.period): \(failure.reason)")
            }
            for projection in review.attainment.projections {
                if let note = projection.reconciliation?.note {
                    Failure.report("\(projection.indicator) \(projection.year): \(note)")
                }
            }
        }
    }
}
