import Foundation
import InputFiles
import Planning
import Testing
@testable import Reporting

/// The terminal table and Markdown of the review: words in each language,
/// numbers in each language's style, section order, alignment.
struct ReviewTextTests {
    let document = ReviewSample.document()

    @Test func vietnameseTableHasVietnameseWordsAndNumbers() {
        let text = ReviewReport(document, language: .vi).rendered(as: .table)
        for word in [
            "Rà soát khả năng hoàn thành chỉ tiêu — Sơn La", "Số liệu đến hết tháng 6/2014",
            "3 chỉ tiêu: 1 khả năng đạt, 1 có nguy cơ không đạt, 1 khó đạt", "4 đơn vị chậm tiến độ",
            "Khả năng đạt", "Có nguy cơ không đạt", "Khó đạt",
            "khó đạt chỉ tiêu", "chậm hơn các đơn vị cùng cấp", "dưới nhóm tiêu chí được giao", "tiến độ chậm so với yêu cầu",
            "mức chỉ tiêu", "khoảng 80%", "khoảng 95%", "đánh giá", "phương pháp", "ets:AAdN, đã hiệu chỉnh", "linear, danh nghĩa",
            "Thu ngân sách (tỷ đồng)", "2.100–2.200", "≥ 13.200", "2.150", "2.041 – 2.262", "1.985 – 2.319",
            "66%", "31%", "> 99%", "3%",
            "đã thực hiện (tháng 1–6)", "còn cần (tháng 7–12)", "988", "1.112", "1,13", "0,98", "1,07", "1,21",
            "2009–2013", "cao hơn trung vị",
            "14–19", "≥ 8", "6,2", "2–11", "27%", "huyện", "xã", "48,3 tỷ đồng", "7,40 điểm phần trăm", "3 tiêu chí", "1,50 tiêu chí", "≥ 11 ", "0,93",
            "Cơ sở của từng con số", "budget_revenue 2009-01..2014-06, 66 months",
        ] {
            #expect(text.contains(word), "missing \(word)")
        }
        for english in ["On track", "At risk", "Off track", "own target unlikely", "billion VND", "2,100"] {
            #expect(!text.contains(english), "English \(english) in the Vietnamese table")
        }
    }

    @Test func englishTableHasEnglishWordsAndNumbers() {
        let text = ReviewReport(document, language: .en).rendered(as: .table)
        for word in [
            "Target risk review — Sơn La", "Data through June 2014",
            "3 targets: 1 on track, 1 at risk, 1 off track", "2 band targets: 1 on track, 0 at risk, 1 off track",
            "4 lagging units", "On track", "At risk", "Off track",
            "own target unlikely", "far behind its peers", "below its assigned band", "progress too slow for the target",
            "2,100–2,200", "≥ 13,200", "2,150", "988", "1,112", "observed (Jan–Jun)", "still needed (Jul–Dec)",
            "above the median", "48.3 billion VND", "ets:AAdN, calibrated", "linear, nominal",
        ] {
            #expect(text.contains(word), "missing \(word)")
        }
        #expect(!text.contains("Khả năng đạt"))
    }

    @Test func sectionsComeInTheSpecifiedOrder() throws {
        for language in Language.allCases {
            let text = ReviewReport(document, language: language).rendered(as: .table)
            let title = Words.reviewTitle("Sơn La", language)
            let headings = [title] + ReviewSection.allCases.dropFirst().map { Words.section($0, language) }
            let positions = try headings.map { try #require(text.range(of: $0)?.lowerBound, "no \($0)") }
            #expect(positions == positions.sorted())
        }
    }

    @Test func numericColumnsEndInOneColumn() throws {
        let table = ReviewReport(document, language: .vi).targetsTable()
        let lines = table.aligned().split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + document.targets.count)
        // "dự báo" (projected) is right-aligned: header and cells end at the same character.
        let header = try #require(lines.first)
        let end = try #require(header.range(of: "dự báo")?.upperBound)
        let column = header.distance(from: header.startIndex, to: end)
        for (line, row) in zip(lines.dropFirst(), table.rows) {
            let cell = row[4]
            let cellEnd = try #require(line.range(of: "   " + cell)?.upperBound)
            #expect(line.distance(from: line.startIndex, to: cellEnd) == column)
        }
    }

    @Test func aSectionAloneHasOnlyItsTable() {
        let report = ReviewReport(document, language: .en)
        let attain = report.rendered([.targets], as: .table)
        #expect(attain.contains("Targets: projection and probability"))
        #expect(attain.contains("P(reach low)"))
        #expect(!attain.contains("Lagging units"))
        #expect(!attain.contains("Data through"))
        let lagging = report.rendered([.lagging], as: .markdown)
        #expect(lagging.hasPrefix("# Lagging units — Sơn La\n"))
        #expect(lagging.contains("| rank | unit | level | parent | indicator | reason | gap | risk |"))
        #expect(!lagging.contains("P(reach low)"))
    }

    @Test func emptySectionsSaySo() {
        var empty = document
        empty.lagging = []
        empty.pace = []
        #expect(ReviewReport(empty, language: .vi).rendered([.lagging], as: .table).contains("Không có."))
        #expect(ReviewReport(empty, language: .en).rendered([.pace], as: .markdown).contains("None."))
    }

    @Test func markdownTablesHaveAlignmentRowsAndEscapedCells() {
        let doc = ReviewSample.document(unitName: "A|B <img src=x>")
        let markdown = ReviewReport(doc, language: .en).rendered(as: .markdown)
        #expect(markdown.hasPrefix("# Target risk review — A\\|B \\<img src=x>\n"))
        #expect(markdown.contains("| unit | indicator | period | target | projected |"))
        #expect(markdown.contains("|---|---|---|---:|---:|---:|---:|---:|---:|---|---|"))
        #expect(markdown.contains("| A\\|B \\<img src=x> | Thu ngân sách (billion VND) | 2014 | 2,100–2,200 | 2,150 |"))
        #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<img"))
        // A `<` before a space or digit cannot open a tag and stays as it is.
        #expect(ReviewTable.markdownEscape("< 1%") == "< 1%")
    }

    @Test func probabilitiesNeverRoundToCertainty() {
        let report = ReviewReport(document, language: .en)
        #expect(report.percent(0.9991) == "> 99%")
        #expect(report.percent(1) == "100%")
        #expect(report.percent(0.004) == "< 1%")
        #expect(report.percent(0) == "0%")
        #expect(report.percent(0.125) == "13%")
        #expect(report.percent(.nan) == "–")
    }

    @Test func vietnameseNumberStyle() {
        #expect(NumberText(language: .vi, decimals: 1).format(2150.3) == "2.150,3")
        #expect(NumberText(language: .en, decimals: 1).format(2150.3) == "2,150.3")
        #expect(NumberText(language: .vi, decimals: 0).format(-13200) == "−13.200")
    }

    @Test func periodsAndMonthsInEachLanguage() {
        #expect(Words.dataThrough(.quarter(year: 2014, quarter: 2), .vi) == "Số liệu đến hết tháng 6/2014")
        #expect(Words.dataThrough(.span(year: 2014, firstMonth: 1, lastMonth: 6), .en) == "Data through June 2014")
        #expect(Words.dataThrough(.year(2013), .vi) == "Số liệu đến hết năm 2013")
        #expect(Words.dataThrough(nil, .en) == "Projection from whole years' data")
        #expect(Words.months(7, 12, .en) == "Jul–Dec")
    }
}

/// A printed probability never contradicts its status (issue 19, item 5):
/// 0.7995 is at risk under the 80% threshold, so it cannot read `80%`.
struct ProbabilityTextTests {
    func percent(_ p: Double, onTrack: Double = 0.8, offTrack: Double = 0.5, language: Language = .en) -> String {
        var document = ReviewSample.document()
        document.thresholds = StatusThresholds(onTrack: onTrack, offTrack: offTrack)
        return ReviewReport(document, language: language).percent(p)
    }

    @Test func wholePercentWhereItStaysOnItsSide() {
        #expect(percent(0.66) == "66%")
        #expect(percent(0.8) == "80%")
        #expect(percent(0.8004) == "80%")
        #expect(percent(0.5) == "50%")
        #expect(percent(0.9991) == "> 99%")
    }

    @Test func moreDigitsWhereRoundingWouldCrossAThreshold() {
        #expect(percent(0.7995) == "79.95%")
        #expect(percent(0.79999) == "79.999%")
        #expect(percent(0.4996) == "49.96%")
        #expect(percent(0.7995, language: .vi) == "79,95%")
        #expect(percent(0.849, onTrack: 0.85) == "84.9%")
    }
}

/// Numbers past Int64 keep all their digits and groups (issue 19, item 14:
/// `1e+,308` was printed).
struct LargeNumberTextTests {
    @Test func hugeNumbersAreGroupedDigits() {
        #expect(NumberText(language: .en, decimals: 0).format(1e19) == "10,000,000,000,000,000,000")
        #expect(NumberText(language: .vi, decimals: 0).format(-2.5e19) == "−25.000.000.000.000.000.000")
    }
}
