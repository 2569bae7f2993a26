import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The rows of one sheet as records: a field per column from A to the
/// row's last cell (empty where the sheet has no cell), each with its row
/// and column number, so messages name cells (`Sheet1!C14`).
///
/// Cells read as the text a person sees in them: shared and inline strings
/// as they are, numbers as the workbook stores them (`2100.5`, `2014`,
/// `1.5E-3`), a number in a date format as `2014-06` (a format without the
/// day, as Excel gives "06/2014") or `2014-06-30`, booleans as TRUE/FALSE,
/// errors as Excel shows them (`#N/A`), a formula never calculated as its
/// text (`=D2+1`). A merged range reads its top-left
/// value in every cell, so a header merged down two rows is whole in both.
package final class SheetReader: RecordReader {
    package let file: String
    package let sheet: String?
    /// Every row of the sheet, in order.
    let records: [CSVRecord]
    private var position = 0

    init(file: String, sheet: String, data: Data, workbook: Workbook) throws(InputError) {
        self.file = file
        self.sheet = sheet
        let part = SheetPart(data, workbook: workbook)
        if let line = part.damagedAtLine {
            throw InputError(file: file, sheet: sheet, line: 1, column: 1, expected: "a sheet whose XML is well formed",
                             found: "its part damaged at line \(line) (save the workbook again in Excel)")
        }
        records = part.records()
    }

    package func next() throws(InputError) -> CSVRecord? {
        guard position < records.count else { return nil }
        defer { position += 1 }
        return records[position]
    }
}

/// One streaming pass over a worksheet part (`sheetData/row/c`, `mergeCells`).
final class SheetPart: PartReader {
    private let workbook: Workbook
    /// Rows by number: (column, text, whether a number) in the order met.
    private var rows: [(number: Int, cells: [(column: Int, text: String, isNumber: Bool)])] = []
    private var merges: [(top: Int, left: Int, bottom: Int, right: Int)] = []

    private var cellColumn = 0
    private var cellType = ""
    private var cellStyle = 0
    private var value = ""
    private var collecting = false
    private var collectingFormula = false
    private var formula = ""
    private var nextRow = 1
    private var nextColumn = 1

    init(_ data: Data, workbook: Workbook) {
        self.workbook = workbook
        super.init(data)
    }

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "row":
            let number = attributes["r"].flatMap(Int.init) ?? nextRow
            rows.append((number, []))
            nextRow = number + 1
            nextColumn = 1
        case "c":
            let reference = attributes["r"].flatMap(Self.cell)
            cellColumn = reference?.column ?? nextColumn
            nextColumn = cellColumn + 1
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap(Int.init) ?? 0
            value = ""
            formula = ""
        case "v", "t":
            collecting = true
        case "f":
            collectingFormula = true
        case "mergeCell":
            if let range = attributes["ref"], let merge = Self.range(range) { merges.append(merge) }
        default:
            break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "v", "t":
            collecting = false
        case "f":
            collectingFormula = false
        case "c":
            if let (text, isNumber) = cellText(), !rows.isEmpty {
                rows[rows.count - 1].cells.append((cellColumn, text, isNumber))
            }
        default:
            break
        }
    }

    override func text(_ string: String) {
        if collecting { value += string }
        if collectingFormula { formula += string }
    }

    /// The cell's text, and whether it is a number (written with a decimal point).
    private func cellText() -> (String, Bool)? {
        switch cellType {
        case "s":
            guard let index = Int(value), workbook.sharedStrings.indices.contains(index) else { return nil }
            return (workbook.sharedStrings[index], false)
        case "inlineStr", "str", "e":
            return (value, false)
        case "b":
            return (value == "1" ? "TRUE" : (value == "0" ? "FALSE" : value), false)
        case "d":
            return (String(value.prefix(10)), false)
        default:
            // A formula saved without its result (a program that writes
            // formulas but does not calculate them) reads as the formula,
            // which no reader takes for a number.
            guard !value.isEmpty else { return formula.isEmpty ? nil : ("=" + formula, false) }
            if workbook.dateStyles.indices.contains(cellStyle), let style = workbook.dateStyles[cellStyle],
               let serial = Double(value), let date = ExcelDate.text(serial: serial, style: style, uses1904: workbook.uses1904) {
                return (date, false)
            }
            return (value, true)
        }
    }

    /// The records, merged ranges filled from their top-left cell.
    func records() -> [CSVRecord] {
        var grid: [Int: [Int: (text: String, isNumber: Bool)]] = [:]
        for row in rows { for cell in row.cells { grid[row.number, default: [:]][cell.column] = (cell.text, cell.isNumber) } }
        for merge in merges {
            guard let value = grid[merge.top]?[merge.left] else { continue }
            for r in merge.top...merge.bottom {
                for c in merge.left...merge.right where grid[r]?[c] == nil { grid[r, default: [:]][c] = value }
            }
        }
        return grid.keys.sorted().map { number in
            let cells = grid[number]!
            let last = cells.keys.max() ?? 0
            let fields = (0..<last).map { index in
                let cell = cells[index + 1]
                return CSVField(value: cell?.text ?? "", line: number, column: index + 1, isNumberCell: cell?.isNumber ?? false)
            }
            return CSVRecord(fields: fields, line: number, endLine: number, endColumn: last + 1)
        }
    }

    /// `C14` → (row 14, column 3).
    static func cell(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0
        var digits = Substring(reference)
        for character in reference {
            guard let ascii = character.asciiValue, (65...90).contains(ascii) || (97...122).contains(ascii) else { break }
            column = 26 * column + Int((ascii & 0xDF) - 64)
            digits = digits.dropFirst()
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        return (row, column)
    }

    /// `A1:C2` → its corners.
    static func range(_ text: String) -> (top: Int, left: Int, bottom: Int, right: Int)? {
        let ends = text.split(separator: ":").map(String.init)
        guard let first = ends.first.flatMap(cell), let second = (ends.count > 1 ? cell(ends[1]) : first) else { return nil }
        return (min(first.row, second.row), min(first.column, second.column), max(first.row, second.row), max(first.column, second.column))
    }
}
