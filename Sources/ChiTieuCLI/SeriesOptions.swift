import ArgumentParser
import InputFiles

/// Which series a command works on, and the interval levels it reports:
/// the options `forecast` and `backtest` share.
struct SeriesOptions: ParsableArguments {
    @Option(name: .long, help: "The indicator, as the observations file names it.")
    var indicator: String

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A unit to include (repeat, or separate with commas). Default: every unit that has the indicator.", valueName: "unit"))
    var unit: [String] = []

    @Option(name: .long, help: ArgumentHelp("Which values to use when an indicator has several: year, quarter or month. Default: each unit's yearly values where it has any.", valueName: "granularity"))
    var granularity: Granularity?

    @Option(name: .long, help: ArgumentHelp("Prediction interval levels in percent, separated by commas.", valueName: "levels"))
    var level: String = "80,95"

    func validate() throws {
        _ = try levels()
    }

    /// The units asked for, nil for every unit that has the indicator.
    var units: [String]? {
        let names = unit.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
        return names.isEmpty ? nil : names
    }

    func levels() throws -> [Double] {
        let parts = level.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        return try parts.map { text in
            guard let value = Double(text), value > 0, value < 100 else {
                throw ValidationError("--level takes percentages between 0 and 100 separated by commas, e.g. 80,95; found '\(text)'")
            }
            return value
        }
    }
}

extension Granularity: ExpressibleByArgument {
    public init?(argument: String) {
        guard let value = Granularity(rawValue: argument), value != .span else { return nil }
        self = value
    }

    public static var allValueStrings: [String] { ["year", "quarter", "month"] }
}
