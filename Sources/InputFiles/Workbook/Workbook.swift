import Foundation
import ZIPFoundation

/// An .xlsx workbook (Office Open XML, ECMA-376 Part 1 §18) opened for
/// reading: its sheets by name, the strings its cells share, and which cell
/// styles show a date.
///
/// The parts are read with Foundation's streaming `XMLParser` (a SAX
/// reader, `WorkbookParts.swift`) rather than a document decoder: a sheet of
/// 100,000 rows is a few million elements, which a tree of `Codable` values
/// would hold all at once.
package final class Workbook {
    /// The path as given, for messages.
    package let file: String
    /// The sheets in the workbook's order.
    package let sheetNames: [String]
    let sheetParts: [String]
    let sharedStrings: [String]
    /// For each cell style (`cellXfs` index): how a number in it reads as a date, if it does.
    let dateStyles: [ExcelDate.Style?]
    /// Serial numbers count from 1904-01-01 instead of 1899-12-30 (old Mac workbooks).
    let uses1904: Bool
    private let archive: Archive

    /// Opens the workbook at `path` and reads its sheet list, shared
    /// strings and styles; refuses a file that is not an .xlsx workbook or
    /// whose parts are damaged, naming the part.
    package init(path: String) throws(InputError) {
        file = path
        func refuse(_ expected: String, _ found: String) -> InputError {
            InputError(file: path, line: 1, column: 1, expected: expected, found: found)
        }
        let opened: Archive
        do {
            opened = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw refuse("an .xlsx workbook (a ZIP archive; save it in Excel as \"Excel Workbook (.xlsx)\")", "a file that is not one")
        }
        archive = opened
        guard let book = Self.part("xl/workbook.xml", in: opened) else {
            throw refuse("an .xlsx workbook with xl/workbook.xml", "none (an .xls or .ods file renamed?)")
        }
        let workbook = WorkbookPart(book)
        let relationships = RelationshipsPart(Self.part("xl/_rels/workbook.xml.rels", in: opened) ?? Data())
        let strings = SharedStringsPart(Self.part("xl/sharedStrings.xml", in: opened) ?? Data())
        let styles = StylesPart(Self.part("xl/styles.xml", in: opened) ?? Data())
        for (name, part) in [("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", relationships),
                             ("xl/sharedStrings.xml", strings), ("xl/styles.xml", styles) as (String, PartReader)] {
            if let line = part.damagedAtLine {
                throw refuse("a workbook whose parts are well-formed XML", "\(name) damaged at its line \(line) (save the workbook again in Excel)")
            }
        }
        var names: [String] = []
        var parts: [String] = []
        for sheet in workbook.sheets {
            guard let target = relationships.targets[sheet.relationship] else { continue }
            names.append(sheet.name)
            parts.append(target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target)
        }
        guard !names.isEmpty else { throw refuse("a workbook with at least one sheet", "none") }
        sheetNames = names
        sheetParts = parts
        uses1904 = workbook.uses1904
        sharedStrings = strings.strings
        dateStyles = styles.dateStyles
    }

    /// The sheet named `name` (case and surrounding spaces ignored), or nil.
    package func sheetName(matching name: String) -> String? {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        return sheetNames.first { $0.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
    }

    /// The rows of a sheet, as records whose fields carry row and column numbers.
    package func reader(sheet name: String) throws(InputError) -> SheetReader {
        guard let index = sheetNames.firstIndex(of: name), let data = Self.part(sheetParts[index], in: archive) else {
            throw InputError(file: file, line: 1, column: 1, expected: "a sheet named \(name)",
                             found: "the sheets " + sheetNames.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        return try SheetReader(file: file, sheet: name, data: data, workbook: self)
    }

    static func part(_ path: String, in archive: Archive) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: true) { data.append($0) }
        } catch {
            return nil
        }
        return data
    }

    /// Whether a path names a workbook this reader opens (by its extension).
    package static func isWorkbook(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".xlsx") || path.lowercased().hasSuffix(".xlsm")
    }
}
