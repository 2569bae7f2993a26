import Foundation
import InputFiles
import Planning
@testable import Reporting

/// A small review document built by hand: three targets (one per status),
/// a pace row, two band targets, four lagging units (one per reason), two
/// fan charts (yearly and monthly) and a note. Its numbers are inputs, not
/// results: the tests check how they are laid out and translated.
enum ReviewSample {
    static func document(unitName: String = "Sơn La", indicatorName: String = "Thu ngân sách") -> ReviewDocument {
        let revenue = ReviewDocument.TargetRow(
            unit: "son-la", unitName: unitName, indicator: "budget_revenue", indicatorName: indicatorName,
            measure: "billion VND", period: .year(2014), low: 2100, high: 2200,
            projected: 2150.3, lo80: 2040.6, hi80: 2262.2, lo95: 1985.4, hi95: 2318.9,
            pLow: 0.66, pHigh: 0.31, status: .atRisk,
            method: "ets:AAdN", calibration: "calibrated", basis: "budget_revenue 2009-01..2014-06, 66 months")
        let investment = ReviewDocument.TargetRow(
            unit: "son-la", unitName: unitName, indicator: "social_investment", indicatorName: "Vốn đầu tư toàn xã hội",
            measure: "billion VND", period: .year(2014), low: 13200, high: 13200,
            projected: 11890, lo80: 11020, hi80: 12760, lo95: 10560, hi95: 13220,
            pLow: 0.026, pHigh: 0.026, status: .offTrack,
            method: "linear", calibration: "nominal", basis: "social_investment 2005–2013, 9 years")
        let criteria = ReviewDocument.TargetRow(
            unit: "moc-chau", unitName: "Huyện Mộc Châu", indicator: "nrd_criteria", indicatorName: "Tiêu chí nông thôn mới",
            measure: "criteria of 19", period: .year(2014), low: 11, high: 11,
            projected: 11.35, lo80: 11.05, hi80: 11.7, lo95: 10.9, hi95: 11.9,
            pLow: 0.9991, pHigh: 0.9991, status: .onTrack,
            method: "drift", calibration: "calibrated", basis: "nrd_criteria 2011–2013, 3 years")
        let pace = ReviewDocument.PaceRow(
            unit: "son-la", unitName: unitName, indicator: "budget_revenue", indicatorName: indicatorName,
            measure: "billion VND", observed: 987.6, remainingNeeded: 1112.4, requiredRatio: 1.1264,
            pastRatioMin: 0.98, pastRatioMedian: 1.07, pastRatioMax: 1.21, pastYears: [2009, 2010, 2011, 2012, 2013])
        let band14 = ReviewDocument.BandRow(
            unit: "son-la", indicator: "nrd_criteria", unitName: unitName, indicatorName: "Tiêu chí nông thôn mới",
            period: .year(2014), minValue: 14, maxValue: 19, targetCount: 8, unitCount: 188,
            expected: 6.2, lo95: 2, hi95: 11, pMet: 0.27, status: .offTrack, distribution: binomial(188, 6.2 / 188))
        let band5 = ReviewDocument.BandRow(
            unit: "son-la", indicator: "nrd_criteria", period: .year(2014), minValue: 5, maxValue: 19,
            targetCount: 88, unitCount: 188, expected: 97.4, lo95: 84, hi95: 111, pMet: 0.86, status: .onTrack,
            distribution: binomial(188, 97.4 / 188))
        let lagging = [
            ReviewDocument.LaggingRow(rank: 1, unit: "quynh-nhai", unitName: "Huyện Quỳnh Nhai", level: "district",
                                      parentName: "Sơn La", parent: "son-la", indicator: "budget_revenue",
                                      indicatorName: indicatorName, reason: .targetUnlikely, gap: 48.25,
                                      gapMeasure: "billion VND", risk: 0.93),
            ReviewDocument.LaggingRow(rank: 2, unit: "sop-cop", unitName: "Huyện Sốp Cộp", level: "district",
                                      parentName: "Sơn La", parent: "son-la", indicator: "budget_revenue",
                                      reason: .behindPeers, gap: 7.4, gapMeasure: "percentage points", risk: 0.81),
            ReviewDocument.LaggingRow(rank: 3, unit: "chieng-on", unitName: "Xã Chiềng Ơn", level: "commune",
                                      parentName: "Huyện Quỳnh Nhai", indicator: "nrd_criteria",
                                      reason: .belowBand, gap: 3, gapMeasure: "criteria", risk: 0.64),
            ReviewDocument.LaggingRow(rank: 4, unit: "muong-la", unitName: "Huyện Mường La", level: "district",
                                      parentName: "Sơn La", parent: "son-la", indicator: "nrd_criteria",
                                      reason: .slowProgress, gap: 1.5, gapMeasure: "criteria", risk: 0.55),
        ]
        let yearly = ReviewDocument.FanChart(
            title: unitName + " — " + indicatorName + " 2014", measure: "billion VND",
            history: [("2009", 1390.2), ("2010", 1611.8), ("2011", 1733.5), ("2012", 1850.1), ("2013", 1987.4)],
            forecast: [("2014", 2150.3, 2040.6, 2262.2, 1985.4, 2318.9)],
            targetLow: 2100, targetHigh: 2200)
        let monthlyHistory = (0..<18).map { i in
            (label: month(2013, 1 + i), value: 150 + 12 * sin(Double(i) / 2) + Double(i))
        }
        let monthlyForecast = (0..<6).map { i in
            let median = 170 + 2 * Double(i)
            let spread = 8 + 3 * Double(i)
            return (label: month(2014, 7 + i), median: median, lo80: median - spread, hi80: median + spread,
                    lo95: median - 1.53 * spread, hi95: median + 1.53 * spread)
        }
        let monthly = ReviewDocument.FanChart(title: unitName + " — " + indicatorName + " (tháng)", measure: "billion VND",
                                              history: monthlyHistory, forecast: monthlyForecast, targetLow: 180)
        return ReviewDocument(
            region: unitName, asOf: .month(year: 2014, month: 6), targets: [revenue, investment, criteria], pace: [pace],
            bands: [band14, band5], lagging: lagging, charts: [yearly, monthly],
            notes: ["Probabilities calibrated on 12 district series; 95% coverage 94%."])
    }

    /// `YYYY-MM` for the `offset`-th month counted from January of `year` (1 = January).
    static func month(_ year: Int, _ offset: Int) -> String {
        let y = year + (offset - 1) / 12
        let m = (offset - 1) % 12 + 1
        return "\(y)-" + (m < 10 ? "0\(m)" : "\(m)")
    }

    /// The binomial probabilities P(K = k), k = 0…n, by the recurrence
    /// P(k + 1) = P(k)·(n − k)/(k + 1)·p/(1 − p) from P(0) = (1 − p)ⁿ — an
    /// input shaped like a band's count distribution, not a checked number.
    static func binomial(_ n: Int, _ p: Double) -> [Double] {
        var out = [pow(1 - p, Double(n))]
        for k in 0..<n { out.append(out[k] * Double(n - k) / Double(k + 1) * p / (1 - p)) }
        return out
    }
}
