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
}
