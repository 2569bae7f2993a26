import ArgumentParser
import Reporting

struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "What a dataset holds: its indicators, units, periods and targets.",
        discussion: """
            Reads and checks the dataset, then lists each indicator of the \
            observations: its name and measure (from indicators.csv), how many \
            units report it, at which granularities, its first and last period, \
            and how many values are given and left empty. Above the table: the \
            units per level and the number of targets and band targets. Use it \
            to find the --indicator names other commands take.

            CSV columns: indicator,name,measure,units,granularity,first,last,values,missing.

            Example:
              chitieu describe --data Datasets/vietnam-provinces
            """
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let location = try common.location()
        try Failure.guarding {
            try Output.checkDestination(options: common, inputs: location)
            let dataset = try common.loadDataset(location)
            let report = DatasetReport(dataset, language: common.lang)
            try Output.emit(report.rendered(as: common.effectiveFormat, excel: common.excel), options: common, inputs: location)
        }
    }
}
