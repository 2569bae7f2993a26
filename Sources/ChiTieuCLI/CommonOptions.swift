import ArgumentParser
import InputFiles
import Reporting

/// Options every command takes: where the data are, how to write the result.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A dataset folder (observations.csv and, where present, units.csv, targets.csv, bands.csv), an observations file, or an .xlsx workbook (sheets observations, units, targets, bands). Default: the bundled Sơn La dataset.", valueName: "dir|file"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("In a workbook, the sheet of observations: the long layout (unit, indicator, period, value) or the wide one (unit, indicator, then a column per period).", valueName: "name"))
    var sheet: String?

    @Option(name: .long, help: ArgumentHelp("A units file (unit,name,level,parent), when --data names a file.", valueName: "file"))
    var units: String?

    @Option(name: .long, help: ArgumentHelp("A targets file (unit,indicator,period,low,high[,direction]), when --data names a file.", valueName: "file"))
    var targets: String?

    @Option(name: .long, help: ArgumentHelp("A bands file (unit,indicator,period,min_value,max_value,count), when --data names a file.", valueName: "file"))
    var bands: String?

    @Flag(name: .long, help: "Numbers in the files are written Vietnamese style: 2.100,5 for 2100.5.")
    var decimalComma = false

    @Option(name: .long, help: ArgumentHelp("table, csv, json, markdown or html.", valueName: "format"))
    var format: OutputFormat = .table

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of the terminal (written whole or not at all).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Language of what people read: vi or en.", valueName: "lang"))
    var lang: Language = .en

    @Flag(name: .long, help: "CSV for Excel: a byte-order mark so Excel reads Vietnamese, and text cells Excel would run as formulas neutralised.")
    var excel = false

    @Flag(name: .long, help: "No progress line. On a terminal, a command that takes more than a second shows on standard error what it is doing, how far it has got and the time left; redirected, it never does.")
    var quiet = false

    /// --excel asks for CSV, so it turns the default table into CSV.
    var effectiveFormat: OutputFormat {
        excel && format == .table ? .csv : format
    }

    /// Reads and checks the dataset. When it has problems, every one of them
    /// (up to 20) is reported, so a person can mend the file in one pass.
    func loadDataset(_ location: DatasetLocation) throws -> Dataset {
        let numbers = NumberStyle(decimalComma: decimalComma)
        do {
            return try Dataset.load(location, numbers: numbers)
        } catch {
            let all = Dataset.problems(in: location, numbers: numbers, limit: 20)
            throw InputProblems(problems: all.isEmpty ? [error] : all)
        }
    }

    /// The dataset's files, from --data and the single-file options.
    func location() throws -> DatasetLocation {
        try Failure.guarding { try DatasetLocator.locate(data: data, units: units, targets: targets, bands: bands, sheet: sheet) }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// A command with the common options: its --quiet decides the progress line.
protocol TakesCommonOptions {
    var common: CommonOptions { get }
}

extension AssessCommand: TakesCommonOptions {}
extension AttainCommand: TakesCommonOptions {}
extension BacktestCommand: TakesCommonOptions {}
extension BandsCommand: TakesCommonOptions {}
extension DescribeCommand: TakesCommonOptions {}
extension ForecastCommand: TakesCommonOptions {}
extension LaggingCommand: TakesCommonOptions {}
extension ProposeCommand: TakesCommonOptions {}
extension ReviewCommand: TakesCommonOptions {}
