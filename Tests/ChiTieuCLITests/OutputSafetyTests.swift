import Foundation
import Testing

/// Where output goes must never crash the program, replace something that
/// is not a regular file, or overwrite a file the command read (issue 19,
/// items 8–10).
@Suite struct OutputSafetyTests {
    let panel = CommandRunner.fixtures.appendingPathComponent("planning-panel")
    let observations = CommandRunner.fixtures.appendingPathComponent("linear-panel/observations.csv")
    var forecast: [String] { ["forecast", "--data", observations.path, "--indicator", "flow", "--horizon", "2", "--model", "linear", "--format", "csv"] }

    func shellQuoted(_ arguments: [String]) -> String {
        arguments.map { "'\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }.joined(separator: " ")
    }

    @Test(arguments: ["> /dev/full", ">&-"])
    func unwritableStandardOutputIsOneLineAndExit1(redirection: String) throws {
        let result = try CommandRunner.shell("\(shellQuoted([CommandRunner.executable.path] + forecast)) \(redirection)")
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("chitieu: cannot write standard output: "))
    }

    @Test func deviceNodeIsWrittenInPlaceNotReplaced() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let device = folder.appendingPathComponent("null")
        // A private null device (major 1, minor 3): only root may make one.
        let made = try CommandRunner.shell("mknod '\(device.path)' c 1 3")
        try #require(made.status == 0 || getuid() != 0, "\(made.stderr)")
        guard made.status == 0 else { return }
        let result = try CommandRunner.run(forecast + ["--output", device.path])
        #expect(result.status == 0, "\(result.stderr)")
        let type = try FileManager.default.attributesOfItem(atPath: device.path)[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial, "the device node is still a device")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["null"], "no temporary file left")
    }

    @Test func fullDeviceIsAnErrorAndStaysADevice() throws {
        let result = try CommandRunner.run(forecast + ["--output", "/dev/full"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write /dev/full"), "\(result.stderr)")
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    @Test func symbolicLinkStaysAndItsFileIsWritten() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real.csv")
        let link = folder.appendingPathComponent("link.csv")
        try "old\n".write(to: real, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        let result = try CommandRunner.run(forecast + ["--output", link.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(try String(contentsOf: real, encoding: .utf8).hasPrefix("unit,indicator,period"))
    }

    @Test func hardLinkKeepsBothNames() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first.csv")
        let second = folder.appendingPathComponent("second.csv")
        try "old\n".write(to: first, atomically: true, encoding: .utf8)
        try FileManager.default.linkItem(at: first, to: second)
        let result = try CommandRunner.run(forecast + ["--output", second.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: first, encoding: .utf8).hasPrefix("unit,indicator,period"), "the other name sees the new text")
        #expect(try String(contentsOf: first, encoding: .utf8) == String(contentsOf: second, encoding: .utf8))
    }

    /// Every file the command read is protected: the indicators file of a
    /// dataset folder, and an input reached through a hard link.
    @Test func everyInputIsProtected() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.copyItem(at: panel, to: data)
        let indicators = data.appendingPathComponent("indicators.csv")
        let alias = folder.appendingPathComponent("alias.csv")
        try FileManager.default.linkItem(at: data.appendingPathComponent("targets.csv"), to: alias)
        let before = try FileManager.default.contentsOfDirectory(atPath: data.path).sorted().map {
            try Data(contentsOf: data.appendingPathComponent($0))
        }
        for destination in [indicators, alias] {
            let result = try CommandRunner.run(["attain", "--data", data.path, "--format", "csv", "--output", destination.path])
            #expect(result.status == 64, "\(destination.lastPathComponent): \(result.stderr)")
            #expect(result.stderr.contains("refusing to write the output over the input file"))
        }
        let after = try FileManager.default.contentsOfDirectory(atPath: data.path).sorted().map {
            try Data(contentsOf: data.appendingPathComponent($0))
        }
        #expect(before == after)
    }
}
