import Foundation
import Testing

/// Every input of the fuzz corpus (Tests/FuzzCorpus: the seeds, and the
/// inputs that once crashed a target, kept once fixed) replayed through the
/// four targets of `chitieu-fuzz` with their properties checked; `make
/// fuzz` is the fuzzing itself.
@Suite struct FuzzCorpusReplayTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("FuzzCorpus")

    @Test func corpusReplaysWithoutAFailedProperty() throws {
        let fuzz = CommandRunner.executable.deletingLastPathComponent().appendingPathComponent("chitieu-fuzz")
        let folders = ["csv", "period", "number", "dataset"].map { Self.corpus.appendingPathComponent($0).path }
        let quoted = ([fuzz.path, "replay"] + folders).map { "'\($0)'" }.joined(separator: " ")
        let outcome = try CommandRunner.shell(quoted)
        #expect(outcome.status == 0, "\(outcome.stderr.prefix(600))")
        let count = try #require(outcome.stdout.split(separator: " ").dropFirst().first.flatMap { Int($0) })
        #expect(count >= 130, "\(outcome.stdout)")
    }
}
