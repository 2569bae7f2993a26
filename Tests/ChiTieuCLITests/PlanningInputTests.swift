import Foundation
import Testing

/// Targets and bands that cannot mean what they say are refused with exit
/// 65 and their position, never scored against the wrong figure (issue 19).
@Suite struct PlanningInputTests {
    static let panel = CommandRunner.fixtures.appendingPathComponent("planning-panel")

    /// Runs `attain` on the planning panel with one file replaced by `text`.
    func attain(replacing file: String, with text: String, _ extra: [String] = []) throws -> (CommandRunner.Outcome, path: String) {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.copyItem(at: Self.panel, to: data)
        let path = data.appendingPathComponent(file).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["attain", "--data", data.path, "--format", "csv"] + extra)
        return (result, path)
    }

    static let refused: [(kind: String, file: String, text: String, position: String, says: String)] = [
        ("target for an unknown unit", "targets.csv", "unit,indicator,period,low,high\np,revenue,2014,1750,1850\nd9,revenue,2014,1,2\n",
         "3:1", "a unit of the units file"),
        ("target for an unknown indicator", "targets.csv", "unit,indicator,period,low,high\np,revenu,2014,1750,1850\n",
         "2:3", "an indicator of the observations file"),
        ("band for an unknown unit", "bands.csv", "unit,indicator,period,min_value,max_value,count\nq,criteria,2014,9,19,3\n",
         "2:1", "a unit of the units file that has child units"),
        ("band for a unit without children", "bands.csv", "unit,indicator,period,min_value,max_value,count\nc01,criteria,2014,9,19,3\n",
         "2:1", "a unit of the units file that has child units"),
        ("band on an indicator with no yearly values", "bands.csv", "unit,indicator,period,min_value,max_value,count\np,revenue,2014,9,19,3\n",
         "2:3", "an indicator with yearly values to count (revenue has none"),
        ("band for an unknown indicator", "bands.csv", "unit,indicator,period,min_value,max_value,count\np,criterion,2014,9,19,3\n",
         "2:3", "an indicator of the observations file"),
        ("monthly target", "targets.csv", "unit,indicator,period,low,high,direction\np,revenue,2014-06,150,160,at_least\n",
         "2:11", "a year such as 2014"),
        ("quarterly target", "targets.csv", "unit,indicator,period,low,high\np,revenue,2014-Q2,150,160\n",
         "2:11", "a year such as 2014"),
        ("span target", "targets.csv", "unit,indicator,period,low,high\np,revenue,2014-01..2014-06,150,160\n",
         "2:11", "a year such as 2014"),
        ("quarterly band", "bands.csv", "unit,indicator,period,min_value,max_value,count\np,criteria,2014-Q2,9,19,3\n",
         "2:12", "a year such as 2014"),
    ]

    /// The planning panel's observations with line 228 (`c01,criteria,2012,2`) replaced.
    static func observations(line228 replacement: String) throws -> String {
        var lines = try String(contentsOf: panel.appendingPathComponent("observations.csv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[227] = replacement
        return lines.joined(separator: "\n")
    }

    static let refusedCounts: [(value: String, says: String)] = [
        ("25", "a count from 0 to 19 (criteria is counted by band targets), found \"25\""),
        ("-1", "a count from 0 to 19"),
        ("7.5", "a count from 0 to 19"),
    ]

    /// A count a band target counts must be a whole number in range, or the
    /// unit would drop out of the count (issue 19, item 6).
    @Test(arguments: refusedCounts)
    func countOutOfRangeIsRefused(value: String, says: String) throws {
        let (result, path) = try attain(replacing: "observations.csv", with: try Self.observations(line228: "c01,criteria,2012,\(value)"))
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("\(path):228:19: expected \(says)"), "\(result.stderr)")
    }

    @Test(arguments: refused.indices)
    func refusedWithPosition(_ index: Int) throws {
        let bad = Self.refused[index]
        let (result, path) = try attain(replacing: bad.file, with: bad.text)
        #expect(result.status == 65, "\(bad.kind): \(result.stderr)")
        #expect(result.stderr.hasPrefix("\(path):\(bad.position): expected "), "\(bad.kind): \(result.stderr)")
        #expect(result.stderr.contains(bad.says), "\(bad.kind): \(result.stderr)")
        #expect(result.stdout.isEmpty, "\(bad.kind)")
    }

    /// A unit tree deeper than any administration is refused at once, not
    /// walked quadratically (issue 19, item 12).
    @Test func deepUnitTreeIsRefused() throws {
        var text = "unit,name,level,parent\np,Province,province,\nd1,District 1,district,p\nd2,District 2,district,p\nd3,District 3,district,p\n"
        for depth in 0..<40 { text += "x\(depth),X,agency,\(depth == 0 ? "d1" : "x\(depth - 1)")\n" }
        let (result, path) = try attain(replacing: "units.csv", with: text)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("\(path):37:"), "\(result.stderr)")
        #expect(result.stderr.contains("at most 32 levels deep"), "\(result.stderr)")
    }

    /// Requests no real use makes get a usage message, exit 64.
    @Test(arguments: [
        (["attain", "--paths", "100000000"], "--paths must be from 100 to 100000, found 100000000"),
        (["forecast", "--indicator", "revenue", "--horizon", "1000000"], "--horizon must be from 1 to 1200, found 1000000"),
        (["forecast", "--indicator", "revenue", "--horizon", "-1"], "--horizon must be from 1 to 1200, found -1"),
        (["backtest", "--indicator", "revenue", "--horizon", "2", "--origins", "5000"], "--origins must be from 1 to 1000, found 5000"),
    ])
    func limitsAreUsageErrors(arguments: [String], says: String) throws {
        let result = try CommandRunner.run(arguments + ["--data", Self.panel.path])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains(says), "\(result.stderr)")
    }

    /// A target that cannot be projected (here: a unit with no values of the
    /// indicator) stays in the output, in its place, as not_scored with its
    /// reason in the note column (issue 19, item 11).
    @Test func unscoredTargetStaysWithItsReason() throws {
        let text = "unit,indicator,period,low,high\np,revenue,2014,1750,1850\nc01,revenue,2014,1,2\nd1,revenue,2014,850,850\n"
        let (result, _) = try attain(replacing: "targets.csv", with: text)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = csvRows(result.stdout)
        #expect(rows.first?.last == "note")
        let units = rows.dropFirst().map { $0[0] }
        #expect(units == ["p", "c01", "d1"], "\(units)")
        let c01 = try #require(rows.first { $0[0] == "c01" })
        #expect(c01[10] == "not_scored" && c01[5].isEmpty && c01[8].isEmpty)
        #expect(c01.last?.contains("no observations of revenue for c01") == true, "\(c01)")
        #expect(rows.first { $0[0] == "p" }?.last == "", "a scored target has an empty note")
        let table = try attain(replacing: "targets.csv", with: text, ["--format", "table"]).0
        #expect(table.stdout.contains("Not scored") && table.stdout.contains("no observations of revenue for c01"), "\(table.stdout)")
    }
}
