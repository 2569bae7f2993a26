import Foundation
import Forecasting
import InputFiles
import Planning
import Testing

/// The review's record: coverage and Brier score by month against numpy
/// (Fixtures/make-hindcast-scores.py), and the re-run reviews on a small panel.
@Suite struct HindcastTests {
    struct Fixture: Decodable {
        struct Row: Decodable {
            var month: Int, projected: Double, lo80: Double, hi80: Double, lo95: Double, hi95: Double
            var probability: Double, outcome: Double, reached: Bool
        }
        struct Score: Decodable { var month: Int, count: Int, coverage80: Double, coverage95: Double, brier: Double }
        var rows: [Row]
        var scores: [Score]
    }

    @Test func scoresMatchNumpy() throws {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("hindcast-scores.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        let target = Target(unit: "u", indicator: "x", period: .year(2013), low: 1, high: 1, direction: .atLeast, line: 0)
        let rows = fixture.rows.map {
            HindcastRow(target: target, month: $0.month, projected: $0.projected, lo80: $0.lo80, hi80: $0.hi80, lo95: $0.lo95,
                        hi95: $0.hi95, probability: $0.probability, outcome: $0.outcome, reached: $0.reached)
        }
        let scores = Hindcast.scores(rows)
        #expect(scores.map(\.month) == fixture.scores.map(\.month))
        for (ours, theirs) in zip(scores, fixture.scores) {
            #expect(ours.count == theirs.count)
            #expect(abs(ours.coverage80 - theirs.coverage80) <= 1e-12 && abs(ours.coverage95 - theirs.coverage95) <= 1e-12)
            #expect(abs(ours.brier - theirs.brier) <= 1e-12, "month \(ours.month)")
        }
    }

    /// A review as of June 2014 scores 2014's targets (and later years'),
    /// not 2013's, which are over: those are the year-end summary's.
    @Test func aMidYearReviewLeavesPastYearsToTheSummary() {
        var observations: [Observation] = []
        for year in 2010...2014 {
            for month in 1...(year == 2014 ? 6 : 12) {
                observations.append(Observation(unit: "a", indicator: "rev", period: .month(year: year, month: month),
                                                value: 10 + Double(month % 4) + Double(year - 2010), line: 0))
            }
        }
        let targets = [2013, 2014, 2015].map { Target(unit: "a", indicator: "rev", period: .year($0), low: 100, high: 100, direction: .atLeast, line: 0) }
        let dataset = Dataset(observationsFile: "o.csv", observations: observations, targets: targets)
        let settings = AttainmentRun.Settings(projection: IndicatorProjection.Settings(
            yearlyModel: ModelCatalog.model(named: "drift")!, inYearModel: ModelCatalog.model(named: "naive")!, paths: 300, calibrate: false),
            asOf: .month(year: 2014, month: 6), reconciliation: .none)
        let run = AttainmentRun(dataset: dataset, settings: settings)
        #expect((run.rows.map(\.target.period.year) + run.failures.map(\.target.period.year)).sorted() == [2014, 2015])
    }

    /// Monthly flows of two units through December 2013 and their 2013
    /// targets: the review re-run at March and at September sees more of the
    /// year at September, so its 95% interval is narrower there.
    @Test func rerunsSeeOnlyWhatWasKnown() throws {
        var observations: [Observation] = []
        for year in 2009...2013 {
            for month in 1...12 {
                let season = 1 + 0.3 * sin(Double(month) / 12 * 2 * .pi)
                for (unit, level) in [("a", 10.0), ("b", 20.0)] {
                    let value = level * season * (1 + 0.05 * Double(year - 2009)) * (1 + 0.02 * sin(Double(7 * month + year)))
                    observations.append(Observation(unit: unit, indicator: "rev", period: .month(year: year, month: month), value: value, line: 0))
                }
            }
        }
        let targets = [Target(unit: "a", indicator: "rev", period: .year(2013), low: 140, high: 150, direction: .atLeast, line: 0),
                       Target(unit: "b", indicator: "rev", period: .year(2013), low: 400, high: 400, direction: .atLeast, line: 0)]
        let dataset = Dataset(observationsFile: "o.csv", observations: observations, targets: targets)
        let assessment = YearEndAssessment(dataset: dataset, year: 2013)
        #expect(assessment.outcomes.allSatisfy { $0.outcome != nil })
        let settings = AttainmentRun.Settings(projection: IndicatorProjection.Settings(
            yearlyModel: ModelCatalog.model(named: "drift")!, inYearModel: ModelCatalog.model(named: "naive")!, paths: 500, calibrate: false),
            reconciliation: .none)
        let (rows, unscored) = Hindcast.run(dataset: dataset, assessment: assessment, months: [3, 9],
                                            settings: PlanningReview.Settings(attainment: settings))
        #expect(unscored.isEmpty)
        #expect(rows.map(\.month) == [3, 3, 9, 9] && rows.map(\.target.unit) == ["a", "b", "a", "b"])
        for unit in ["a", "b"] {
            let march = rows.first { $0.month == 3 && $0.target.unit == unit }!, september = rows.first { $0.month == 9 && $0.target.unit == unit }!
            #expect(september.hi95 - september.lo95 < march.hi95 - march.lo95, "\(unit)")
            #expect(march.outcome == september.outcome)
        }
        #expect(Hindcast.scores(rows).map(\.count) == [2, 2])
    }

    /// A target whose indicator had too few past years at the review's month
    /// is listed as not projected at that month, and counted in the record,
    /// not silently dropped.
    @Test func targetsThatCouldNotBeProjectedAreCounted() throws {
        var observations = (2011...2013).map { Observation(unit: "c", indicator: "crit", period: .year($0), value: Double($0 - 2010), line: 0) }
        for year in 2009...2013 {
            for month in 1...12 {
                observations.append(Observation(unit: "a", indicator: "rev", period: .month(year: year, month: month),
                                                value: 10 + Double(month % 3) + Double(year - 2009), line: 0))
            }
        }
        let targets = [Target(unit: "a", indicator: "rev", period: .year(2013), low: 100, high: 100, direction: .atLeast, line: 0),
                       Target(unit: "c", indicator: "crit", period: .year(2013), low: 3, high: 19, direction: .atLeast, line: 0)]
        let dataset = Dataset(observationsFile: "o.csv", observations: observations, targets: targets)
        let assessment = YearEndAssessment(dataset: dataset, year: 2013)
        let settings = AttainmentRun.Settings(projection: IndicatorProjection.Settings(
            yearlyModel: ModelCatalog.model(named: "linear")!, inYearModel: ModelCatalog.model(named: "naive")!, paths: 300, calibrate: false),
            reconciliation: .none)
        let (rows, unscored) = Hindcast.run(dataset: dataset, assessment: assessment, months: [6],
                                            settings: PlanningReview.Settings(attainment: settings))
        #expect(rows.map(\.target.unit) == ["a"])
        #expect(unscored.map(\.target.unit) == ["c"] && unscored.map(\.month) == [6])
        #expect(unscored.first?.reason.contains("too few") == true)
        let scores = Hindcast.scores(rows, unscored: unscored)
        #expect(scores.map(\.count) == [1] && scores.map(\.unscored) == [1])
        // A month with nothing scored: count 0, scores NaN.
        let empty = Hindcast.scores([], unscored: unscored)
        #expect(empty.map(\.count) == [0] && empty[0].brier.isNaN)
    }
}
