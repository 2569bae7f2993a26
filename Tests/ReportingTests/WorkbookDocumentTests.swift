import Foundation
import InputFiles
@testable import Reporting
import Testing

/// Workbooks ChiTieu writes read back through its own reader cell for cell,
/// and through LibreOffice Calc (where it is installed, as in CI) as the
/// numbers shown in their formats.
@Suite struct WorkbookDocumentTests {
    static let document = WorkbookDocument(sheets: [
        .init(name: "Dự báo", columns: [.init("Đơn vị"), .init("Kỳ"), .init("Dự báo", .decimal(1)), .init("XS đạt", .percent(0))],
              rows: [
                [.text("Huyện Mộc Châu"), .text("2014"), .number(2100.5), .number(0.8725)],
                [.text("=cmd|' /C calc'!A0"), .text("2015"), .number(-3.25), .number(1)],
                [.text("A & B <c> \"d\""), .text(" 2016 "), .number(1.5e12), .empty],
                [.text("tab\there"), .empty, .number(.nan), .number(0.004)],
              ]),
        .init(name: "a/b:c", columns: [.init("x", .decimal(0))], rows: [[.number(13_200)]]),
        .init(name: "A/B:C", columns: [.init("y")], rows: []),
    ])

    static func written() throws -> (path: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("book.xlsx").path
        try document.data().write(to: URL(fileURLWithPath: path))
        return (path, folder)
    }

    @Test func readsBackCellForCell() throws {
        let (path, folder) = try Self.written()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Workbook(path: path)
        #expect(book.sheetNames == ["Dự báo", "a_b_c", "A_B_C (2)"])
        let records = try book.reader(sheet: "Dự báo").readAll()
        let values = records.map { $0.fields.map(\.value) }
        #expect(values[0] == ["Đơn vị", "Kỳ", "Dự báo", "XS đạt"])
        #expect(values[1] == ["Huyện Mộc Châu", "2014", "2100.5", "0.8725"])
        #expect(values[2] == ["=cmd|' /C calc'!A0", "2015", "-3.25", "1.0"])
        #expect(values[3] == ["A & B <c> \"d\"", " 2016 ", "1500000000000.0"])
        #expect(values[4] == ["tab\there", "", "", "0.004"])
        #expect(records[1].fields[2].isNumberCell && !records[1].fields[0].isNumberCell)
        #expect(try book.reader(sheet: "a_b_c").readAll().map { $0.fields.map(\.value) } == [["x"], ["13200.0"]])
    }

    /// The same bytes for the same tables (entries carry a fixed date).
    @Test func deterministic() throws {
        #expect(try Self.document.data() == Self.document.data())
    }

    static let soffice: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// LibreOffice opens it and shows each number in its column's format
    /// (its CSV export writes cells as shown, the first sheet only).
    @Test(.enabled(if: soffice != nil, "LibreOffice is not installed (CI installs libreoffice-calc-nogui)"))
    func libreOfficeShowsTheFormats() throws {
        let (path, folder) = try Self.written()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.soffice!)
        process.arguments = ["--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder.path, path]
        process.environment = ["HOME": folder.path, "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let csv = try String(contentsOf: folder.appendingPathComponent("book.csv"), encoding: .utf8)
        let rows = try CSVReader(text: csv, file: "book.csv").readAll().map { $0.fields.map(\.value) }
        #expect(rows.first == ["Đơn vị", "Kỳ", "Dự báo", "XS đạt"])
        #expect(rows.count > 2 && rows[1] == ["Huyện Mộc Châu", "2014", "2,100.5", "87%"])
        #expect(rows.count > 3 && rows[2] == ["=cmd|' /C calc'!A0", "2015", "-3.3", "100%"])
        #expect(rows.count > 3 && rows[3].prefix(3) == ["A & B <c> \"d\"", " 2016 ", "1,500,000,000,000.0"])
    }
}
