import InputFiles
import Planning
import Testing

/// The year-end summary on a panel small enough to score by hand.
@Suite struct YearEndAssessmentTests {
    static func observation(_ unit: String, _ indicator: String, _ period: String, _ value: Double?) -> Observation {
        Observation(unit: unit, indicator: indicator, period: Period(period)!, value: value, line: 0)
    }

    static func target(_ unit: String, _ indicator: String, _ low: Double, _ high: Double, _ direction: TargetDirection = .atLeast) -> Target {
        Target(unit: unit, indicator: indicator, period: .year(2013), low: low, high: high, direction: direction, line: 0)
    }

    static let dataset = Dataset(
        observationsFile: "o.csv",
        observations: [
            observation("a", "rev", "2013", 120),
            observation("b", "rev", "2013-01..2013-06", 40), observation("b", "rev", "2013-07..2013-12", 65),
            observation("c", "rev", "2013-01..2013-06", 50),
            observation("d", "cost", "2013", 90), observation("e", "cost", "2013", 70), observation("f", "cost", "2013", 120),
            observation("g", "rev", "2013", 99.9), observation("a", "rev", "2012", 999),
            observation("i", "rev", "2013", nil),
        ],
        targets: [
            target("a", "rev", 100, 110), target("b", "rev", 100, 110), target("c", "rev", 100, 110),
            target("d", "cost", 80, 100, .atMost), target("e", "cost", 80, 100, .atMost), target("f", "cost", 80, 100, .atMost),
            target("g", "rev", 100, 100), target("h", "rev", 5, 5), target("i", "rev", 5, 5),
            Target(unit: "a", indicator: "rev", period: .year(2014), low: 1, high: 1, direction: .atLeast, line: 0),
        ])

    /// By hand: a 120 > 110 exceeded (share 1.2); b 40 + 65 = 105 met (1.05);
    /// c has January–June only, missing; at_most: d 90 met, e 70 exceeded,
    /// f 120 not met; g 99.9 < 100 not met (0.999); h has no rows and i an
    /// empty value, both missing; the 2014 target is another year's.
    @Test func scoresByHand() {
        let assessment = YearEndAssessment(dataset: Self.dataset, year: 2013)
        #expect(assessment.outcomes.map(\.target.unit) == ["a", "b", "c", "d", "e", "f", "g", "h", "i"])
        #expect(assessment.outcomes.map(\.status) == [.exceeded, .met, .missing, .met, .exceeded, .notMet, .notMet, .missing, .missing])
        #expect(assessment.outcomes.map(\.outcome) == [120, 105, nil, 90, 70, 120, 99.9, nil, nil])
        let shares = assessment.outcomes.map { $0.share.map { ($0 * 1e6).rounded() / 1e6 } }
        #expect(shares == [1.2, 1.05, nil, 1.125, 0.875, 1.5, 0.999, nil, nil])
        #expect(assessment.counts == [.exceeded: 2, .met: 2, .notMet: 2, .missing: 3])
    }

    @Test func boundariesBelongToMet() {
        #expect(OutcomeStatus.of(100, low: 100, high: 110, direction: .atLeast) == .met)
        #expect(OutcomeStatus.of(110, low: 100, high: 110, direction: .atLeast) == .met)
        #expect(OutcomeStatus.of(110.0001, low: 100, high: 110, direction: .atLeast) == .exceeded)
        #expect(OutcomeStatus.of(80, low: 80, high: 100, direction: .atMost) == .met)
        #expect(OutcomeStatus.of(100, low: 80, high: 100, direction: .atMost) == .met)
        #expect(OutcomeStatus.of(.nan, low: 80, high: 100, direction: .atMost) == .missing)
    }
}
