import InputFiles
import LinearAlgebra
import Planning
import Testing

/// MinT shrink and bottom-up against make-mint.py (numpy, from the papers'
/// formulas): λ to 1e-9, W to 1e-9 and G and the reconciled forecasts to
/// 1e-6, relative (normwise).
@Suite struct ReconciliationMinTTests {
    func reconciler(_ c: ReconciliationCase, _ method: ReconciliationMethod) throws -> Reconciler {
        let hierarchy = try UnitHierarchy(units: c.reportingUnits, seriesIDs: Set(c.nodes))
        return try Reconciler(hierarchy: hierarchy, method: method, residuals: c.residualMatrix)
    }

    @Test(arguments: ["root-3", "root-2-5", "short", "gaps-and-zero"])
    func minTAgainstNumpy(_ name: String) throws {
        let c = try ReconciliationCase.named(name)
        let mint = try reconciler(c, .mint)
        let shrunk = try #require(mint.covariance)
        #expect(abs(shrunk.lambda - c.lambda) <= 1e-9, "λ = \(shrunk.lambda), numpy \(c.lambda)")
        #expect(mint.shrinkage == shrunk.lambda)
        #expect(shrunk.rowCount == c.completeRows)
        #expect(relativeError(shrunk.covariance.rowArrays, c.covariance) <= 1e-9)
        let g = try #require(mint.projection)
        #expect(relativeError(g.rowArrays, c.projection) <= 1e-6, "G: \(relativeError(g.rowArrays, c.projection))")
        let reconciled = mint.reconcile(steps: c.base)
        #expect(relativeError(reconciled, c.mint) <= 1e-6, "ỹ: \(relativeError(reconciled, c.mint))")
        for h in c.base[0].indices {
            let step = mint.reconcile(c.base.map { $0[h] })
            #expect(mint.hierarchy.isCoherent(step, tolerance: 1e-9))
            #expect(relativeError([step], [reconciled.map { $0[h] }]) <= 1e-14)
        }
    }

    /// The same cases through hts's and fabletools' formulas in R (make-mint-r.R).
    @Test func minTAgainstR() throws {
        let cases = try RReconciliationCase.all()
        #expect(cases.map(\.name) == ["root-3", "root-2-5", "short"])
        for r in cases {
            let c = try ReconciliationCase.named(r.name)
            let mint = try reconciler(c, .mint)
            #expect(abs(try #require(mint.shrinkage) - r.lambda) <= 1e-9, "\(r.name)")
            #expect(relativeError(mint.reconcile(steps: c.base), r.mint) <= 1e-6, "\(r.name)")
        }
    }

    /// T = 5 < n = 8: Ŵ is singular, the shrunk W is not.
    @Test func fewerRowsThanNodes() throws {
        let c = try ReconciliationCase.named("short")
        let shrunk = try #require(reconciler(c, .mint).covariance)
        #expect(shrunk.rowCount < c.nodes.count)
        #expect(throws: LinearAlgebraError.self) { try shrunk.sample.cholesky() }
        #expect(shrunk.lambda > 0)
        _ = try shrunk.covariance.cholesky()
    }

    /// A node fitted exactly in sample keeps its base forecast; the NaN rows
    /// are dropped (25 rows, 4 with a NaN).
    @Test func zeroVarianceNodeKeepsItsForecast() throws {
        let c = try ReconciliationCase.named("gaps-and-zero")
        let mint = try reconciler(c, .mint)
        #expect(mint.covariance?.rowCount == 21)
        let exact = try #require(mint.hierarchy.index(of: "x2"))
        let reconciled = mint.reconcile(steps: c.base)
        for h in c.base[exact].indices { #expect(abs(reconciled[exact][h] - c.base[exact][h]) <= 1e-6 * c.base[exact][h]) }
    }

    /// All residuals zero: W = I, so MinT is OLS. By hand for S = [1 1; 1 0; 0 1],
    /// ŷ = (10, 3, 4): b = (SᵀS)⁻¹Sᵀŷ = [2 −1; −1 2]/3 · (13, 14) = (4, 5), ỹ = (9, 4, 5).
    @Test func allZeroResidualsGiveOrdinaryLeastSquares() throws {
        let units = [ReportingUnit(id: "p", name: "p", level: "province", parent: nil),
                     ReportingUnit(id: "a", name: "a", level: "district", parent: "p"),
                     ReportingUnit(id: "b", name: "b", level: "district", parent: "p")]
        let hierarchy = try UnitHierarchy(units: units, seriesIDs: ["p", "a", "b"])
        let mint = try Reconciler(hierarchy: hierarchy, method: .mint, residuals: Matrix(rows: 3, columns: 3))
        #expect(mint.shrinkage == 1)
        let reconciled = mint.reconcile([10, 3, 4])
        for (found, expected) in zip(reconciled, [9.0, 4, 5]) { #expect(abs(found - expected) <= 1e-12) }
    }

    @Test func bottomUpIsExact() throws {
        for c in try ReconciliationCase.all() {
            let bu = try reconciler(c, .bu)
            #expect(bu.reconcile(steps: c.base) == c.bottomUp, "\(c.name)")
            #expect(bu.shrinkage == nil)
        }
    }

    /// A coherent forecast is a fixed point: exactly for bottom-up, to
    /// rounding for MinT (G S = I).
    @Test func coherentForecastsAreLeftAlone() throws {
        for c in try ReconciliationCase.all() {
            let bu = try reconciler(c, .bu), mint = try reconciler(c, .mint)
            let coherent = bu.hierarchy.aggregate(bottom: (0..<bu.hierarchy.leafCount).map { 17.25 + 3.5 * Double($0) })
            #expect(bu.reconcile(coherent) == coherent)
            #expect(relativeError([mint.reconcile(coherent)], [coherent]) <= 1e-12, "\(c.name)")
        }
    }

    @Test func noneIsTheIdentity() throws {
        let c = try ReconciliationCase.named("root-3")
        let none = try reconciler(c, ReconciliationMethod.none)
        #expect(none.projection == nil)
        #expect(none.reconcile(steps: c.base) == c.base)
    }

    @Test func typedErrors() throws {
        let c = try ReconciliationCase.named("root-3")
        let hierarchy = try UnitHierarchy(units: c.reportingUnits, seriesIDs: Set(c.nodes))
        #expect(throws: ReconciliationError.residualsRequired) {
            try Reconciler(hierarchy: hierarchy, method: .mint)
        }
        #expect(throws: ReconciliationError.residualShape(expected: 4, found: 3)) {
            try Reconciler(hierarchy: hierarchy, method: .mint, residuals: Matrix(rows: 10, columns: 3))
        }
        var oneRow = Matrix(rows: 3, columns: 4, repeating: 1)
        oneRow[0, 1] = .nan
        oneRow[2, 3] = .infinity
        #expect(throws: ReconciliationError.tooFewResiduals(completeRows: 1, needed: 2)) {
            try Reconciler(hierarchy: hierarchy, method: .mint, residuals: oneRow)
        }
        // Identical rows: every correlation is 1 with zero estimated
        // variance, so λ = 0 and W = Ŵ has rank 1.
        // With three rows of 0.3, rounding leaves dpotrf pivots of 3e-17 instead of 0.
        for (rows, value) in [(2, 1.0), (3, 0.3), (3, 1.2)] {
            #expect(throws: ReconciliationError.notPositiveDefinite(matrix: "W"), "\(rows) × \(value)") {
                try Reconciler(hierarchy: hierarchy, method: .mint, residuals: Matrix(rows: rows, columns: 4, repeating: value))
            }
        }
    }
}
