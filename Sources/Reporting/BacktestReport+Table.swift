import Forecasting
import Planning

extension BacktestReport {
    /// A title, one aligned row per model with its overall measures, sMAPE
    /// and MASE step by step, and notes on origins skipped or failed.
    public func table() -> String {
        var out = title() + "\n" + Words.backtestMethod(language) + "\n\n"
        out += aligned(header: overallHeader(), rows: overallRows())
        for (name, value) in byHorizonMeasures() {
            out += "\n" + Words.byHorizon(language, name) + "\n"
            out += aligned(header: horizonHeader(), rows: horizonRows(value))
        }
        let notes = self.notes()
        if !notes.isEmpty { out += "\n" + notes.joined(separator: "\n") + "\n" }
        return out
    }

    /// The same content as Markdown tables under a heading.
    public func markdown() -> String {
        var out = "### " + title() + "\n\n" + Words.backtestMethod(language) + "\n\n"
        out += markdownTable(header: overallHeader(), rows: overallRows())
        for (name, value) in byHorizonMeasures() {
            out += "\n" + Words.byHorizon(language, name) + ":\n\n"
            out += markdownTable(header: horizonHeader(), rows: horizonRows(value))
        }
        let notes = self.notes()
        if !notes.isEmpty { out += "\n" + notes.map { "- " + $0 }.joined(separator: "\n") + "\n" }
        return out
    }

    func title() -> String {
        var indicator = result.indicator
        if let indicatorName { indicator += ": " + indicatorName }
        if let measure, !measure.isEmpty { indicator += " (\(Words.measure(measure, language)))" }
        let plan = result.plan
        return Words.backtestTitle(
            language, indicator: indicator, granularity: result.granularity.rawValue, series: result.keys.count,
            horizon: plan.horizon, origins: plan.origins, step: plan.step)
    }

    func overallHeader() -> [String] {
        [Words.model(language), Words.seriesCount(language), Words.points(language), "MAE", "RMSE", "MAPE %", "sMAPE %", "MASE"]
            + levels.map { Words.covered(language, levelLabel($0)) }
            + levels.map { "Winkler \(levelLabel($0))%" }
    }

    func overallRows() -> [[String]] {
        let overall = result.models.map(\.overall)
        // Measures in the indicator's unit share one number of decimals, fitted to their size.
        let scale = overall.flatMap { [$0.mae, $0.rmse] + $0.winkler }.filter(\.isFinite).map(abs).max() ?? 0
        let level = NumberText(language: language, decimals: NumberText.decimals(forScale: scale))
        let two = NumberText(language: language, decimals: 2)
        let one = NumberText(language: language, decimals: 1)
        let whole = NumberText(language: language, decimals: 0)
        return zip(result.models, overall).map { model, m in
            [model.model, whole.format(Double(m.seriesCount)), whole.format(Double(m.count)),
             level.format(m.mae), level.format(m.rmse), two.format(m.mape), two.format(m.smape), two.format(m.mase)]
                + m.coverage.map(one.format) + m.winkler.map(level.format)
        }
    }

    func byHorizonMeasures() -> [(String, (AccuracyMeasures) -> Double)] {
        [("sMAPE %", { $0.smape }), ("MASE", { $0.mase })]
    }

    func horizonHeader() -> [String] {
        [Words.model(language)] + (1...result.plan.horizon).map { "h=\($0)" }
    }

    func horizonRows(_ value: (AccuracyMeasures) -> Double) -> [[String]] {
        let two = NumberText(language: language, decimals: 2)
        return result.models.map { model in [model.model] + model.byHorizon.map { two.format(value($0)) } }
    }

    func notes() -> [String] {
        var notes: [String] = []
        for model in result.models {
            let total = result.keys.count * result.plan.origins
            if model.skippedOrigins > 0 {
                notes.append(Words.skippedOrigins(language, model: model.model, skipped: model.skippedOrigins, of: total))
            }
            if model.failedOrigins > 0 {
                notes.append(Words.failedOrigins(language, model: model.model, failed: model.failedOrigins, of: total))
            }
            if model.overall.count == 0 { notes.append("\(model.model): " + Words.nothingScored(language)) }
        }
        if Set(result.models.map(\.overall.seriesCount)).count > 1 { notes.append(Words.unequalSeries(language)) }
        return notes
    }

    /// Columns padded to their widest cell; the first left-aligned, the rest right-aligned.
    private func aligned(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return c == 0 ? cell + pad : pad + cell
            }.joined(separator: "   ")
        }.joined(separator: "\n") + "\n"
    }

    private func markdownTable(header: [String], rows: [[String]]) -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { $0 == 0 ? "---|" : "---:|" }.joined() + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }
}
