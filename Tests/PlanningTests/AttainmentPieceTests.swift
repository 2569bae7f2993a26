import Foundation
import InputFiles
import Planning
import Probability
import Testing

/// Rows of a small comma-separated fixture without quoted cells.
private func fixture(_ name: String) throws -> [[String: String]] {
    let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    var lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
    let header = lines.removeFirst().split(separator: ",").map(String.init)
    return lines.map { Dictionary(uniqueKeysWithValues: zip(header, $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init))) }
}

private func row(_ period: Period, _ value: Double?) -> Observation {
    Observation(unit: "u", indicator: "x", period: period, value: value, line: 0)
}

@Suite struct InYearFlowsTests {
    /// Spans and months tile the year; a gap or a span across the as-of month breaks the tiling.
    @Test func yearToDateFromTiles() {
        let flows = InYearFlows([
            row(.span(year: 2013, firstMonth: 1, lastMonth: 6), 830),
            row(.span(year: 2013, firstMonth: 7, lastMonth: 8), 410),
            row(.span(year: 2013, firstMonth: 9, lastMonth: 9), 275),
            row(.month(year: 2014, month: 1), 100), row(.month(year: 2014, month: 2), 90),
            row(.month(year: 2014, month: 4), 120),
            row(.year(2012), 1500),
        ])
        #expect(flows.yearToDate(2013, through: 6) == 830)
        #expect(flows.yearToDate(2013, through: 8) == 1240)
        #expect(flows.yearToDate(2013, through: 7) == nil, "July alone is inside the span 07..08")
        #expect(flows.coveredThrough(2013) == 9)
        #expect(flows.total(2013) == nil, "October–December not reported")
        #expect(flows.coveredThrough(2014) == 2, "March is missing")
        #expect(flows.yearToDate(2014, through: 4) == nil)
        #expect(flows.total(2012) == 1500)
        #expect(flows.yearsWithTotals == [2012])
    }

    @Test func missingValuesAreLeftOut() {
        let flows = InYearFlows([row(.month(year: 2014, month: 1), nil), row(.month(year: 2014, month: 2), 5)])
        #expect(flows.coveredThrough(2014) == 0)
    }

    /// The as-of cut keeps what was known at the end of the period.
    @Test func asOfCut() {
        let asOf = Period.month(year: 2014, month: 6)
        #expect(row(.month(year: 2014, month: 6), 1).isKnown(asOf: asOf))
        #expect(!row(.month(year: 2014, month: 7), 1).isKnown(asOf: asOf))
        #expect(!row(.span(year: 2014, firstMonth: 1, lastMonth: 9), 1).isKnown(asOf: asOf))
        #expect(!row(.year(2014), 1).isKnown(asOf: asOf))
        #expect(row(.year(2013), 1).isKnown(asOf: asOf))
        #expect(row(.year(2014), 1).isKnown(asOf: .year(2014)))
    }
}

@Suite struct PredictiveValueTests {
    /// Quantiles of draws are R's type 8 (numpy median_unbiased; make-quantiles.py).
    @Test func quantilesMatchTypeEight() throws {
        let value = PredictiveValue.sample([3.1, -2.0, 7.5, 0.4, 12.9, 5.5, 5.5, 1.0, 9.25, -0.75, 4.0])
        for reference in try fixture("quantiles.csv") {
            let p = Double(reference["p"]!)!, expected = Double(reference["quantile"]!)!
            #expect(abs(value.quantile(p) - expected) <= 1e-12, "p = \(p)")
        }
    }

    @Test func tailProbabilities() {
        let draws = PredictiveValue.sample([1, 2, 2, 3, 4])
        #expect(draws.probability(atLeast: 2) == 0.8)
        #expect(draws.probability(atMost: 2) == 0.6)
        let counts = PredictiveValue.counts([0.1, 0.2, 0.3, 0.4])
        #expect(abs(counts.probability(atLeast: 2) - 0.7) < 1e-15)
        #expect(abs(counts.probability(atMost: 0) - 0.1) < 1e-15)
        #expect(counts.quantile(0.5) == 2)
    }

    /// at_least reads p_low; at_most reads p_high, and the status follows it.
    @Test func directionsAndStatus() {
        let value = PredictiveValue.sample((0..<1000).map { Double($0) })
        let atLeast = Target(unit: "u", indicator: "x", period: .year(2014), low: 900, high: 950, direction: .atLeast, line: 2)
        let met = AttainmentProbability(target: atLeast, value: value, thresholds: StatusThresholds(), method: "m", calibrated: false, basis: "")
        #expect(abs(met.pLow - 0.1) < 1e-12 && abs(met.pHigh - 0.05) < 1e-12)
        #expect(met.status == .offTrack)
        #expect(met.gap > 0)
        let atMost = Target(unit: "u", indicator: "x", period: .year(2014), low: 500, high: 850, direction: .atMost, line: 3)
        let under = AttainmentProbability(target: atMost, value: value, thresholds: StatusThresholds(), method: "m", calibrated: false, basis: "")
        #expect(abs(under.pHigh - 0.851) < 1e-12)
        #expect(under.status == .onTrack)
        #expect(AttainmentStatus(probability: 0.6, thresholds: StatusThresholds()) == .atRisk)
        #expect(AttainmentStatus(probability: 0.8, thresholds: StatusThresholds()) == .onTrack)
    }
}

@Suite struct YearToDateShareTests {
    /// The simulated probabilities match the exact t-based ones (scipy,
    /// make-ytd-share.py) within four Monte-Carlo standard errors.
    @Test func drawsMatchExactProbabilities() throws {
        var cases: [String: [[String: String]]] = [:]
        for reference in try fixture("ytd-share.csv") { cases[reference["case"]!, default: []].append(reference) }
        for (name, rows) in cases {
            let shares = rows[0]["shares"]!.split(separator: " ").map { Double($0)! }
            var observations: [Observation] = []
            for (index, share) in shares.enumerated() {
                observations.append(row(.span(year: 2000 + index, firstMonth: 1, lastMonth: 6), share * 1000))
                observations.append(row(.span(year: 2000 + index, firstMonth: 7, lastMonth: 12), (1 - share) * 1000))
            }
            let model = try #require(YearToDateShare(flows: InYearFlows(observations), before: 2100, month: 6))
            #expect(zip(model.shares, shares).allSatisfy { abs($0 - $1) < 1e-12 })
            var generator = SeededGenerator(seed: 42)
            let count = 100_000
            let value = PredictiveValue.sample(model.draws(yearToDate: Double(rows[0]["ytd"]!)!, count: count, generator: &generator))
            for reference in rows {
                let p = Double(reference["p_at_least"]!)!
                let se = (p * (1 - p) / Double(count)).squareRoot()
                #expect(abs(value.probability(atLeast: Double(reference["threshold"]!)!) - p) <= 4 * se + 1e-4, "\(name) at \(reference["threshold"]!)")
            }
            let median = Double(rows[0]["median"]!)!
            #expect(abs(value.median - median) / median < 0.005, "\(name) median")
        }
    }

    @Test func needsThreeYears() {
        let flows = InYearFlows([
            row(.span(year: 2010, firstMonth: 1, lastMonth: 6), 4), row(.span(year: 2010, firstMonth: 7, lastMonth: 12), 6),
            row(.span(year: 2011, firstMonth: 1, lastMonth: 6), 4), row(.span(year: 2011, firstMonth: 7, lastMonth: 12), 6),
        ])
        #expect(YearToDateShare(flows: flows, before: 2014, month: 6) == nil)
    }
}
