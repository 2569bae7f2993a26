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
        ("monthly target", "targets.csv", "unit,indicator,period,low,high,direction\np,revenue,2014-06,150,160,at_least\n",
         "2:11", "a year such as 2014"),
        ("quarterly target", "targets.csv", "unit,indicator,period,low,high\np,revenue,2014-Q2,150,160\n",
         "2:11", "a year such as 2014"),
        ("span target", "targets.csv", "unit,indicator,period,low,high\np,revenue,2014-01..2014-06,150,160\n",
         "2:11", "a year such as 2014"),
        ("quarterly band", "bands.csv", "unit,indicator,period,min_value,max_value,count\np,criteria,2014-Q2,9,19,3\n",
         "2:12", "a year such as 2014"),
    ]

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
}
