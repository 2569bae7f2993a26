import Foundation
import InputFiles
import Planning

/// The review's notes: for each number, the data and the method behind it,
/// one sentence each, in the report's language.
enum ReviewNotes {
    static func notes(review: PlanningReview, dataset: Dataset, language: Language, laggingShown: Int, laggingTotal: Int) -> [String] {
        let vi = language == .vi
        let settings = review.settings.attainment
        var notes: [String] = []
        if let asOf = settings.asOf {
            notes.append(vi ? "Số liệu đến hết \(asOf): chỉ dùng các số đã biết vào thời điểm đó."
                            : "Data up to the end of \(asOf): only figures known by then are used.")
        }
        notes.append(vi
            ? "Xác suất và khoảng tính từ \(settings.projection.paths) đường mô phỏng (seed \(settings.projection.seed)); ngưỡng: đạt ≥ \(percent(settings.thresholds.onTrack)), không đạt < \(percent(settings.thresholds.offTrack))."
            : "Probabilities and intervals come from \(settings.projection.paths) sample paths (seed \(settings.projection.seed)); status thresholds: on track ≥ \(percent(settings.thresholds.onTrack)), off track < \(percent(settings.thresholds.offTrack)).")
        for projection in review.attainment.projections {
            let indicator = projection.indicator
            if let choice = projection.choice {
                let scores = choice.scores.map { score in
                    "\(Words.method(score.method.rawValue, language)) \(score.mape.isNaN ? "–" : String(format: "%.1f%%", score.mape)) (n = \(score.count))"
                }.joined(separator: ", ")
                let years = choice.years.isEmpty ? "–" : "\(choice.years.first!)–\(choice.years.last!)"
                let method = Words.method(choice.chosen.rawValue, language)
                if choice.month == 0 {
                    notes.append(vi
                        ? "\(indicator) \(projection.year): chưa có tháng nào của năm; cả năm theo phương pháp \(method), chọn bằng kiểm định quá khứ \(years) (sai số MAPE: \(scores))."
                        : "\(indicator) \(projection.year): no month of the year observed yet; the whole year by \(method), chosen by a backtest of \(years) (MAPE: \(scores)).")
                } else {
                    notes.append(vi
                        ? "\(indicator) \(projection.year): đã có \(Words.months(1, choice.month, .vi)); phần còn lại của năm theo phương pháp \(method), chọn bằng kiểm định quá khứ \(years) (sai số MAPE: \(scores))."
                        : "\(indicator) \(projection.year): \(choice.month == 1 ? "January" : "January–\(Words.monthName(choice.month))") observed; the rest of the year by \(method), chosen by a backtest of \(years) (MAPE: \(scores)).")
                }
            }
            for summary in projection.calibrationSummaries {
                notes.append(vi ? "\(indicator): khoảng tin cậy và xác suất được hiệu chỉnh trên các đơn vị — \(summary)."
                                : "\(indicator): intervals and probabilities calibrated across units — \(summary).")
            }
            if let outcome = projection.reconciliation {
                let lambda = outcome.shrinkage.map { String(format: ", λ = %.2f", $0) } ?? ""
                notes.append(vi
                    ? "\(indicator): \(outcome.nodes.count) đơn vị được cân đối để tổng cấp trên bằng tổng cấp dưới (\(outcome.applied.rawValue)\(lambda))\(outcome.note.map { "; \($0)" } ?? "")."
                    : "\(indicator): \(outcome.nodes.count) units reconciled so that each parent equals the sum of its children (\(outcome.applied.rawValue)\(lambda))\(outcome.note.map { "; \($0)" } ?? "").")
            }
        }
        for result in review.bands {
            guard let first = result.bands.first else { continue }
            let scores = result.method.scores.map { "\($0.method.rawValue) RPS " + String(format: "%.3f", $0.meanRPS) }.joined(separator: ", ")
            let unprojected = Set(result.bands.flatMap(\.unprojectedUnits)).count
            notes.append(vi
                ? "\(first.band.indicator) \(result.targetPeriod): dự báo từng xã theo \(result.method.chosen.rawValue) (\(scores)); tương quan trong huyện ρ = \(String(format: "%.2f", result.districtCorrelation)); số xã trong mỗi nhóm theo \(first.computation == "simulation" ? "mô phỏng \(result.paths) đường có cú sốc chung theo huyện" : "tích chập chính xác"); \(unprojected) đơn vị không có số liệu, không tính."
                : "\(first.band.indicator) \(result.targetPeriod): each commune projected by \(result.method.chosen.rawValue) (\(scores)); within-district correlation ρ = \(String(format: "%.2f", result.districtCorrelation)); counts per band by \(first.computation == "simulation" ? "simulation of \(result.paths) paths with a shared shock per district" : "exact convolution"); \(unprojected) units without data are not counted.")
        }
        if review.attainment.rows.contains(where: { !$0.calibrated }) {
            notes.append(vi
                ? "Khoảng “danh nghĩa” là của chính phương pháp (với tỷ trọng lũy kế: độ phân tán của tỷ trọng các năm trước); hiệu chỉnh cần ít nhất \(PanelCalibration.minimumSeries) chuỗi cùng chỉ tiêu và \(PanelCalibration.minimumHoldouts) sai số kiểm định ở mỗi bước."
                : "“Nominal” intervals are the method's own (for ytd-share, the spread of past years' shares); calibration needs at least \(PanelCalibration.minimumSeries) series of the indicator with \(PanelCalibration.minimumHoldouts) holdout errors at every step.")
        }
        if !review.attainment.failures.isEmpty {
            let listed = review.attainment.failures.prefix(5).map { "\($0.target.unit)/\($0.target.indicator): \($0.reason)" }.joined(separator: "; ")
            notes.append(vi ? "\(review.attainment.failures.count) chỉ tiêu không dự báo được: \(listed)."
                            : "\(review.attainment.failures.count) target\(review.attainment.failures.count == 1 ? "" : "s") could not be projected: \(listed).")
        }
        if laggingShown < laggingTotal {
            notes.append(vi ? "Danh sách đơn vị chậm: \(laggingShown) đơn vị rủi ro cao nhất trong \(laggingTotal); `chitieu lagging` cho cả danh sách."
                            : "Lagging units: the \(laggingShown) at highest risk of \(laggingTotal); `chitieu lagging` lists them all.")
        }
        return notes
    }

    static func percent(_ p: Double) -> String { "\(Int((p * 100).rounded()))%" }
}
