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

    static func notForecast(_ language: Language) -> String {
        language == .vi ? "không dự báo được" : "no forecast"
    }

    /// A unit of measurement as the indicators file writes it (in English),
    /// in the report's language where the translation is known.
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
        ]
        return vietnamese[measure] ?? measure
    }
}
