import Foundation
import Testing

/// A malformed file gets exit code 65, a message naming file, line and
/// column, and no output file.
@Suite struct BadInputTests {
    func runOn(_ text: String) throws -> (CommandRunner.Outcome, outputLeft: Bool, path: String) {
        try runOn(bytes: Array(text.utf8))
    }

    func runOn(bytes: [UInt8]) throws -> (CommandRunner.Outcome, outputLeft: Bool, path: String) {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("observations.csv")
        try Data(bytes).write(to: input)
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

    /// Each kind of broken file, with the line and column the message must name.
    static let brokenFiles: [(kind: String, bytes: [UInt8], position: String, says: String)] = [
        ("unterminated quote", Array("unit,indicator,period,value\na,flow,2001,1\n\"a,flow,2002,2\na,flow,2003,3\n".utf8), "3:1", "closing quote"),
        ("quote inside an unquoted field", Array("unit,indicator,period,value\na,flow,2001,1\na,fl\"ow,2002,2\n".utf8), "3:5", "no quote inside an unquoted field"),
        ("text after a closing quote", Array("unit,indicator,period,value\na,flow,2001,1\n\"a\"x,flow,2002,2\n".utf8), "3:4", "after a closing quote"),
        ("Windows-1258 export", Array("unit,indicator,period,value\nS".utf8) + [0xF5] + Array("n La,flow,2001,1\n".utf8), "2:2", "UTF-8"),
        ("UTF-16", [0xFF, 0xFE] + Array("unit".utf8).flatMap { [$0, 0] }, "1:1", "found UTF-16"),
        ("mixed granularity", Array("unit,indicator,period,value\na,flow,2001-01,1\na,flow,2001-Q2,2\n".utf8), "3:8", "one in-year granularity"),
        ("duplicate period", Array("unit,indicator,period,value\na,flow,2001,1\nb,flow,2001,1\na,flow,2001,2\n".utf8), "4:8", "already on line 2"),
        ("a value past 1e18", Array("unit,indicator,period,value\na,flow,2001,1\na,flow,2002,1e308\n".utf8), "3:13", "between -1e18 and 1e18"),
        ("a value past -1e18", Array("unit,indicator,period,value\na,flow,2001,1\na,flow,2002,-2e300\n".utf8), "3:13", "between -1e18 and 1e18"),
        ("semicolons", Array("unit;indicator;period;value\na;flow;2001;1\n".utf8), "1:1", "this file seems to separate them with semicolons (;)"),
        ("tabs", Array("unit\tindicator\tperiod\tvalue\na\tflow\t2001\t1\n".utf8), "1:1", "this file seems to separate them with tabs"),
        ("overlapping spans", Array("unit,indicator,period,value\na,flow,2001-01..2001-06,1\na,flow,2001-05..2001-08,2\n".utf8), "3:8", "do not overlap"),
    ]

    @Test(arguments: brokenFiles.indices)
    func brokenFileIsRefused(_ index: Int) throws {
        let broken = Self.brokenFiles[index]
        let (result, left, path) = try runOn(bytes: broken.bytes)
        #expect(result.status == 65, "\(broken.kind)")
        #expect(result.stderr.hasPrefix("\(path):\(broken.position): expected "), "\(broken.kind): \(result.stderr)")
        #expect(result.stderr.contains(broken.says), "\(broken.kind): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!left, "\(broken.kind): an output file was left")
    }

    /// A 10 MB cell is named by its start and length, not echoed whole.
    @Test func hugeFieldIsCutInTheMessage() throws {
        let huge = String(repeating: "x", count: 10_000_000)
        let (result, _, path) = try runOn("unit,indicator,period,value\na,flow,2001,1\na,flow,2002,\(huge)\n")
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("\(path):3:13: expected"))
        #expect(result.stderr.contains("…\" (10000000 characters)"), "\(result.stderr.prefix(300))")
        #expect(result.stderr.utf8.count < 1_000)
    }

    /// Header names are read without case or surrounding spaces.
    @Test func headerNamesIgnoreCase() throws {
        let (result, _, _) = try runOn("Unit, INDICATOR ,Period,Value\na,flow,2001,1\na,flow,2002,2\na,flow,2003,3\n")
        #expect(result.status == 0, "\(result.stderr)")
    }
}
