import Forecasting
import InputFiles
import Planning
import Testing

/// Next year's proposals on a small tree: districts add up to the province
/// at every confidence, a safer level is lower (higher for at_most), and
/// the level for c is the (1 − c) quantile of the projection's draws.
@Suite struct TargetProposalTests {
    static let units = [ReportingUnit(id: "p", name: "P", level: "province", parent: nil),
                        ReportingUnit(id: "d1", name: "D1", level: "district", parent: "p"),
                        ReportingUnit(id: "d2", name: "D2", level: "district", parent: "p")]

    static func dataset(direction: TargetDirection) -> Dataset {
        var observations: [Observation] = []
        for (i, year) in (2004...2013).enumerated() {
            let d1 = 100 + 6 * Double(i) + (i % 3 == 0 ? 4 : -2), d2 = 50 + 2 * Double(i) + (i % 2 == 0 ? 3 : -1)
            for (unit, value) in [("d1", d1), ("d2", d2), ("p", d1 + d2)] {
                observations.append(Observation(unit: unit, indicator: "rev", period: .year(year), value: value, line: 0))
            }
        }
        let targets = ["p", "d1", "d2"].map {
            Target(unit: $0, indicator: "rev", period: .year(2013), low: 1, high: 1, direction: direction, line: 0)
        }
        return Dataset(observationsFile: "o.csv", observations: observations, units: units, targets: targets)
    }

    static let settings = IndicatorProjection.Settings(yearlyModel: ModelCatalog.model(named: "drift")!,
                                                       inYearModel: ModelCatalog.model(named: "naive")!, paths: 4_000, calibrate: false)

    @Test(arguments: [TargetDirection.atLeast, .atMost])
    func districtsAddUpAndSaferIsEasier(direction: TargetDirection) throws {
        let (proposals, failures) = TargetProposal.propose(dataset: Self.dataset(direction: direction), year: 2014,
                                                           confidences: [0.5, 0.8], settings: Self.settings, reconciliation: .bu)
        #expect(failures.isEmpty)
        #expect(proposals.map(\.unit) == ["p", "d1", "d2"] && proposals.allSatisfy { $0.year == 2014 && $0.direction == direction })
        for c in 0..<2 {
            let sum = proposals[1].levels[c] + proposals[2].levels[c]
            #expect(abs(sum - proposals[0].levels[c]) <= 1e-9 * proposals[0].levels[c])
        }
        for p in proposals {
            #expect(direction == .atLeast ? p.levels[1] < p.levels[0] : p.levels[1] > p.levels[0], "\(p.unit): \(p.levels)")
        }
    }

    /// The province's level for c is the (1 − c) quantile of its own draws (it is not rescaled).
    @Test func levelIsTheQuantileOfTheDraws() throws {
        let dataset = Self.dataset(direction: .atLeast)
        let (proposals, _) = TargetProposal.propose(dataset: dataset, year: 2014, confidences: [0.8], settings: Self.settings, reconciliation: .bu)
        var projection = IndicatorProjection(indicator: "rev", year: 2014, observations: dataset.observations, settings: Self.settings)
        projection.reconcile(units: Self.units, method: .bu)
        let draws = try #require(try projection.projections["p"]?.get()).draws.sorted()
        let share = Double(draws.filter { $0 >= proposals[0].levels[0] }.count) / Double(draws.count)
        #expect(abs(share - 0.8) <= 0.002, "P(X ≥ level) = \(share)")
        #expect(abs(proposals[0].levels[0] - SampleQuantile.type8(sorted: draws, 1 - 0.8)) <= 1e-12 * proposals[0].levels[0])
    }

    /// An indicator the bands count (criteria met) gets whole-number
    /// proposals, each reached with at least the asked probability when the
    /// outcome is the projection rounded; other indicators keep fractions.
    @Test(arguments: [TargetDirection.atLeast, .atMost])
    func countedIndicatorsGetWholeNumbers(direction: TargetDirection) throws {
        var dataset = Self.dataset(direction: direction)
        let (plain, _) = TargetProposal.propose(dataset: dataset, year: 2014, confidences: [0.5, 0.8], settings: Self.settings, reconciliation: .none)
        #expect(plain.contains { $0.levels.contains { $0 != $0.rounded() } })
        dataset.bands = [BandTarget(unit: "p", indicator: "rev", period: .year(2014), minValue: 0, maxValue: 1_000, count: 1, line: 0)]
        let (whole, _) = TargetProposal.propose(dataset: dataset, year: 2014, confidences: [0.5, 0.8], settings: Self.settings, reconciliation: .none)
        var projection = IndicatorProjection(indicator: "rev", year: 2014, observations: dataset.observations, settings: Self.settings)
        projection.reconcile(units: Self.units, method: .none)
        // The province's levels are its own quantiles (the districts' are then shared out to add up to it).
        for (p, q) in zip(whole, plain) where p.unit == "p" {
            let draws = try #require(try projection.projections[p.unit]?.get()).draws.map { $0.rounded() }
            for (c, (level, fraction)) in zip([0.5, 0.8], zip(p.levels, q.levels)) {
                #expect(level == level.rounded() && abs(level - fraction) <= 0.5, "\(p.unit): \(level) from \(fraction)")
                let reached = Double(draws.filter { direction == .atLeast ? $0 >= level : $0 <= level }.count) / Double(draws.count)
                #expect(reached >= c - 0.005, "\(p.unit) c = \(c): P = \(reached)")
            }
        }
    }
}
