import Forecasting
import Planning

extension ForecastReport {
    /// A block per series: a title line, then one aligned row per period with
    /// the point forecast and each interval as `low – high`.
    public func table() -> String {
        var out = ""
        for (index, item) in forecasts.enumerated() {
            if index > 0 { out += "\n" }
            out += title(of: item) + "\n"
            switch item.outcome {
            case let .failure(error):
                out += "  " + Words.notForecast(language) + ": \(error)\n"
            case let .success(fitted):
                out += render(rows: rows(of: item, fitted.forecast), header: header(), indent: "  ")
            }
        }
        return out
    }

    /// Markdown: one table per series under a heading.
    public func markdown() -> String {
        var out = ""
        for (index, item) in forecasts.enumerated() {
            if index > 0 { out += "\n" }
            out += "### " + title(of: item) + "\n\n"
            switch item.outcome {
            case let .failure(error):
                out += Words.notForecast(language) + ": \(error)\n"
            case let .success(fitted):
                let head = header()
                out += "| " + head.joined(separator: " | ") + " |\n"
                out += "|" + head.indices.map { $0 == 0 ? "---|" : "---:|" }.joined() + "\n"
                for row in rows(of: item, fitted.forecast) {
                    out += "| " + row.joined(separator: " | ") + " |\n"
                }
            }
        }
        return out
    }

    /// A self-contained page: a heading and a table per series.
    public func html() -> String {
        var body = ""
        for item in forecasts {
            body += "<h2>" + HTMLText.escape(title(of: item)) + "</h2>\n"
            switch item.outcome {
            case let .failure(error):
                body += "<p>" + HTMLText.escape(Words.notForecast(language) + ": \(error)") + "</p>\n"
            case let .success(fitted):
                let head = header()
                body += "<table>\n<tr>" + head.enumerated().map { c, name in
                    (c == 0 ? "<th>" : "<th class=\"number\">") + HTMLText.escape(name) + "</th>"
                }.joined() + "</tr>\n"
                for row in rows(of: item, fitted.forecast) {
                    body += "<tr>" + row.enumerated().map { c, cell in
                        (c == 0 ? "<td>" : "<td class=\"number\">") + HTMLText.escape(cell) + "</td>"
                    }.joined() + "</tr>\n"
                }
                body += "</table>\n"
            }
        }
        return HTMLText.page(title: Words.forecast(language), language: language, body: body)
    }

    func header() -> [String] {
        [Words.period(language), Words.forecast(language)] + levels.map { Words.interval(language, levelLabel($0)) }
    }

    func rows(of item: SeriesForecast, _ forecast: Forecast) -> [[String]] {
        let scale = forecast.mean.map(abs).max() ?? 0
        let number = NumberText(language: language, decimals: NumberText.decimals(forScale: scale))
        return item.periods.enumerated().map { step, period in
            [period.description, number.format(forecast.mean[step])]
                + levels.indices.map { l in number.format(forecast.lower[l][step]) + " – " + number.format(forecast.upper[l][step]) }
        }
    }

    /// Columns padded to their widest cell; the first left-aligned, the rest right-aligned.
    func render(rows: [[String]], header: [String], indent: String) -> String {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        return all.map { row in
            indent + row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return c == 0 ? cell + pad : pad + cell
            }.joined(separator: "   ")
        }.joined(separator: "\n") + "\n"
    }
}
