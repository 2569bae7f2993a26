import Planning

/// One of the review's tables as text cells, before it is laid out for a
/// terminal, Markdown or HTML: the header, the rows, which columns hold
/// numbers (right-aligned) and, where there is one, the status of each row
/// (which HTML shows with colour as well as the word).
struct ReviewTable {
    var header: [String]
    var rows: [[String]]
    var numeric: Set<Int>
    var statusColumn: Int?
    /// The status of each row, when `statusColumn` is set.
    var statuses: [AttainmentStatus] = []
    /// Columns of long text that HTML may wrap (the others stay on one line).
    var wide: Set<Int> = []

    /// Columns padded to their widest cell (counted in characters, so `ơ` is
    /// one column), numbers right-aligned, three spaces between columns.
    func aligned(indent: String = "") -> String {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        return all.map { row in
            let line = row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return numeric.contains(c) ? pad + cell : cell + pad
            }.joined(separator: "   ")
            return indent + String(line.reversed().drop(while: { $0 == " " }).reversed())
        }.joined(separator: "\n") + "\n"
    }

    /// A pipe table; numeric columns right-aligned.
    func markdown() -> String {
        var out = "| " + header.map(Self.markdownEscape).joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { numeric.contains($0) ? "---:|" : "---|" }.joined() + "\n"
        for row in rows {
            out += "| " + row.map(Self.markdownEscape).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// A `<table>`; every cell escaped, status cells marked with their status's class and symbol.
    func html() -> String {
        var out = "<table>\n<thead><tr>"
        for (c, name) in header.enumerated() {
            out += (numeric.contains(c) ? "<th class=\"number\">" : "<th>") + HTMLText.escape(name) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for (r, row) in rows.enumerated() {
            out += "<tr>"
            for (c, cell) in row.enumerated() {
                if c == statusColumn, r < statuses.count {
                    out += HTMLText.statusCell(statuses[r], text: cell)
                } else {
                    let cls = numeric.contains(c) ? " class=\"number\"" : wide.contains(c) ? " class=\"wide\"" : ""
                    out += "<td\(cls)>" + HTMLText.escape(cell) + "</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Text safe in a Markdown table cell: pipes and backslashes escaped,
    /// line breaks as spaces, and a `<` that could open an HTML tag, comment
    /// or autolink escaped (CommonMark 0.31, sections 6.5 and 6.6), so a unit
    /// named `<script>` is shown, not run, by a renderer that passes HTML through.
    static func markdownEscape(_ text: String) -> String {
        var out = ""
        var characters = text.makeIterator()
        var next = characters.next()
        while let character = next {
            next = characters.next()
            switch character {
            case "\\", "|": out += "\\" + String(character)
            case "\n", "\r", "\r\n": out += " "
            case "<":
                if let following = next, following.isLetter || "/!?".contains(following) { out += "\\<" } else { out += "<" }
            default: out.append(character)
            }
        }
        return out
    }
}
