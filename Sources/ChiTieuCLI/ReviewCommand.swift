import ArgumentParser
import Planning
import Reporting

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "The mid-year risk review: every target, the pace needed, bands, lagging units.",
        discussion: """
            One report for the review meeting: a headline table of every target \
            (projection, interval, probability, status), the pace the rest of the \
            year needs against past years, the band targets, the units lagging \
            (the \(ReviewCommand.laggingShown) at highest risk; `chitieu lagging` lists all), and \
            what each number rests on. Commune targets of a banded indicator are \
            summed up in the bands and the lagging list.

            --format html writes one self-contained page (no scripts, fonts or \
            other files) with a fan chart of each target's series and a chart of \
            each band's distribution; csv and json give the numbers.

            At year end (--as-of 2013-12, or --as-of 2013), the year is complete and \
            the review is the year-end summary instead, as `chitieu assess --year 2013`.

            Example:
              chitieu review --as-of 2014-06 --lang vi --format html --output review-2014-06.html
            """
    )

    static let laggingShown = 25

    @OptionGroup var planning: PlanningOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        // At year end there is nothing left to project: the year-end summary
        // (`chitieu assess`) with the review re-run at March, June and September.
        if let asOf = planning.asOf, asOf.granularity == .year || (asOf.granularity == .month && asOf.lastMonth == 12) {
            try AssessCommand.run(years: asOf.year...asOf.year, hindcast: [3, 6, 9], planning: planning, common: common)
            return
        }
        try PlanningCommand.run(common: common, planning: planning, sections: ReviewSection.allCases) { review, dataset in
            ReviewDocument(review: review, dataset: dataset, language: common.lang, bandedTargets: false,
                           laggingLimit: Self.laggingShown)
        }
    }
}
