import Foundation
import InputFiles
import Planning
import Testing
@testable import Reporting

/// CSV and JSON of the review: the spec's columns first and in order,
/// `.` decimals and English codes in every language, counts as integers.
struct ReviewMachineTests {
    let document = ReviewSample.document()

    func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func attainCSVStartsWithTheSpecColumns() {
        let csv = ReviewReport(document, language: .vi).attainCSV()
        let rows = lines(csv)
        #expect(rows[0] == "unit,indicator,period,low,high,projected,lo_95,hi_95,p_low,p_high,status,lo_80,hi_80,direction,method,calibration,basis,note")
        #expect(rows[0].hasPrefix("unit,indicator,period,low,high,projected,lo_95,hi_95,p_low,p_high,status"))
        #expect(rows[1] == "son-la,budget_revenue,2014,2100.0,2200.0,2150.3,1985.4,2318.9,0.66,0.31,at_risk,2040.6,2262.2,at_least,ets:AAdN,calibrated,\"budget_revenue 2009-01..2014-06, 66 months\",")
        #expect(rows[3].hasPrefix("moc-chau,nrd_criteria,2014,11.0,11.0,11.35,10.9,11.9,0.9991,0.9991,on_track,"))
        #expect(rows.count == 1 + document.targets.count + 1 && rows.last == "")
    }

    @Test func machineFormatsDoNotDependOnTheLanguage() {
        for format in [OutputFormat.csv, .json] {
            let vi = ReviewReport(document, language: .vi).rendered(as: format)
            let en = ReviewReport(document, language: .en).rendered(as: format)
            // JSON names its language; nothing else differs.
            #expect(vi.replacingOccurrences(of: "\"language\": \"vi\"", with: "\"language\": \"en\"") == en)
        }
        #expect(ReviewReport(document, language: .vi).rendered(as: .csv) == ReviewReport(document).attainCSV())
    }

    @Test func bandsCSVWritesCountsAsIntegers() {
        let rows = lines(ReviewReport(document).bandsCSV())
        #expect(rows[0] == "unit,indicator,period,min_value,max_value,count,units,expected,lo_95,hi_95,p_met,status")
        #expect(rows[1] == "son-la,nrd_criteria,2014,14.0,19.0,8,188,6.2,2,11,0.27,off_track")
        #expect(rows[2] == "son-la,nrd_criteria,2014,5.0,19.0,88,188,97.4,84,111,0.86,on_track")
        #expect(ReviewReport(document).rendered([.bands], as: .csv) == ReviewReport(document).bandsCSV())
    }

    @Test func laggingCSVHasCodesAndParentIds() {
        let rows = lines(ReviewReport(document, language: .vi).laggingCSV())
        #expect(rows[0] == "rank,unit,name,level,parent,indicator,reason,gap,measure,risk")
        #expect(rows[1] == "1,quynh-nhai,Huyện Quỳnh Nhai,district,son-la,budget_revenue,target_unlikely,48.25,billion VND,0.93")
        #expect(rows[2] == "2,sop-cop,Huyện Sốp Cộp,district,son-la,budget_revenue,behind_peers,7.4,percentage points,0.81")
        // Without a parent id the parent's name stands in.
        #expect(rows[3] == "3,chieng-on,Xã Chiềng Ơn,commune,Huyện Quỳnh Nhai,nrd_criteria,below_band,3.0,criteria,0.64")
        #expect(rows[4].contains(",slow_progress,"))
    }

    @Test func paceCSV() {
        let rows = lines(ReviewReport(document).rendered([.pace], as: .csv))
        #expect(rows[0] == "unit,indicator,observed,remaining_needed,required_ratio,past_ratio_min,past_ratio_median,past_ratio_max,past_years")
        #expect(rows[1] == "son-la,budget_revenue,987.6,1112.4,1.1264,0.98,1.07,1.21,2009;2010;2011;2012;2013")
    }

    @Test func excelCSVNeutralisesFormulas() {
        var doc = document
        doc.lagging[0].unitName = "=HYPERLINK(\"http://x\")"
        let csv = ReviewReport(doc).laggingCSV(excel: true)
        #expect(csv.hasPrefix("\u{FEFF}rank,unit,"))
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",district,"))
    }

    @Test func jsonHoldsTheWholeDocument() throws {
        let text = ReviewReport(document, language: .vi).rendered(as: .json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["region"] as? String == "Sơn La")
        #expect(root["as_of"] as? String == "2014-06")
        let keys = ["summary", "targets", "charts", "pace", "bands", "lagging", "notes"]
        for key in keys { #expect(root[key] != nil, "no \(key)") }
        let summary = try #require(root["summary"] as? [String: Any])
        #expect((summary["targets"] as? [String: Int]) == ["on_track": 1, "at_risk": 1, "off_track": 1, "not_scored": 0])
        let targets = try #require(root["targets"] as? [[String: Any]])
        #expect(targets.map { $0["status"] as? String } == ["at_risk", "off_track", "on_track"])
        #expect(targets[0]["projected"] as? Double == 2150.3)
        let bands = try #require(root["bands"] as? [[String: Any]])
        #expect((bands[0]["distribution"] as? [Double])?.count == 189)
        #expect(bands[0]["count"] as? Int == 8)
        let lagging = try #require(root["lagging"] as? [[String: Any]])
        #expect(lagging.map { $0["reason"] as? String } == ["target_unlikely", "behind_peers", "below_band", "slow_progress"])
        let charts = try #require(root["charts"] as? [[String: Any]])
        #expect((charts[1]["history"] as? [Any])?.count == 18)
        #expect(charts[1]["target_high"] is NSNull)
    }

    @Test func jsonOfOneSectionKeepsTheFrame() throws {
        let text = ReviewReport(document).rendered([.lagging], as: .json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["region", "as_of", "language", "lagging"])
    }
}
