import ChiTieu
import Foundation
import Testing

/// `chitieu describe` lists what a dataset holds; `--version` says which
/// chitieu this is (issue 19, item 14).
@Suite struct DescribeCommandTests {
    let panel = CommandRunner.fixtures.appendingPathComponent("planning-panel")

    @Test func csvListsEachIndicator() throws {
        let result = try CommandRunner.run(["describe", "--data", panel.path, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = csvRows(result.stdout)
        #expect(rows.first == ["indicator", "name", "measure", "units", "granularity", "first", "last", "values", "missing"])
        let criteria = try #require(rows.first { $0[0] == "criteria" })
        // Three yearly values (2011–2013) for each of the panel's communes.
        let communes = try String(contentsOf: panel.appendingPathComponent("units.csv"), encoding: .utf8)
            .split(separator: "\n").filter { $0.contains(",commune,") }.count
        #expect(criteria[3] == String(communes) && criteria[4] == "year" && criteria[5] == "2011" && criteria[6] == "2013")
        #expect(criteria[7] == String(3 * communes) && criteria[8] == "0")
    }

    @Test func tableSaysUnitsAndTargets() throws {
        let result = try CommandRunner.run(["describe", "--data", panel.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 province, 3 district"), "\(result.stdout)")
        #expect(result.stdout.contains("band targets"))
    }

    @Test func versionIsPrinted() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: ".").count == 3, "\(result.stdout)")
        // The command and the library report one version.
        #expect(result.stdout == LibraryVersion.current + "\n")
    }
}
