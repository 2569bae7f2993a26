/// The words a person reads, in Vietnamese and English.
enum Words {
    static func period(_ language: Language) -> String {
        language == .vi ? "kỳ" : "period"
    }

    static func forecast(_ language: Language) -> String {
        language == .vi ? "dự báo" : "forecast"
    }

    static func model(_ language: Language) -> String {
        language == .vi ? "mô hình" : "model"
    }

    static func interval(_ language: Language, _ level: String) -> String {
        language == .vi ? "khoảng \(level)%" : "\(level)% interval"
    }

    static func intervals(_ language: Language, calibrated: Bool) -> String {
        switch (language, calibrated) {
        case (.vi, true): "khoảng đã hiệu chỉnh"
        case (.vi, false): "khoảng danh nghĩa"
        case (.en, true): "calibrated intervals"
        case (.en, false): "nominal intervals"
        }
    }

    static func notForecast(_ language: Language) -> String {
        language == .vi ? "không dự báo được" : "no forecast"
    }

    /// A unit of measurement as the indicators file writes it (in English),
    /// in the report's language where the translation is known.
    /// A measure after a number: "1 criterion" but "2 criteria" in English.
    static func measure(_ measure: String, _ language: Language, count: Double) -> String {
        if language == .en, abs(count) == 1, measure == "criteria" { return "criterion" }
        return self.measure(measure, language)
    }

    static func measure(_ measure: String, _ language: Language) -> String {
        guard language == .vi else { return measure }
        let vietnamese = [
            "billion VND": "tỷ đồng",
            "million VND": "triệu đồng",
            "percent": "%",
            "persons": "người",
            "hectares": "ha",
            "criteria of 19": "tiêu chí trên 19",
            "USD per person": "USD/người",
            "criteria": "tiêu chí",
            "percentage points": "điểm phần trăm",
            "communes": "xã",
            "units": "đơn vị",
        ]
        return vietnamese[measure] ?? measure
    }
}

// Backtest reports.
extension Words {
    /// `Backtest of flow (yearly): 3 series, horizon 1–3, 5 origins 1 year apart`.
    static func backtestTitle(_ language: Language, indicator: String, granularity: String, series: Int, horizon: Int, origins: Int, step: Int) -> String {
        let steps = horizon == 1 ? "1" : "1–\(horizon)"
        if language == .vi {
            let unit = ["year": "năm", "quarter": "quý", "month": "tháng"][granularity] ?? granularity
            let spacing = origins == 1 ? "" : " cách nhau \(step) \(unit)"
            return "Kiểm định dự báo trên số liệu quá khứ — \(indicator) (theo \(unit)): \(series) chuỗi, dự báo \(steps) \(unit) tới, \(origins) mốc dự báo\(spacing)"
        }
        let adjective = ["year": "yearly", "quarter": "quarterly", "month": "monthly"][granularity] ?? granularity
        let apart = origins == 1 ? "" : " \(step) \(granularity)\(step == 1 ? "" : "s") apart"
        return "Backtest of \(indicator) (\(adjective)): \(series) series, horizon \(steps), \(origins) origin\(origins == 1 ? "" : "s")\(apart)"
    }

    static func backtestMethod(_ language: Language) -> String {
        language == .vi
            ? "Mỗi mốc ước lượng mô hình trên toàn bộ số liệu đến mốc đó; mỗi chỉ số là trung bình qua các chuỗi của trung bình từng chuỗi."
            : "Each origin trains on all data up to it; each measure is the mean over series of each series' own mean."
    }

    static func seriesCount(_ language: Language) -> String {
        language == .vi ? "chuỗi" : "series"
    }

    static func points(_ language: Language) -> String {
        language == .vi ? "điểm" : "points"
    }

    static func covered(_ language: Language, _ level: String) -> String {
        language == .vi ? "trong khoảng \(level)%" : "in \(level)%"
    }

    static func byHorizon(_ language: Language, _ measure: String) -> String {
        language == .vi ? "\(measure) theo số bước dự báo" : "\(measure) by steps ahead"
    }

    static func skippedOrigins(_ language: Language, model: String, skipped: Int, of total: Int) -> String {
        language == .vi
            ? "\(model): bỏ qua \(skipped) trên \(total) cặp (chuỗi, mốc) vì quá ít số liệu để ước lượng"
            : "\(model): skipped \(skipped) of \(total) (series, origin) pairs with too few values to train on"
    }

    static func failedOrigins(_ language: Language, model: String, failed: Int, of total: Int) -> String {
        language == .vi
            ? "\(model): \(failed) trên \(total) cặp (chuỗi, mốc) không dự báo được (chi tiết ở luồng lỗi)"
            : "\(model): \(failed) of \(total) (series, origin) pairs could not be forecast (details on standard error)"
    }

    static func nothingScored(_ language: Language) -> String {
        language == .vi ? "không chấm được dự báo nào" : "nothing scored"
    }
}

extension Words {
    static func unequalSeries(_ language: Language) -> String {
        language == .vi
            ? "Lưu ý: các mô hình được chấm trên số chuỗi khác nhau (cột \"chuỗi\"), nên so sánh giữa chúng chỉ gần đúng."
            : "Note: the models were scored on different numbers of series (column \"series\"), so they are not compared on the same forecasts."
    }
}
