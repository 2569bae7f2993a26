import Foundation
import Testing

/// The same command prints the same bytes on one core and on two
/// (`CHITIEU_THREADS`): batch fits run in parallel, and every unit's draws
/// come from its own seed, so neither the order of work nor the number of
/// workers may change a digit (issue 11, item 5).
@Suite struct ThreadCountTests {
    func run(_ threads: Int, _ arguments: String) throws -> CommandRunner.Outcome {
        try CommandRunner.shell("CHITIEU_THREADS=\(threads) '\(CommandRunner.executable.path)' \(arguments)")
    }

    @Test(arguments: ["review --as-of 2014-06 --format csv",
                      // Also two processes: a chart drew a target's two lines in a Set's order, which changes from run to run.
                      "review --as-of 2014-06 --format html",
                      "attain --as-of 2014-06 --format json",
                      "forecast --indicator budget_revenue --horizon 12 --format csv",
                      "backtest --indicator budget_revenue --horizon 6 --format csv"])
    func oneCoreAndTwoAgree(_ arguments: String) throws {
        let one = try run(1, arguments), two = try run(2, arguments)
        #expect(one.status == 0 && two.status == 0, "\(one.stderr) \(two.stderr)")
        #expect(!one.stdout.isEmpty && one.stdout == two.stdout)
    }
}
