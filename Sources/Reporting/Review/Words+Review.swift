import InputFiles
import Planning

// The review's words. Statuses are written as a planner reads a projection
// in mid-year: a probability, not yet a verdict, hence "khả năng đạt" /
// "có nguy cơ không đạt" / "khó đạt" rather than "đạt" / "không đạt".
extension Words {
    static func status(_ status: AttainmentStatus, _ language: Language) -> String {
        switch (status, language) {
        case (.onTrack, .vi): "Khả năng đạt"
        case (.atRisk, .vi): "Có nguy cơ không đạt"
        case (.offTrack, .vi): "Khó đạt"
        case (.onTrack, .en): "On track"
        case (.atRisk, .en): "At risk"
        case (.offTrack, .en): "Off track"
        case (.notScored, .vi): "Không đánh giá được"
        case (.notScored, .en): "Not scored"
        }
    }

    static func reason(_ reason: LaggingReason, _ language: Language) -> String {
        switch (reason, language) {
        case (.targetUnlikely, .vi): "khó đạt chỉ tiêu"
        case (.behindPeers, .vi): "chậm hơn các đơn vị cùng cấp"
        case (.belowBand, .vi): "dưới nhóm tiêu chí được giao"
        case (.slowProgress, .vi): "tiến độ chậm so với yêu cầu"
        case (.targetUnlikely, .en): "own target unlikely"
        case (.behindPeers, .en): "far behind its peers"
        case (.belowBand, .en): "below its assigned band"
        case (.slowProgress, .en): "progress too slow for the target"
        }
    }

    /// `calibrated` / `nominal` as the document writes them.
    /// How a year was projected, in the report's language: the in-year
    /// methods by name (`ytd-share` → "tỷ trọng lũy kế"); a fitted model's
    /// exact name (`ets:AAdN`, `drift`) is an identifier and stays.
    static func method(_ code: String, _ language: Language) -> String {
        guard language == .vi else { return code }
        switch code {
        case "ytd-share": return "tỷ trọng lũy kế"
        case "model": return "mô hình theo tháng"
        case "yearly-totals": return "mô hình theo tổng cả năm"
        case "observed": return "số thực hiện"
        default: return code
        }
    }

    static func calibration(_ code: String, _ language: Language) -> String {
        switch (code, language) {
        case ("calibrated", .vi): "đã hiệu chỉnh"
        case ("nominal", .vi): "danh nghĩa"
        default: code
        }
    }

    /// A unit's level (`district`) in the report's language.
    static func level(_ level: String, _ language: Language) -> String {
        guard language == .vi else { return level }
        let vietnamese = [
            "province": "tỉnh", "district": "huyện", "city": "thành phố", "town": "thị xã",
            "commune": "xã", "ward": "phường", "township": "thị trấn", "agency": "cơ quan",
            "department": "sở, ngành", "country": "cả nước", "region": "vùng",
        ]
        return vietnamese[level] ?? level
    }

    static func none(_ language: Language) -> String {
        language == .vi ? "Không có." : "None."
    }

    static func section(_ section: ReviewSection, _ language: Language) -> String {
        switch (section, language) {
        case (.headline, .vi): "Tóm tắt"
        case (.targets, .vi): "Chỉ tiêu: dự báo và xác suất đạt"
        case (.pace, .vi): "Tiến độ cần đạt trong những tháng còn lại"
        case (.bands, .vi): "Chỉ tiêu về số đơn vị đạt mức"
        case (.lagging, .vi): "Đơn vị chậm tiến độ"
        case (.basis, .vi): "Cơ sở của từng con số"
        case (.headline, .en): "Summary"
        case (.targets, .en): "Targets: projection and probability"
        case (.pace, .en): "Pace needed for the rest of the year"
        case (.bands, .en): "Band targets: units within a range"
        case (.lagging, .en): "Lagging units"
        case (.basis, .en): "What each number rests on"
        }
    }

    static func reviewTitle(_ region: String, _ language: Language) -> String {
        language == .vi ? "Rà soát khả năng hoàn thành chỉ tiêu — \(region)" : "Target risk review — \(region)"
    }

    /// `Data through June 2014` / `Số liệu đến hết tháng 6/2014`.
    static func dataThrough(_ asOf: Period?, _ language: Language) -> String {
        guard let asOf else {
            return language == .vi ? "Dự báo từ số liệu các năm đã qua" : "Projection from whole years' data"
        }
        if asOf.granularity == .year {
            return language == .vi ? "Số liệu đến hết năm \(asOf.year)" : "Data through \(asOf.year)"
        }
        return language == .vi
            ? "Số liệu đến hết tháng \(asOf.lastMonth)/\(asOf.year)"
            : "Data through \(monthName(asOf.lastMonth)) \(asOf.year)"
    }

    static func monthName(_ month: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December"]
        return (1...12).contains(month) ? names[month - 1] : String(month)
    }

    /// Months `first…last` of a year: `Jan–Jun` / `tháng 1–6`.
    static func months(_ first: Int, _ last: Int, _ language: Language) -> String {
        if language == .vi { return first == last ? "tháng \(first)" : "tháng \(first)–\(last)" }
        let short = { (m: Int) in String(monthName(m).prefix(3)) }
        return first == last ? short(first) : short(first) + "–" + short(last)
    }

    /// `5 targets: 2 on track, 1 at risk, 2 off track`.
    static func statusCounts(_ noun: (Language, Int) -> String, _ counts: [AttainmentStatus: Int], _ language: Language) -> String {
        let total = counts.values.reduce(0, +)
        // "not scored" only when some target is: the usual three always.
        let shown = AttainmentStatus.allCases.filter { $0 != .notScored || counts[$0, default: 0] > 0 }
        let parts = shown.map { "\(counts[$0, default: 0]) " + status($0, language).lowercased() }
        return "\(total) " + noun(language, total) + ": " + parts.joined(separator: ", ")
    }

    static func targetsNoun(_ language: Language, _ n: Int) -> String {
        language == .vi ? "chỉ tiêu" : (n == 1 ? "target" : "targets")
    }

    static func bandTargetsNoun(_ language: Language, _ n: Int) -> String {
        language == .vi ? "chỉ tiêu số đơn vị đạt mức" : (n == 1 ? "band target" : "band targets")
    }

    static func laggingCount(_ n: Int, _ language: Language) -> String {
        language == .vi ? "\(n) đơn vị chậm tiến độ" : "\(n) lagging unit" + (n == 1 ? "" : "s")
    }

    static func notes(_ language: Language) -> String {
        language == .vi ? "Ghi chú" : "Notes"
    }
}
