import Foundation
import PropertyBased
import Testing

/// The order of the rows of a dataset's files says nothing: any shuffle of
/// the observations, units and targets of the planning panel gives the same
/// forecasts and the same attainment probabilities, byte for byte. (The
/// output's rows follow the order units first appear in, so the lines are
/// compared as a sorted list; each line must be the same.)
@Suite struct RowOrderPropertyTests {
    static func rows(_ file: String) throws -> (header: String, rows: [String]) {
        let text = try String(contentsOf: PlanningInputTests.panel.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        return (lines[0], Array(lines.dropFirst()))
    }

    /// Runs `arguments` on the panel with the three files' rows in the given orders.
    static func run(_ arguments: [String], observations: [String], units: [String], targets: [String]) throws -> CommandRunner.Outcome {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.copyItem(at: PlanningInputTests.panel, to: data)
        for (file, rows) in [("observations.csv", observations), ("units.csv", units), ("targets.csv", targets)] {
            let header = try Self.rows(file).header
            try ([header] + rows).joined(separator: "\n").appending("\n")
                .write(to: data.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return try CommandRunner.run(arguments.map { $0 == "DATA" ? data.path : $0 })
    }

    @Test func shuffledRowsGiveTheSameOutput() async throws {
        let (observations, units, targets) = (try Self.rows("observations.csv").rows, try Self.rows("units.csv").rows,
                                              try Self.rows("targets.csv").rows)
        let commands = [["forecast", "--data", "DATA", "--indicator", "revenue", "--horizon", "3", "--format", "csv"],
                        ["attain", "--data", "DATA", "--format", "csv"]]
        let reference = try commands.map { try Self.run($0, observations: observations, units: units, targets: targets) }
        for outcome in reference { #expect(outcome.status == 0, "\(outcome.stderr)") }
        let shuffles = PropertyBased.zip(Gen.shuffled(observations), Gen.shuffled(units), Gen.shuffled(targets))
        await propertyCheck(count: 6, input: shuffles) { o, u, t in
            for (command, expected) in zip(commands, reference) {
                let outcome = try? Self.run(command, observations: o, units: u, targets: t)
                let lines = { (text: String) in text.split(separator: "\n").sorted() }
                #expect(outcome.map { lines($0.stdout) } == lines(expected.stdout), "\(command[0]) differs after a shuffle")
            }
        }
    }
}
