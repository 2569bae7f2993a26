/// Dates in workbooks: a cell holds a serial day number, and only its
/// style's number format says that it is a date (ECMA-376 Part 1 §18.8.30,
/// the built-in formats; §18.8.31, format codes).
enum ExcelDate {
    /// How a date cell reads as text here: a format without the day
    /// (`mmm-yy`, `mm/yyyy`: what Excel makes of "06/2014") is the month
    /// `2014-06`, which is a period; one with the day is `2014-06-30`.
    enum Style: Equatable {
        case month
        case day
    }

    /// The style of number format `id` with custom code `code`; nil when it
    /// does not show a date (numbers, percentages, times of day alone).
    static func style(formatID id: Int, code: String?) -> Style? {
        switch id {
        case 17: return .month
        case 14, 15, 16, 22, 27...36, 50...58: return .day
        case 0...49 where code == nil: return nil
        default: break
        }
        guard let code else { return nil }
        // Drop quoted text, escaped characters and bracketed sections ([Red], [$-42A]).
        var plain = ""
        var quoted = false, bracketed = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            default: if !quoted && !bracketed { plain.append(character) }
            }
        }
        guard plain.contains("y") || plain.contains("d") else { return nil }
        return plain.contains("d") ? .day : .month
    }

    /// The civil date of a serial day number: 1 is 1900-01-01 in the 1900
    /// system, which counts a 29 February 1900 that never was (serial 60,
    /// kept from Lotus 1-2-3), and 0 is 1904-01-01 in the 1904 system.
    static func civil(serial: Double, uses1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }  // up to 9999-12-31
        let whole = Int(serial.rounded(.down))
        // Days since 1970-01-01.
        let days: Int
        if uses1904 {
            days = whole - 24_107
        } else {
            guard whole >= 1 else { return nil }
            days = whole < 60 ? whole - 25_568 : whole - 25_569
        }
        // Howard Hinnant's days_from_civil inverse (public-domain algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The text of a date cell in `style`.
    static func text(serial: Double, style: Style, uses1904: Bool) -> String? {
        guard let (y, m, d) = civil(serial: serial, uses1904: uses1904) else { return nil }
        let year = String(y), month = m < 10 ? "0\(m)" : "\(m)", day = d < 10 ? "0\(d)" : "\(d)"
        return style == .month ? "\(year)-\(month)" : "\(year)-\(month)-\(day)"
    }
}
