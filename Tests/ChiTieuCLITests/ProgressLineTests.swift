@testable import ChiTieuCLI
import Foundation
import ParallelWork
import Testing

/// The progress line: on a terminal only, erased when the command ends,
/// silenced by --quiet, never in a file or pipe (issue 11, item 4).
@Suite struct ProgressLineTests {
    /// Runs `chitieu` with `script`, which gives it a terminal (util-linux,
    /// part of every Debian), and returns what the terminal received.
    func onTerminal(_ arguments: String) throws -> String {
        let output = try CommandRunner.temporaryFolder().appendingPathComponent("out.csv").path
        let command = "CHITIEU_PROGRESS_AFTER=0 '\(CommandRunner.executable.path)' \(arguments) --output '\(output)'"
        let outcome = try CommandRunner.shell("script -qec \"\(command)\" /dev/null")
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        #expect(FileManager.default.fileExists(atPath: output))
        return outcome.stdout
    }

    static let forecast = "forecast --indicator budget_revenue --horizon 12 --model ets --format csv"

    @Test func aTerminalSeesTheStepsAndTheLineIsErased() throws {
        let seen = try onTerminal(Self.forecast)
        #expect(seen.contains("\r\u{1B}[Kchitieu: forecasting budget_revenue"))
        // Erased before the command's own message, and never drawn again after it.
        let message = try #require(seen.range(of: "\r\u{1B}[Kchitieu: intervals calibrated across the panel"))
        #expect(!seen[message.upperBound...].contains("\u{1B}"))
    }

    /// A result printed on the terminal starts on a clean line: the progress
    /// line is erased before it, and not drawn again over it.
    @Test func aResultOnTheTerminalIsNotWrittenOverTheLine() throws {
        // --calibrate none: no message that would erase the line first.
        let command = "CHITIEU_PROGRESS_AFTER=0 '\(CommandRunner.executable.path)' \(Self.forecast) --calibrate none"
        let seen = try CommandRunner.shell("script -qec \"\(command)\" /dev/null").stdout
        let header = try #require(seen.range(of: "unit,indicator,period,model,mean"))
        let before = seen[..<header.lowerBound]
        // By scalars: the terminal ends lines with "\r\n", one Character that is not "\n".
        #expect(before.isEmpty || before.unicodeScalars.last == "\n" || before.hasSuffix("\r\u{1B}[K"), "\(before.suffix(80).debugDescription)")
        #expect(!seen[header.lowerBound...].contains("\u{1B}"))
    }

    @Test func quietSilencesIt() throws {
        let seen = try onTerminal(Self.forecast + " --quiet")
        #expect(!seen.contains("\u{1B}") && !seen.contains("forecasting budget_revenue"))
        #expect(seen.hasPrefix("chitieu: intervals calibrated across the panel"))
    }

    @Test func aPipeGetsNothingExtra() throws {
        let outcome = try CommandRunner.shell("CHITIEU_PROGRESS_AFTER=0 '\(CommandRunner.executable.path)' \(Self.forecast)")
        #expect(outcome.status == 0)
        #expect(!outcome.stderr.contains("\u{1B}") && !outcome.stderr.contains("\r"))
        #expect(!outcome.stdout.contains("\u{1B}") && !outcome.stdout.contains("\r"))
    }

    @Test func theLineSaysRateAndTimeLeft() {
        let text = ProgressLine.text(WorkProgress.Snapshot(phase: "forecasting revenue", items: "series fitted", done: 120_000, total: 200_000, seconds: 4))
        #expect(text == "chitieu: forecasting revenue · 120,000/200,000 series fitted · 30,000/s · 3 s left")
        #expect(ProgressLine.text(WorkProgress.Snapshot(phase: "reading a.csv", items: "MB", done: 40_000_000, total: 86_000_000, seconds: 2))
            == "chitieu: reading a.csv · 40/86 MB · 20 MB/s · 3 s left")
        #expect(ProgressLine.text(WorkProgress.Snapshot(phase: "counting units in criteria bands", items: nil, done: 0, total: 0, seconds: 9))
            == "chitieu: counting units in criteria bands")
    }
}
