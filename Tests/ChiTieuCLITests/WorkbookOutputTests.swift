import Foundation
import InputFiles
import Testing

/// `--format xlsx`: the tables of `forecast`, `attain`, `bands`, `lagging`
/// and `review` as sheets of a workbook, read back by ChiTieu's own reader
/// and compared with the same command's CSV.
@Suite struct WorkbookOutputTests {
    static let panel = PlanningInputTests.panel.path

    /// Runs a command to a workbook and returns its sheets' rows as text.
    func workbook(_ arguments: [String]) throws -> [String: [[String]]] {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.xlsx").path
        let outcome = try CommandRunner.run(arguments + ["--format", "xlsx", "--output", path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        let book = try Workbook(path: path)
        var sheets: [String: [[String]]] = [:]
        for name in book.sheetNames {
            sheets[name] = try book.reader(sheet: name).readAll().map { $0.fields.map(\.value) }
        }
        return sheets
    }

    func csv(_ arguments: [String]) throws -> [[String]] {
        let outcome = try CommandRunner.run(arguments + ["--format", "csv"])
        return try CSVReader(text: outcome.stdout, file: "out.csv").readAll().map { $0.fields.map(\.value) }
    }

    @Test func attainSheetHoldsTheCSVNumbers() throws {
        let arguments = ["attain", "--data", Self.panel]
        let sheets = try workbook(arguments)
        #expect(Array(sheets.keys) == ["Targets"])
        let rows = try #require(sheets["Targets"])
        let table = try csv(arguments)
        #expect(rows[0].prefix(4) == ["unit", "indicator", "period", "target low"])
        #expect(rows.count == table.count)
        // projected, P(reach low), P(reach high): the same doubles as the CSV's.
        for (row, line) in zip(rows.dropFirst(), table.dropFirst()) {
            #expect(Double(row[5]) == Double(line[5]) && Double(row[10]) == Double(line[8]) && Double(row[11]) == Double(line[9]))
        }
    }

    @Test func reviewInVietnameseHasASheetPerTable() throws {
        let sheets = try workbook(["review", "--data", Self.panel, "--lang", "vi"])
        #expect(Set(sheets.keys) == ["Chỉ tiêu", "Tiến độ", "Nhóm tiêu chí", "Đơn vị chậm"])
        #expect(sheets["Chỉ tiêu"]?.first?.first == "đơn vị")
        #expect(sheets["Chỉ tiêu"]?.dropFirst().contains { $0.contains("Khả năng đạt") || $0.contains("Khó đạt") } == true)
    }

    @Test func forecastSheetHoldsTheCSVNumbers() throws {
        let arguments = ["forecast", "--data", Self.panel, "--indicator", "revenue", "--horizon", "3", "--model", "drift"]
        let rows = try #require(try workbook(arguments).values.first)
        let table = try csv(arguments)
        #expect(rows.count == table.count)
        for (row, line) in zip(rows.dropFirst(), table.dropFirst()) {
            #expect(row[0] == line[0] && row[3] == line[2] && row[4] == line[3])
            #expect(Array(row[5...]).map { Double($0) } == Array(line[4...]).map { Double($0) })
        }
    }

    @Test func xlsxNeedsAFileAndACommandWithTables() throws {
        let noFile = try CommandRunner.run(["attain", "--data", Self.panel, "--format", "xlsx"])
        #expect(noFile.status == 64 && noFile.stderr.contains("name the file with --output"))
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let describe = try CommandRunner.run(["describe", "--data", Self.panel, "--format", "xlsx", "--output", folder.appendingPathComponent("d.xlsx").path])
        #expect(describe.status == 64 && describe.stderr.contains("--format xlsx is for forecast"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("d.xlsx").path))
    }
}
