import Foundation
import Testing

@Suite struct OutputFileTests {
    let observations = CommandRunner.fixtures.appendingPathComponent("linear-panel/observations.csv")

    @Test func outputFileHoldsWhatStdoutWould() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("forecast.csv")
        let arguments = ["forecast", "--data", observations.path, "--indicator", "flow", "--horizon", "2", "--model", "linear", "--format", "csv"]
        let toFile = try CommandRunner.run(arguments + ["--output", target.path])
        #expect(toFile.status == 0, "\(toFile.stderr)")
        #expect(toFile.stdout.isEmpty)
        let toStdout = try CommandRunner.run(arguments)
        #expect(try String(contentsOf: target, encoding: .utf8) == toStdout.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["forecast.csv"], "no temporary file left")
    }

    @Test func neverOverwritesAnInput() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("observations.csv")
        try FileManager.default.copyItem(at: observations, to: input)
        let before = try Data(contentsOf: input)
        let result = try CommandRunner.run(["forecast", "--data", input.path, "--indicator", "flow", "--horizon", "1", "--model", "linear", "--output", input.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("refusing"))
        #expect(try Data(contentsOf: input) == before)
    }

    @Test func excelCSVHasByteOrderMarkAndNeutralisedFormulas() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("observations.csv")
        var text = "unit,indicator,period,value\n"
        for year in 2001...2008 { text += "=HYPERLINK(1),flow,\(year),\(100 + 3 * year - 6000 + (year % 3))\n" }
        try text.write(to: input, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["forecast", "--data", input.path, "--indicator", "flow", "--horizon", "1", "--model", "linear", "--excel"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\u{FEFF}unit,indicator,period,model,mean"))
        #expect(result.stdout.contains("\n'=HYPERLINK(1),flow,2009,linear,"))
    }
}
