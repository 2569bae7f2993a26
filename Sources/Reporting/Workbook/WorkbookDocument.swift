import Foundation

/// A workbook to write: sheets of typed cells, each with a header row that
/// stays in view, column widths, and number formats (thousands separators,
/// decimals, percentages), as planners pass tables around for a meeting.
///
/// `data()` writes it as .xlsx (Office Open XML, ECMA-376 Part 1) with the
/// least the format needs (`XLSXParts`): text as inline strings, no shared
/// strings part, one style per number format. A text cell is never a
/// formula (formulas are a separate element), so a unit named `=cmd|…`
/// stays text.
public struct WorkbookDocument: Sendable {
    /// How a column's numbers are shown; the cell keeps its full value.
    public enum NumberFormat: Sendable, Equatable {
        /// Text, as typed.
        case text
        /// `#,##0.0…` with this many decimals (0–4).
        case decimal(Int)
        /// `0.0…%` with this many decimals (0–2) for a fraction (0.87 → 87%).
        case percent(Int)
    }

    /// A column: its heading and how its numbers are shown.
    public struct Column: Sendable {
        /// The header row's text.
        public var heading: String
        /// How the column's numbers are shown.
        public var format: NumberFormat
        /// A column; text unless a number format is given.
        public init(_ heading: String, _ format: NumberFormat = .text) {
            self.heading = heading
            self.format = format
        }
    }

    /// One cell.
    public enum Cell: Sendable, Equatable {
        /// Text, never read as a formula.
        case text(String)
        /// A non-finite number is written as an empty cell.
        case number(Double)
        /// An empty cell.
        case empty
    }

    /// One sheet: a header row from the columns, then the rows.
    public struct Sheet: Sendable {
        /// Shown on the sheet's tab; made valid and unique when written.
        public var name: String
        /// The columns, left to right.
        public var columns: [Column]
        /// The rows below the header, one cell per column.
        public var rows: [[Cell]]
        /// A sheet from its parts.
        public init(name: String, columns: [Column], rows: [[Cell]]) {
            self.name = name
            self.columns = columns
            self.rows = rows
        }
    }

    /// The sheets, in tab order.
    public var sheets: [Sheet]

    /// A workbook of `sheets`.
    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// Sheet names as Excel accepts them: at most 31 characters, none of
    /// `[ ] : * ? / \`, not empty, not the same as another (case ignored).
    var sheetNames: [String] {
        var used: Set<String> = []
        return sheets.enumerated().map { index, sheet in
            var name = String(sheet.name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            if name.trimmingCharacters(in: .whitespaces).isEmpty { name = "Sheet\(index + 1)" }
            var candidate = name
            var n = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(n))"
                candidate = String(name.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}
