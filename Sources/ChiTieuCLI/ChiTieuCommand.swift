import ArgumentParser
import ChiTieu

@main
struct ChiTieuCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chitieu",
        abstract: "Forecasts and target attainment for planners.",
        discussion: """
            ChiTieu ("chỉ tiêu": target, indicator) forecasts the indicators a \
            province plans against and tells how likely each target is to be met. \
            Without --data it works on the bundled Sơn La dataset.

            Exit codes: 0 success, 64 bad usage, 65 bad input data (the message \
            names file, line and column), 1 anything else.
            """,
        version: LibraryVersion.current,
        subcommands: [ReviewCommand.self, AttainCommand.self, BandsCommand.self, LaggingCommand.self, AssessCommand.self, ProposeCommand.self, ForecastCommand.self, BacktestCommand.self,
                      DescribeCommand.self]
    )

    /// Parses and runs the command as ArgumentParser does, with the progress
    /// line (`ProgressLine`) drawn while it runs and erased before it ends.
    static func main() {
        do {
            var command = try parseAsRoot()
            ProgressLine.start(quiet: (command as? any TakesCommonOptions)?.common.quiet ?? true)
            do {
                try command.run()
            } catch {
                ProgressLine.stop()
                exit(withError: error)
            }
            ProgressLine.stop()
        } catch {
            exit(withError: error)
        }
    }
}
