import ArgumentParser
import Planning
import Reporting

struct BandsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bands",
        abstract: "How many units will be in each band, and how likely each band target is met.",
        discussion: """
            For every band target ("at least 8 communes at 14–19 criteria"): the \
            expected number of units in the band, its 95% interval, and P(target met).

            Each commune's count of criteria met is projected by a model pooled over \
            all communes (year-on-year changes by level, with district effects) or by \
            its own saturating trend, whichever a backtest on the last observed year \
            scores better (ranked probability score). The number of communes in a band \
            is simulated with a shared shock per district, so that communes of one \
            district are not treated as independent.

            CSV columns: unit,indicator,period,min_value,max_value,count,units,expected,lo_95,hi_95,p_met,status.

            Example:
              chitieu bands --as-of 2014-06 --lang vi
            """
    )

    @OptionGroup var planning: PlanningOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        try PlanningCommand.run(common: common, planning: planning, sections: [.bands])
    }
}
