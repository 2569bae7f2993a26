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
        case text
        /// `#,##0.0…` with this many decimals (0–4).
        case decimal(Int)
        /// `0.0…%` with this many decimals (0–2) for a fraction (0.87 → 87%).
        case percent(Int)
    }

    public struct Column: Sendable {
        public var heading: String
        public var format: NumberFormat
        public init(_ heading: String, _ format: NumberFormat = .text) {
            self.heading = heading
            self.format = format
        }
    }

    public enum Cell: Sendable, Equatable {
        case text(String)
        /// A non-finite number is written as an empty cell.
        case number(Double)
        case empty
    }

    public struct Sheet: Sendable {
        /// Shown on the sheet's tab; made valid and unique when written.
        public var name: String
        public var columns: [Column]
        public var rows: [[Cell]]
        public init(name: String, columns: [Column], rows: [[Cell]]) {
            self.name = name
            self.columns = columns
            self.rows = rows
        }
    }

    public var sheets: [Sheet]

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
