// The review for a terminal and as Markdown.
extension ReviewReport {
    /// Aligned text: the headline's lines, then each section under its
    /// underlined heading; an empty section says so.
    public func table(_ sections: [ReviewSection] = ReviewSection.allCases) -> String {
        var blocks: [String] = []
        for section in sections {
            if section == .headline {
                let (title, lines) = headlineLines()
                blocks.append(([title, String(repeating: "=", count: title.count)] + lines).joined(separator: "\n") + "\n")
                continue
            }
            guard let table = cells(of: section) else { continue }
            let heading = Words.section(section, language)
            var block = heading + "\n" + String(repeating: "-", count: heading.count) + "\n"
            block += table.rows.isEmpty ? Words.none(language) + "\n" : table.aligned()
            let notes = footnotes(for: section)
            if !notes.isEmpty { block += "\n" + notes.joined(separator: "\n") + "\n" }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n")
    }

    /// Markdown: a level-1 title with the headline as a list, a level-2
    /// heading and a pipe table per section, notes as a list.
    public func markdown(_ sections: [ReviewSection] = ReviewSection.allCases) -> String {
        var blocks: [String] = []
        if !sections.contains(.headline) {
            blocks.append("# " + ReviewTable.markdownEscape(title(of: sections)) + "\n")
        }
        for section in sections {
            if section == .headline {
                let (title, lines) = headlineLines()
                blocks.append("# " + ReviewTable.markdownEscape(title) + "\n\n"
                    + lines.map { "- " + ReviewTable.markdownEscape($0) }.joined(separator: "\n") + "\n")
                continue
            }
            guard let table = cells(of: section) else { continue }
            var block = "## " + Words.section(section, language) + "\n\n"
            block += table.rows.isEmpty ? Words.none(language) + "\n" : table.markdown()
            let notes = footnotes(for: section)
            if !notes.isEmpty {
                block += "\n" + notes.map { "- " + ReviewTable.markdownEscape($0) }.joined(separator: "\n") + "\n"
            }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n")
    }
}
