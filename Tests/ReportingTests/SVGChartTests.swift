import Foundation
import Testing
@testable import Reporting

/// Scales, ticks and path text of the review's charts.
struct SVGChartTests {
    /// `ticks.csv`: ranges and the ticks R's `pretty()` gives them (make-ticks.R).
    static func tickCases() throws -> [(lo: Double, hi: Double, n: Int, ticks: [Double])] {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let text = try String(contentsOf: folder.appendingPathComponent("ticks.csv"), encoding: .utf8)
        return try text.split(separator: "\n").dropFirst().map { line in
            let cells = line.split(separator: ",").map(String.init)
            try #require(cells.count == 4)
            return (Double(cells[0])!, Double(cells[1])!, Int(cells[2])!, cells[3].split(separator: " ").map { Double($0)! })
        }
    }

    @Test func ticksMatchRPretty() throws {
        let cases = try Self.tickCases()
        #expect(cases.count == 10)
        for c in cases {
            let axis = SVGChart.niceAxis(c.lo, c.hi, count: c.n)
            #expect(axis.ticks.count == c.ticks.count, "\(c.lo)…\(c.hi): \(axis.ticks) vs \(c.ticks)")
            for (mine, r) in zip(axis.ticks, c.ticks) {
                #expect(abs(mine - r) <= 1e-12 * max(1, abs(r)), "\(c.lo)…\(c.hi): \(axis.ticks) vs \(c.ticks)")
            }
            #expect(axis.domain.0 == axis.ticks.first && axis.domain.1 == axis.ticks.last)
        }
    }

    @Test func pointDomainIsWidened() {
        let axis = SVGChart.niceAxis(5, 5)
        #expect(axis.domain.0 < 5 && axis.domain.1 > 5)
        let zero = SVGChart.niceAxis(0, 0)
        #expect(zero.domain.0 < 0 && zero.domain.1 > 0)
        #expect(SVGChart.Scale(domain: (3, 3), range: (0, 100))(3) == 50)
    }

    @Test func scaleMapsEndsToEnds() {
        let y = SVGChart.Scale(domain: (2000, 2300), range: (310, 34))
        #expect(y(2000) == 310)
        #expect(y(2300) == 34)
        #expect(abs(y(2150) - 172) < 1e-12)
    }

    @Test func categoryTicks() {
        let years = (2005...2014).map(String.init)
        #expect(SVGChart.categoryTicks(years).map(\.text) == years)
        let months = (1...66).map { ReviewSample.month(2009, $0) }
        #expect(SVGChart.categoryTicks(months).map(\.text) == ["2009", "2010", "2011", "2012", "2013", "2014"])
        #expect(SVGChart.categoryTicks(months).map(\.index) == [0, 12, 24, 36, 48, 60])
        let quarters = (0..<30).map { "\(2007 + $0 / 4)-Q\($0 % 4 + 1)" }
        let thinned = SVGChart.categoryTicks(quarters)
        #expect(thinned.count == 10 && thinned.map(\.index) == Array(stride(from: 0, to: 30, by: 3)))
    }

    @Test func coordinatesUseDotsAndOneDecimal() {
        #expect(SVGChart.number(12.345) == "12.3")
        #expect(SVGChart.number(120) == "120")
        #expect(SVGChart.number(-0.04) == "0")
        #expect(SVGChart.path([(0, 1), (2.25, 3)]) == "M0 1 L2.3 3")
        #expect(SVGChart.points([(0, 1), (2, 3)]) == "0,1 2,3")
    }
}

extension SVGChartTests {
    @Test func tickLabelsHaveTheStepsDecimals() {
        #expect(SVGChart.decimals(ofTicks: [140, 160, 180]) == 0)
        #expect(SVGChart.decimals(ofTicks: [0, 0.05, 0.1]) == 2)
        #expect(SVGChart.decimals(ofTicks: [0.1, 0.2]) == 1)
        #expect(SVGChart.decimals(ofTicks: [0, 0.5, 1]) == 1)
        #expect(SVGChart.decimals(ofTicks: [2]) == 0)
    }
}
