import Planning

extension HTMLText {
    /// A status cell: a tinted background, a symbol that differs by status
    /// (✓ ! ✗) and the word, so the status never rests on colour alone.
    static func statusCell(_ status: AttainmentStatus, text: String) -> String {
        let symbol = switch status {
        case .onTrack: "✓"
        case .atRisk: "!"
        case .offTrack: "✗"
        case .notScored: "–"
        }
        return "<td class=\"status \(status.rawValue)\"><span aria-hidden=\"true\">\(symbol)</span> " + escape(text) + "</td>"
    }

    /// The review's rules on top of the common page style: status tints with
    /// dark text (contrast above 7:1), chart text, wide tables scrolling.
    static let reviewStyle = """
        .summary { font-size: 1.05rem; line-height: 1.5; }
        .table-wrap { overflow-x: auto; }
        .table-wrap table { font-size: 0.85rem; }
        .table-wrap th, .table-wrap td { padding: 0.2rem 0.45rem; }
        td { white-space: nowrap; vertical-align: top; }
        td.wide { white-space: normal; min-width: 7rem; }
        td.status { white-space: nowrap; font-weight: 600; }
        td.on_track { background: #e3f4e1; color: #1b4d20; }
        td.at_risk { background: #fff1cc; color: #5c3b00; }
        td.off_track { background: #fde0dc; color: #7a1a0f; }
        td.not_scored { background: #ececec; color: #333333; }
        figure { margin: 0.5rem 0 1.5rem; }
        svg.chart { max-width: 100%; height: auto; background: #ffffff; }
        svg.chart text { font-family: system-ui, "DejaVu Sans", sans-serif; fill: #1a1a1a; }
        svg.chart .chart-title { font-size: 14px; font-weight: 600; }
        svg.chart .tick { font-size: 12px; }
        .notes { color: #333333; }

        """
}

// The review as one self-contained HTML page.
extension ReviewReport {
    /// A page with inline CSS and inline SVG only (no scripts, fonts or
    /// other files): the headline, then each section's table; the targets
    /// are followed by a fan chart per chart of the document, the bands by
    /// the count distribution of each band target. All data text is escaped.
    public func html(_ sections: [ReviewSection] = ReviewSection.allCases) -> String {
        var body = ""
        if !sections.contains(.headline) {
            body += "<h1>" + HTMLText.escape(title(of: sections)) + "</h1>\n"
        }
        for section in sections {
            if section == .headline {
                let (title, lines) = headlineLines()
                body += "<header>\n<h1>" + HTMLText.escape(title) + "</h1>\n<p class=\"summary\">"
                    + lines.map(HTMLText.escape).joined(separator: "<br>\n") + "</p>\n</header>\n"
                continue
            }
            guard let table = cells(of: section) else { continue }
            body += "<section id=\"\(section.rawValue)\">\n<h2>" + HTMLText.escape(Words.section(section, language)) + "</h2>\n"
            body += table.rows.isEmpty
                ? "<p>" + HTMLText.escape(Words.none(language)) + "</p>\n"
                : "<div class=\"table-wrap\">\n" + table.html() + "</div>\n"
            let notes = footnotes(for: section)
            if !notes.isEmpty {
                body += "<ul class=\"notes\">\n" + notes.map { "<li>" + HTMLText.escape($0) + "</li>\n" }.joined() + "</ul>\n"
            }
            body += charts(for: section)
            body += "</section>\n"
        }
        return HTMLText.page(title: title(of: sections), language: language, body: body, style: HTMLText.reviewStyle)
    }

    /// The figures that follow a section's table.
    func charts(for section: ReviewSection) -> String {
        switch section {
        case .targets where !document.charts.isEmpty:
            "<p class=\"notes\">" + HTMLText.escape(Words.chartsCaption(language)) + "</p>\n"
                + document.charts.map { "<figure>\n" + fanChartSVG($0) + "\n</figure>\n" }.joined()
        case .bands:
            document.bands.filter { !$0.distribution.isEmpty }.map { "<figure>\n" + bandChartSVG($0) + "\n</figure>\n" }.joined()
        default:
            ""
        }
    }
}
