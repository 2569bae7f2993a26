import ArgumentParser
import InputFiles
import Planning
import Reporting

/// What the planning commands share: load the data, run the review's
/// computations once, lay out the sections the command shows.
enum PlanningCommand {
    static func run(common: CommonOptions, planning: PlanningOptions, sections: [ReviewSection],
                    document: (PlanningReview, Dataset) -> ReviewDocument) throws {
        let location = try common.location()
        try Failure.guarding {
            let dataset = try common.loadDataset(location)
            guard !dataset.targets.isEmpty || !dataset.bands.isEmpty else {
                throw PlanningError.noTargets
            }
            let review = PlanningReview(dataset: dataset, settings: planning.settings)
            let report = ReviewReport(document(review, dataset), language: common.lang)
            try Output.emit(report.rendered(sections, as: common.effectiveFormat, excel: common.excel), options: common, inputs: location)
            for failure in review.attainment.failures {
                Failure.report("\(failure.target.unit)/\(failure.target.indicator) \(failure.target.period): \(failure.reason)")
            }
        }
    }
}
