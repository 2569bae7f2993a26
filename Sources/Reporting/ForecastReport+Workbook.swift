import Forecasting

extension ForecastReport {
    /// The forecasts as one sheet: a row per series and period, the unit's
    /// and indicator's names beside their ids, the point forecast and each
    /// interval's ends as numbers shown with thousands separators, headings
    /// in the report's language. Series that could not be forecast have no
    /// rows (their errors go to the message stream, as with CSV).
    public func workbook() -> WorkbookDocument {
        let vi = language == .vi
        var columns: [WorkbookDocument.Column] = [
            .init(vi ? "mã đơn vị" : "unit"), .init(vi ? "đơn vị" : "unit name"), .init(vi ? "chỉ tiêu" : "indicator"),
            .init(vi ? "kỳ" : "period"), .init(vi ? "mô hình" : "model"),
        ]
        // One format for the column: the decimals the smallest series needs.
        let scale = forecasts.compactMap { try? $0.outcome.get().forecast.mean.map(abs).max() }.filter { $0 > 0 }.min() ?? 0
        let decimals = NumberText.decimals(forScale: scale)
        columns.append(.init(Words.forecast(language), .decimal(decimals)))
        for level in levels {
            let label = levelLabel(level)
            columns.append(.init(vi ? "khoảng \(label)%: thấp" : "\(label)% low", .decimal(decimals)))
            columns.append(.init(vi ? "khoảng \(label)%: cao" : "\(label)% high", .decimal(decimals)))
        }
        var rows: [[WorkbookDocument.Cell]] = []
        for item in forecasts {
            guard case let .success(fitted) = item.outcome else { continue }
            let forecast = fitted.forecast
            let indicator = indicatorName ?? item.key.indicator
            for (step, period) in item.periods.enumerated() {
                var row: [WorkbookDocument.Cell] = [.text(item.key.unit), .text(unitNames[item.key.unit] ?? item.key.unit),
                                                   .text(indicator), .text(period.description), .text(forecast.model),
                                                   .number(forecast.mean[step])]
                for l in levels.indices { row += [.number(forecast.lower[l][step]), .number(forecast.upper[l][step])] }
                rows.append(row)
            }
        }
        let title = Words.forecast(language) + (measure.map { " (\(Words.measure($0, language)))" } ?? "")
        return WorkbookDocument(sheets: [.init(name: title, columns: columns, rows: rows)])
    }
}
