import Forecasting
import InputFiles
import Planning
import Testing

@Suite struct BandProjectionTests {
    static let sonLaBands = [(14.0, 8), (9, 28), (5, 88), (1, 188)].map { minimum, count in
        BandTarget(unit: "son-la", indicator: "nrd_criteria", period: .year(2014), minValue: minimum, maxValue: 19, count: count, line: 0)
    }
    /// Districts d0…d11 are children of the province.
    static let parents = Dictionary(uniqueKeysWithValues: (0..<12).map { ("d\($0)", "son-la") })

    func panel() -> [UnitHistory] {
        BandPanelSimulator(districtEffects: [-0.5, -0.3, -0.2, -0.1, 0, 0, 0.1, 0.2, 0.3, 0.4, 0.6, -0.4])
            .panel(perDistrict: 16, years: 3, seed: 21)
    }

    @Test func projectsEveryBandOfAPanel() {
        var histories = panel()
        histories.append(UnitHistory(unit: "empty", parent: "d0", series: TimeSeries(start: 2011, frequency: 1, values: [])))
        histories.append(UnitHistory(unit: "bad", parent: "d1", series: TimeSeries(start: 2011, frequency: 1, values: [3, 25])))
        let result = BandProjection.run(histories: histories, targetPeriod: 2014, bands: Self.sonLaBands,
                                        parents: Self.parents, seed: 1, paths: 2_000)
        #expect(result.units.count == 194)
        #expect(result.failures == [.noHistory(unit: "empty"), .valueOutOfRange(unit: "bad", period: 2012, value: 25, cap: 19)])
        #expect(result.method.scores.count == 2 && result.method.basis == "backtest")
        #expect(result.districtCorrelation == result.pooledModel!.districtCorrelation)
        #expect(result.districtCorrelation > 0)
        for (b, outcome) in result.bands.enumerated() {
            #expect(outcome.units.count == 192)
            #expect(outcome.unprojectedUnits == ["empty", "bad"])
            let exact = PoissonBinomial.pmf(result.projections.map { $0.bandProbabilities[b] })
            #expect(outcome.independent.probabilities == exact)
            #expect(outcome.computation == "simulation" && outcome.reported == outcome.districtShock!)
            #expect(abs(outcome.reported.expected - outcome.independent.expected) < 2, "the shock keeps the marginals")
            print("band ≥\(Int(outcome.band.minValue)) need \(outcome.band.count): expected \(outcome.reported.expected) [\(outcome.reported.lo95), \(outcome.reported.hi95)] pMet \(outcome.reported.pMet) (independent \(outcome.independent.pMet))")
        }
        // Cumulative bands: a commune at 14+ is also at 9+, so the expected counts decrease with the band's minimum.
        let expected = result.bands.map(\.independent.expected)
        #expect(expected[0] < expected[1] && expected[1] < expected[2] && expected[2] < expected[3])
        let unit = result.projections[0]
        #expect(unit.bandProbabilities[1] == unit.distribution.probability(atLeast: 9))
    }

    @Test func sameSeedSameReport() {
        let a = BandProjection.run(histories: panel(), targetPeriod: 2014, bands: Self.sonLaBands, parents: Self.parents, seed: 4, paths: 1_000)
        let b = BandProjection.run(histories: panel(), targetPeriod: 2014, bands: Self.sonLaBands, parents: Self.parents, seed: 4, paths: 1_000)
        #expect(a.bands == b.bands)
    }

    /// A band of one district counts only that district's communes; ρ = 0 reports the exact count.
    @Test func bandMembershipAndExactReport() {
        let band = BandTarget(unit: "d3", indicator: "nrd_criteria", period: .year(2014), minValue: 5, maxValue: 19, count: 10, line: 0)
        let result = BandProjection.run(histories: panel(), targetPeriod: 2014, bands: [band], parents: Self.parents,
                                        method: .pooledTransition, correlation: 0, seed: 1, paths: 100)
        #expect(result.bands[0].units.count == 16 && result.bands[0].units.allSatisfy { $0.hasPrefix("d3-") })
        #expect(result.bands[0].districtShock == nil && result.bands[0].computation == "exact")
        #expect(result.method == BandMethodChoice(chosen: .pooledTransition, scores: [], basis: "requested"))
        let nobody = BandTarget(unit: "elsewhere", indicator: "nrd_criteria", period: .year(2014), minValue: 5, maxValue: 19, count: 1, line: 0)
        let empty = BandProjection.run(histories: panel(), targetPeriod: 2014, bands: [nobody], parents: Self.parents, seed: 1, paths: 100)
        #expect(empty.bands[0].units.isEmpty && empty.bands[0].reported.pMet == 0)
    }

    /// Edge cases: a commune at the cap, at 0, with one point, constant, and one whose target year is observed.
    @Test func edgeCommunes() throws {
        var histories = panel()
        func add(_ unit: String, _ values: [Double], start: Int = 2011) {
            histories.append(UnitHistory(unit: unit, parent: "d0", series: TimeSeries(start: start, frequency: 1, values: values)))
        }
        add("at-cap", [19, 19, 19])
        add("at-zero", [0, 0, 0])
        add("one-point", [7], start: 2013)
        add("constant", [6, 6, 6])
        add("observed", [4, 5, 6, 8])
        for method in BandMethod.allCases {
            let result = BandProjection.run(histories: histories, targetPeriod: 2014, bands: Self.sonLaBands, parents: Self.parents,
                                            method: method, seed: 1, paths: 200)
            let byUnit = Dictionary(uniqueKeysWithValues: result.projections.map { ($0.unit, $0) })
            let atCap = try #require(byUnit["at-cap"]).distribution
            #expect(atCap.probability(atLeast: 14) > 0.9, "\(method)")
            #expect(atCap.cap == 19 && abs(atCap.probabilities.reduce(0, +) - 1) < 1e-12)
            let atZero = try #require(byUnit["at-zero"]).distribution
            #expect(atZero.probability(atLeast: 9) < 0.05, "\(method)")
            let onePoint = try #require(byUnit["one-point"]).distribution
            #expect(onePoint.mean > 6 && onePoint.mean < 10, "\(method): \(onePoint.mean)")
            let constant = try #require(byUnit["constant"]).distribution
            #expect(constant.mean >= 5.5 && constant.mean < 9, "\(method): \(constant.mean)")
            let observed = try #require(byUnit["observed"])
            #expect(observed.distribution == .pointMass(at: 8, cap: 19) && observed.lastPeriod == 2014)
        }
    }

    /// All communes identical: every one rises by one a year, so the count is certain.
    @Test func identicalCommunes() {
        let histories = (0..<188).map { i in
            UnitHistory(unit: "c\(i)", parent: "d\(i % 12)", series: TimeSeries(start: 2011, frequency: 1, values: [3, 4, 5]))
        }
        let result = BandProjection.run(histories: histories, targetPeriod: 2014, bands: Self.sonLaBands, parents: Self.parents,
                                        seed: 1, paths: 500)
        #expect(result.districtCorrelation == 0)
        #expect(result.method.chosen == .pooledTransition)
        #expect(result.projections.allSatisfy { $0.distribution == .pointMass(at: 6, cap: 19) })
        let counts = result.bands.map { $0.reported.expected }
        #expect(counts == [0, 0, 188, 188])
        #expect(result.bands.map(\.reported.pMet) == [0, 0, 1, 1])
        #expect(result.bands.allSatisfy { $0.computation == "exact" })
    }
}

@Suite struct BandDatasetTests {
    /// Histories from a dataset: units with yearly values, then leaves under a band's unit without any.
    @Test func historiesFromADataset() {
        let units = [
            ReportingUnit(id: "p", name: "P", level: "province", parent: nil),
            ReportingUnit(id: "d1", name: "D1", level: "district", parent: "p"),
            ReportingUnit(id: "a", name: "A", level: "commune", parent: "d1"),
            ReportingUnit(id: "b", name: "B", level: "commune", parent: "d1"),
            ReportingUnit(id: "q", name: "Q", level: "province", parent: nil),
            ReportingUnit(id: "z", name: "Z", level: "commune", parent: "q"),
        ]
        let rows = [
            Observation(unit: "a", indicator: "nrd", period: .year(2012), value: 4, line: 2),
            Observation(unit: "a", indicator: "nrd", period: .year(2013), value: 6, line: 3),
            Observation(unit: "a", indicator: "nrd", period: .month(year: 2013, month: 6), value: 5, line: 4),
            Observation(unit: "a", indicator: "other", period: .year(2013), value: 99, line: 5),
        ]
        let band = BandTarget(unit: "p", indicator: "nrd", period: .year(2014), minValue: 1, maxValue: 19, count: 2, line: 2)
        let dataset = Dataset(observationsFile: "o.csv", observations: rows, units: units, bands: [band])
        let (histories, parents) = UnitHistory.histories(from: dataset, indicator: "nrd", bands: dataset.bands)
        #expect(histories.map(\.unit) == ["a", "b"])
        #expect(histories[0].parent == "d1" && histories[0].series == TimeSeries(start: 2012, frequency: 1, values: [4, 6]))
        #expect(histories[1].series.count == 0)
        #expect(parents["d1"] == "p")
        let result = BandProjection.run(histories: histories, targetPeriod: 2014, bands: [band], parents: parents, seed: 1, paths: 10)
        #expect(result.failures == [.noHistory(unit: "b")])
        #expect(result.bands[0].units == ["a"] && result.bands[0].unprojectedUnits == ["b"])
        // With one year per unit there is no change to learn from: every unit says so.
        let oneYear = [UnitHistory(unit: "a", parent: "d1", series: TimeSeries(start: 2013, frequency: 1, values: [6]))]
        let none = BandProjection.run(histories: oneYear, targetPeriod: 2014, bands: [band], parents: parents, seed: 1, paths: 10)
        #expect(none.failures == [.notProjected(unit: "a", reason: "no unit has two consecutive observed years, so the pooled model has no change to learn from")])
        #expect(none.method.basis == "default" && none.pooledModel == nil && none.districtCorrelation == 0)
    }
}

extension BandDatasetTests {
    /// The dataset entry point groups bands by indicator and year, and `lastYear` hides later values.
    @Test func datasetEntryPoint() {
        let units = [ReportingUnit(id: "p", name: "P", level: "province", parent: nil),
                     ReportingUnit(id: "d", name: "D", level: "district", parent: "p")]
            + (0..<6).map { ReportingUnit(id: "c\($0)", name: "C", level: "commune", parent: "d") }
        let rows = (0..<6).flatMap { c in
            (2011...2014).map { year in
                Observation(unit: "c\(c)", indicator: "nrd", period: .year(year), value: Double(c + year - 2011), line: 0)
            }
        }
        let bands = [
            BandTarget(unit: "p", indicator: "nrd", period: .year(2014), minValue: 5, maxValue: 19, count: 2, line: 2),
            BandTarget(unit: "p", indicator: "nrd", period: .month(year: 2014, month: 6), minValue: 5, maxValue: 19, count: 2, line: 3),
            BandTarget(unit: "p", indicator: "nrd", period: .year(2014), minValue: 1, maxValue: 19, count: 6, line: 4),
        ]
        let dataset = Dataset(observationsFile: "o.csv", observations: rows, units: units, bands: bands)
        let all = BandProjection.run(dataset: dataset, paths: 10)
        #expect(all.skipped == [bands[1]])
        #expect(all.results.count == 1 && all.results[0].bands.map(\.band) == [bands[0], bands[2]])
        // 2014 observed: the counts are known (c2…c5 reach 5 or more; all six reach 1 or more, c0 being at 3).
        #expect(all.results[0].bands.map(\.reported.expected) == [4, 6])
        let asOf = BandProjection.run(dataset: dataset, lastYear: 2013, paths: 10)
        #expect(asOf.results[0].projections.allSatisfy { $0.lastPeriod == 2013 })
    }
}
