/// Writes CSV as RFC 4180 asks: fields with a comma, quote or line break are
/// quoted, quotes doubled, lines ended by LF.
///
/// For Excel (`excel: true`) the text starts with a UTF-8 byte-order mark,
/// so Excel reads "Sơn La" and not mojibake, and a text cell that Excel
/// would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) is
/// prefixed with an apostrophe (OWASP's advice on CSV injection). Numbers
/// are written as numbers, never neutralised, so negative values stay numeric.
package struct CSVText: Sendable {
    /// Whether the text is for Excel (byte-order mark, formula-like text neutralised).
    package var excel: Bool
    private(set) var text: String

    /// An empty CSV text (a byte-order mark only, for Excel); `continuing`:
    /// rows to go after other rows, without the mark.
    package init(excel: Bool = false, continuing: Bool = false) {
        self.excel = excel
        self.text = excel && !continuing ? "\u{FEFF}" : ""
    }

    /// One cell of a row.
    package enum Cell: Sendable {
        /// Text, quoted when it needs to be (and neutralised for Excel when it looks like a formula).
        case text(String)
        /// A number, the shortest text that reads back as the same Double; an empty cell when not finite.
        case number(Double)
        /// An empty cell.
        case empty
        /// Text already written as CSV by `written(_:)`: for a text repeated
        /// on many rows (a unit's id on each of its forecast's rows),
        /// quoted and checked once.
        case written(String)
    }

    /// `text` as a cell is written: quoted when it needs to be, neutralised for Excel.
    package func written(_ text: String) -> String { render(.text(text)) }

    /// Makes room for about `bytes` more bytes of text.
    package mutating func reserve(_ bytes: Int) { text.reserveCapacity(text.utf8.count + bytes) }

    /// Appends a row of cells and a line break.
    package mutating func appendRow(_ cells: [Cell]) {
        // Straight into the text: a national forecast writes millions of
        // cells, and an array of strings joined per row allocated for each.
        for index in cells.indices {
            if index > 0 { text.append(",") }
            switch cells[index] {
            case .empty: break
            case let .number(value): if value.isFinite { value.write(to: &text) }
            case .text: text += render(cells[index])
            case let .written(cell): text += cell
            }
        }
        text.append("\n")
    }

    /// Appends a header row of column names.
    package mutating func appendHeader(_ names: [String]) {
        appendRow(names.map { .text($0) })
    }

    /// The CSV written so far.
    package var result: String { text }

    private func render(_ cell: Cell) -> String {
        switch cell {
        case .empty:
            return ""
        case let .written(cell):
            return cell
        case let .number(value):
            // Shortest text that reads back as the same Double; empty for NaN.
            return value.isFinite ? "\(value)" : ""
        case var .text(value):
            if excel, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
                value = "'" + value
            }
            // By scalars: "\r\n" is one Character, equal to neither "\r" nor "\n"
            // (a cell holding a Windows line break was written unquoted; found by a property test).
            if value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return value
        }
    }
}

import Foundation
