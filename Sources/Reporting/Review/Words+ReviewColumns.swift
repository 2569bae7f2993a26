// Column headers and chart labels of the review, in Vietnamese and English.
extension Words {
    static func targetsHeader(_ language: Language) -> [String] {
        language == .vi
            ? ["đơn vị", "chỉ tiêu", "kỳ", "mức chỉ tiêu", "dự báo", "khoảng 80%", "khoảng 95%",
               "XS đạt mức dưới", "XS đạt mức trên", "đánh giá", "phương pháp"]
            : ["unit", "indicator", "period", "target", "projected", "80% interval", "95% interval",
               "P(reach low)", "P(reach high)", "status", "method"]
    }

    /// Pace columns; `observed` and `rest` name the months (`tháng 1–6`, `Jan–Jun`).
    static func paceHeader(_ language: Language, observed: String, rest: String) -> [String] {
        language == .vi
            ? ["đơn vị", "chỉ tiêu", "đã thực hiện (\(observed))", "còn cần (\(rest))", "tỷ lệ cần đạt",
               "các năm trước: thấp nhất", "trung vị", "cao nhất", "các năm", "so với các năm trước"]
            : ["unit", "indicator", "observed (\(observed))", "still needed (\(rest))", "required ratio",
               "past years: min", "median", "max", "years", "against past years"]
    }

    static func paceExplanation(_ language: Language) -> String {
        language == .vi
            ? "Tỷ lệ cần đạt = phần còn cần thực hiện ÷ phần đã thực hiện; tỷ lệ các năm trước = giá trị các tháng còn lại ÷ giá trị cùng kỳ của chính năm đó."
            : "Required ratio = what the rest of the year must bring ÷ what is observed so far; a past year's ratio = its remaining months ÷ the same months observed."
    }

    /// Where the required ratio stands among the past years' ratios.
    static func paceVerdict(required: Double, min: Double, median: Double, max: Double, _ language: Language) -> String {
        if required > max {
            return language == .vi ? "cao hơn mọi năm trước" : "above every past year"
        } else if required > median {
            return language == .vi ? "cao hơn trung vị" : "above the median"
        } else if required >= min {
            return language == .vi ? "trong khoảng các năm trước" : "within past years"
        }
        return language == .vi ? "thấp hơn mọi năm trước" : "below every past year"
    }

    static func bandsHeader(_ language: Language) -> [String] {
        language == .vi
            ? ["đơn vị", "chỉ tiêu", "kỳ", "khoảng giá trị", "số đơn vị phải đạt", "tổng số đơn vị",
               "dự kiến đạt", "khoảng 95%", "XS đạt", "đánh giá"]
            : ["unit", "indicator", "period", "range", "units required", "units counted",
               "expected", "95% interval", "P(met)", "status"]
    }

    static func laggingHeader(_ language: Language) -> [String] {
        language == .vi
            ? ["hạng", "đơn vị", "cấp", "trực thuộc", "chỉ tiêu", "lý do", "chênh lệch", "mức rủi ro"]
            : ["rank", "unit", "level", "parent", "indicator", "reason", "gap", "risk"]
    }

    static func basisHeader(_ language: Language) -> [String] {
        language == .vi
            ? ["đơn vị", "chỉ tiêu", "phương pháp", "khoảng tin cậy", "căn cứ"]
            : ["unit", "indicator", "method", "intervals", "rests on"]
    }

    // Charts.

    static func observedLegend(_ language: Language) -> String {
        language == .vi ? "thực tế" : "observed"
    }

    static func medianLegend(_ language: Language) -> String {
        language == .vi ? "dự báo (trung vị)" : "forecast (median)"
    }

    static func targetLegend(_ language: Language) -> String {
        language == .vi ? "mức chỉ tiêu" : "target"
    }

    static func bandChartTitle(_ language: Language, unit: String, indicator: String, range: String) -> String {
        language == .vi
            ? "\(unit) — \(indicator) \(range): xác suất theo số đơn vị đạt mức"
            : "\(unit) — \(indicator) \(range): probability of each count of units"
    }

    static func countAxis(_ language: Language) -> String {
        language == .vi ? "số đơn vị trong khoảng" : "units within the range"
    }

    static func probabilityAxis(_ language: Language) -> String {
        language == .vi ? "xác suất" : "probability"
    }

    static func meetsLegend(_ language: Language) -> String {
        language == .vi ? "đạt chỉ tiêu" : "meets the target"
    }

    static func belowLegend(_ language: Language) -> String {
        language == .vi ? "chưa đạt" : "short of it"
    }

    static func targetMarker(_ language: Language, _ count: Int) -> String {
        language == .vi ? "chỉ tiêu ≥ \(count)" : "target ≥ \(count)"
    }

    static func chartsCaption(_ language: Language) -> String {
        language == .vi
            ? "Đường đậm: số liệu thực tế; đường nét đứt: dự báo trung vị; vùng đậm/nhạt: khoảng 80%/95%; dải vàng: mức chỉ tiêu."
            : "Solid line: observed; dashed line: median forecast; dark/light shading: 80%/95% intervals; gold band: the target."
    }
}
