import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Planning
import Testing
@testable import Reporting

/// The review's HTML page: self-contained, data escaped everywhere (SVG
/// text included), charts well-formed, statuses in colour and in words.
struct ReviewHTMLTests {
    static let hostileUnit = "<script>alert(1)</script>"
    static let hostileIndicator = "a&b\"c"

    let hostile = ReviewSample.document(unitName: hostileUnit, indicatorName: hostileIndicator)

    @Test(arguments: Language.allCases)
    func dataIsEscapedEverywhere(language: Language) {
        let html = ReviewReport(hostile, language: language).rendered(as: .html)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("a&b"))
        #expect(!html.contains("b\"c"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("a&amp;b&quot;c"))
        // In the charts' titles (SVG <text> and <title>) as well as in the tables.
        #expect(html.contains("<text x=\"78\" y=\"20\" text-anchor=\"start\" class=\"chart-title\">&lt;script&gt;alert(1)&lt;/script&gt; — a&amp;b&quot;c 2014"))
        #expect(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; — a&amp;b&quot;c 2014 ("))
    }

    @Test func pageIsSelfContained() {
        let html = ReviewReport(ReviewSample.document(), language: .vi).rendered(as: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        let lower = html.lowercased()
        for external in ["<script", "src=", "href=", "@import", "url(", "<link", "@font-face", "<iframe", "<object"] {
            #expect(!lower.contains(external), "found \(external)")
        }
        // The only address is SVG's namespace name, which is never fetched.
        let addresses = lower.components(separatedBy: "http").count - 1
        #expect(addresses == lower.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1)
    }

    @Test func everyChartIsAWellFormedSVG() throws {
        let document = ReviewSample.document()
        let html = ReviewReport(hostile, language: .vi).rendered(as: .html)
        let svgs = html.components(separatedBy: "<svg ").dropFirst().map { "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
        #expect(svgs.count == document.charts.count + document.bands.count)
        for svg in svgs {
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        }
    }

    @Test func fanChartDrawsBandsMedianHistoryAndTarget() {
        let report = ReviewReport(ReviewSample.document(), language: .en)
        let svg = report.fanChartSVG(report.document.charts[0])
        #expect(svg.components(separatedBy: "<polygon").count - 1 == 2)
        #expect(svg.contains("fill=\"\(SVGChart.Palette.band95)\""))
        #expect(svg.contains("fill=\"\(SVGChart.Palette.band80)\""))
        #expect(svg.contains("<rect x=\"78\"") && svg.contains("fill=\"\(SVGChart.Palette.target)\""))
        #expect(svg.components(separatedBy: "stroke-dasharray=\"6 4\"").count - 1 == 2)
        for label in ["2009", "2013", "2014", "1,200", "2,400", "billion VND", "observed", "forecast (median)", "80% interval", "95% interval", "target"] {
            #expect(svg.contains(">\(label)<"), "no label \(label)")
        }
        // Monthly history: the x axis is labelled at each January, by its year.
        let monthly = report.fanChartSVG(report.document.charts[1])
        #expect(monthly.contains(">2013<") && monthly.contains(">2014<") && !monthly.contains(">2013-02<"))
        // A one-sided target is one dashed line and no band.
        #expect(!monthly.contains("fill=\"\(SVGChart.Palette.target)\"/>"))
        #expect(monthly.components(separatedBy: "stroke-dasharray=\"6 4\"").count - 1 == 1)
    }

    @Test func bandChartMarksTheTargetCount() {
        let report = ReviewReport(ReviewSample.document(), language: .vi)
        let band = report.document.bands[0]
        let svg = report.bandChartSVG(band)
        let met = svg.components(separatedBy: "fill=\"\(SVGChart.Palette.met)\"").count - 1
        let short = svg.components(separatedBy: "fill=\"\(SVGChart.Palette.short)\"").count - 1
        // Bars for counts 0…7 fall short of 8 (plus the legend's swatch); the rest meet it.
        #expect(short == 8 + 1)
        let drawn = band.distribution.indices.filter { band.distribution[$0] > 1e-5 }
        #expect(met == (8...(drawn.last! + 1)).count + 1)
        #expect(svg.contains(">chỉ tiêu ≥ 8<"))
        #expect(svg.contains(">số đơn vị trong khoảng<"))
    }

    @Test func statusesHaveColourSymbolAndWord() {
        let html = ReviewReport(ReviewSample.document(), language: .vi).rendered(as: .html)
        #expect(html.contains("<td class=\"status on_track\"><span aria-hidden=\"true\">✓</span> Khả năng đạt</td>"))
        #expect(html.contains("<td class=\"status at_risk\"><span aria-hidden=\"true\">!</span> Có nguy cơ không đạt</td>"))
        #expect(html.contains("<td class=\"status off_track\"><span aria-hidden=\"true\">✗</span> Khó đạt</td>"))
        #expect(html.contains("td.on_track { background: #e3f4e1;"))
    }

    @Test func sectionPagesHaveTheirOwnTitle() {
        let html = ReviewReport(ReviewSample.document(), language: .en).rendered([.bands], as: .html)
        #expect(html.contains("<title>Band targets: units within a range — Sơn La</title>"))
        #expect(html.contains("<section id=\"bands\">"))
        #expect(!html.contains("<section id=\"targets\">"))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 2)
    }
}
