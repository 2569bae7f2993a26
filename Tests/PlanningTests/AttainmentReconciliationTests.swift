import Forecasting
import InputFiles
import Planning
import Probability
import Testing

/// A province's year projection equals the sum of its districts', path by
/// path, after reconciliation — so its p_low agrees with theirs.
@Suite struct AttainmentReconciliationTests {
    static let units = [
        ReportingUnit(id: "p", name: "P", level: "province", parent: nil),
        ReportingUnit(id: "a", name: "A", level: "district", parent: "p"),
        ReportingUnit(id: "b", name: "B", level: "district", parent: "p"),
        ReportingUnit(id: "c", name: "C", level: "district", parent: "p"),
    ]

    /// Monthly flows 2009-01..2014-06 whose districts add up to the province (seeded).
    static var observations: [Observation] {
        var generator = SeededGenerator(seed: 3)
        var rows: [Observation] = []
        for year in 2009...2014 {
            for month in 1...12 where (year, month) <= (2014, 6) {
                var total = 0.0
                for (k, unit) in ["a", "b", "c"].enumerated() {
                    let value = (10 + Double(k) * 5) * (1 + 0.1 * Double(year - 2009)) * (month == 12 ? 2 : 1) * (1 + 0.1 * generator.normal())
                    total += value
                    rows.append(Observation(unit: unit, indicator: "x", period: .month(year: year, month: month), value: value, line: 0))
                }
                rows.append(Observation(unit: "p", indicator: "x", period: .month(year: year, month: month), value: total, line: 0))
            }
        }
        return rows
    }

    func projection(_ method: ReconciliationMethod, model: String = "naive") -> IndicatorProjection {
        let settings = IndicatorProjection.Settings(
            yearlyModel: ModelCatalog.model(named: "drift")!, inYearModel: ModelCatalog.model(named: model)!, paths: 500)
        var projection = IndicatorProjection(indicator: "x", year: 2014, observations: Self.observations, settings: settings)
        projection.reconcile(units: Self.units, method: method)
        return projection
    }

    @Test(arguments: [ReconciliationMethod.bu, .mint])
    func provinceIsTheSumOfItsDistricts(method: ReconciliationMethod) throws {
        let projection = projection(method)
        #expect(projection.reconciliation?.applied == method, "\(projection.reconciliation?.note ?? "")")
        let draws = try ["p", "a", "b", "c"].map { try #require(try projection.projections[$0]?.get()).draws }
        for path in draws[0].indices {
            let sum = draws[1][path] + draws[2][path] + draws[3][path]
            #expect(abs(draws[0][path] - sum) <= 1e-9 * abs(sum), "path \(path)")
        }
    }

    /// Without reconciliation the independent projections do not add up.
    @Test func unreconciledDoNotAddUp() throws {
        let projection = projection(.none)
        let draws = try ["p", "a", "b", "c"].map { try #require(try projection.projections[$0]?.get()).draws }
        let worst = draws[0].indices.map { abs(draws[0][$0] - draws[1][$0] - draws[2][$0] - draws[3][$0]) }.max()!
        #expect(worst > 1)
    }

    /// One absurd district (values at and past the largest Double) fails alone: its
    /// projection is not finite, so it is an error of its own, the province
    /// keeps its own finite projection instead of a sum of infinities, and
    /// the outcome says which parent was left unsummed (issue 19, item 3).
    @Test func absurdDistrictFailsAloneAndIsNamed() throws {
        let observations = Self.observations.map { row in
            var row = row
            if row.unit == "c", let value = row.value { row.value = value * 1e307 }
            return row
        }
        let settings = IndicatorProjection.Settings(
            yearlyModel: ModelCatalog.model(named: "drift")!, inYearModel: ModelCatalog.model(named: "naive")!, paths: 500)
        var projection = IndicatorProjection(indicator: "x", year: 2014, observations: observations, settings: settings)
        projection.reconcile(units: Self.units, method: .bu)
        guard case .failure(let error) = try #require(projection.projections["c"]) else {
            Issue.record("the absurd district was projected")
            return
        }
        let message = error.description
        #expect(message.contains("finite"), "\(message)")
        let province = try #require(try projection.projections["p"]?.get())
        #expect(province.draws.allSatisfy { $0.isFinite })
        let note = try #require(projection.reconciliation?.note)
        #expect(note.contains("not summed from their children") && note.contains("p (without c)"), "\(note)")
    }
}
