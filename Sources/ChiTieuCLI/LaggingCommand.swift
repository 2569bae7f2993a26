import ArgumentParser
import Planning
import Reporting

struct LaggingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lagging",
        abstract: "Units ranked by risk, each with its reason and gap.",
        discussion: """
            A unit is listed when its own target is unlikely (P below --off-track), \
            when its growth is far below that of its peers (a robust z-score of −2 or \
            less among the children of its parent), when a commune is projected below \
            the band it was assigned, or when its projected progress since last year \
            is under half of what the target requires (UN ESCAP's anticipated-progress \
            ratio). Ranked by risk: 1 − P for targets and bands, a scaled z-score for peers.

            CSV columns: rank,unit,name,level,parent,indicator,reason,gap,measure,risk.

            Example:
              chitieu lagging --as-of 2014-06 --format csv --excel --output lagging.csv
            """
    )

    @OptionGroup var planning: PlanningOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        try PlanningCommand.run(common: common, planning: planning, sections: [.lagging])
    }
}
