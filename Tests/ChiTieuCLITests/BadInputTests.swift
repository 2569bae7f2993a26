import Foundation
import Testing

/// A malformed file gets exit code 65, a message naming file, line and
/// column, and no output file.
@Suite struct BadInputTests {
    func runOn(_ text: String) throws -> (CommandRunner.Outcome, outputLeft: Bool, path: String) {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("observations.csv")
        try Data(text.utf8).write(to: input)
        let output = folder.appendingPathComponent("out.csv")
        let result = try CommandRunner.run(["forecast", "--data", input.path, "--indicator", "flow", "--horizon", "1", "--model", "linear", "--format", "csv", "--output", output.path])
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "observations.csv" }
        return (result, !left.isEmpty, input.path)
    }

    @Test func nonNumericValue() throws {
        let (result, left, path) = try runOn("unit,indicator,period,value\na,flow,2001,1\na,flow,2002,abc\na,flow,2003,3\n")
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("\(path):3:13: expected"), "\(result.stderr)")
        #expect(!left)
    }

    @Test func badPeriod() throws {
        let (result, left, path) = try runOn("unit,indicator,period,value\na,flow,2001,1\na,flow,2002-13,2\n")
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("\(path):3:8: expected"), "\(result.stderr)")
        #expect(!left)
    }

    @Test func wrongColumnCount() throws {
        let (result, left, path) = try runOn("unit,indicator,period,value\na,flow,2001,1\na,flow,2002\n")
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("\(path):3:"), "\(result.stderr)")
        #expect(!left)
    }
}
