/// How a command writes its result.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned text for a terminal, numbers grouped for reading.
    case table
    /// RFC 4180 CSV with full-precision numbers, for Excel, R and Python.
    case csv
    /// One JSON document, for programs.
    case json
    /// A Markdown table, for reports and notes.
    case markdown
    /// A self-contained HTML page.
    case html
    /// An Excel workbook, a sheet per table (`WorkbookDocument`); written to
    /// a file only. As text (`rendered(as:)`), a report's tables are its CSV.
    case xlsx
}

/// The language of everything a person reads (headers, statuses, messages).
/// Identifiers and CSV column names stay as the spec writes them.
public enum Language: String, Sendable, CaseIterable {
    /// Vietnamese (`vi`) or English (`en`).
    case vi, en
}

/// A level written as a column suffix or a label: `80`, `97.5`.
package func levelLabel(_ level: Double) -> String {
    level == level.rounded() && abs(level) < 1e15 ? String(Int(level)) : String(level)
}
