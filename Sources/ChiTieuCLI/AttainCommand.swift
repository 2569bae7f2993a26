import ArgumentParser
import Planning
import Reporting

struct AttainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attain",
        abstract: "How likely each target is to be met, and its status.",
        discussion: """
            For every target of the targets file: the projected value of the target \
            period (the median of its predictive distribution), the 80% and 95% \
            intervals, p_low = P(reaching low), p_high = P(reaching high), and the \
            status on_track (p ≥ --on-track), off_track (p < --off-track) or at_risk. \
            For an at_most target, p_low and p_high are P(staying at or under low, high).

            With --as-of 2014-06 the year is what January–June brought plus a \
            forecast of the rest: by a model on the months, or by the share of the \
            year January–June carried in past years, whichever a backtest of past \
            years at the same month found more accurate. Where units form a tree, \
            their projections are reconciled so that a province equals the sum of \
            its districts (--reconcile). Targets on a banded indicator (criteria met \
            by each commune) use the bands' per-commune model.

            A target that cannot be projected (a unit with too few values, say) stays \
            in the output as not_scored, its reason in the note column.

            CSV columns: unit,indicator,period,low,high,projected,lo_95,hi_95,p_low,p_high,status, \
            then lo_80,hi_80,direction,method,calibration,basis,note.

            Example:
              chitieu attain --as-of 2014-06 --format csv --output attain-2014-06.csv
            """
    )

    @OptionGroup var planning: PlanningOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        try PlanningCommand.run(common: common, planning: planning, sections: [.targets])
    }
}
