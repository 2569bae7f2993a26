import Foundation
import Forecasting
import InputFiles
import LinearAlgebra
import Planning
import Testing

/// Sample paths reconciled in one product per step agree with the point
/// reconciliation of each path, and add up in every path.
@Suite struct ReconciliationPathsTests {
    /// Deterministic, incoherent paths around the fixture's base forecasts.
    func basePaths(_ c: ReconciliationCase, count: Int, start: Int = 2015) -> [SamplePaths] {
        c.base.enumerated().map { i, mean in
            SamplePaths(start: start, frequency: 1, values: (0..<count).map { p in
                mean.enumerated().map { h, m in m * (1 + 0.05 * sin(Double(7 * p + 3 * i + h))) }
            })
        }
    }

    @Test(arguments: [ReconciliationMethod.bu, .mint])
    func pathsEqualPerPathReconciliation(_ method: ReconciliationMethod) throws {
        for c in try ReconciliationCase.all() {
            let hierarchy = try UnitHierarchy(units: c.reportingUnits, seriesIDs: Set(c.nodes))
            let reconciler = try Reconciler(hierarchy: hierarchy, method: method, residuals: c.residualMatrix)
            let paths = basePaths(c, count: 9)
            let reconciled = try reconciler.reconcile(paths: paths)
            #expect(reconciled.count == paths.count)
            #expect(reconciled.allSatisfy { $0.pathCount == 9 && $0.horizon == c.base[0].count && $0.start == 2015 })
            for p in 0..<9 {
                for h in 0..<c.base[0].count {
                    let one = reconciler.reconcile(paths.map { $0.values[p][h] })
                    let batched = reconciled.map { $0.values[p][h] }
                    #expect(relativeError([batched], [one]) <= 1e-13, "\(c.name) path \(p) step \(h)")
                    #expect(hierarchy.isCoherent(batched, tolerance: 1e-9))
                }
            }
            // The province's share of paths above a level is its districts' total's share.
            let root = reconciled[0]
            let level = c.base[0][0]
            let rootShare = root.step(0).filter { $0 >= level }.count
            let childrenTotal = (0..<9).map { p in hierarchy.children[0].reduce(0.0) { $0 + reconciled[$1].values[p][0] } }
            #expect(rootShare == childrenTotal.filter { $0 >= level * (1 - 1e-12) }.count)
        }
    }

    @Test func noneReturnsThePathsUnchanged() throws {
        let c = try ReconciliationCase.named("root-3")
        let hierarchy = try UnitHierarchy(units: c.reportingUnits, seriesIDs: Set(c.nodes))
        let paths = basePaths(c, count: 4)
        #expect(try Reconciler(hierarchy: hierarchy, method: ReconciliationMethod.none).reconcile(paths: paths) == paths)
    }

    @Test func misalignedPathsAreRejected() throws {
        let c = try ReconciliationCase.named("root-3")
        let hierarchy = try UnitHierarchy(units: c.reportingUnits, seriesIDs: Set(c.nodes))
        let reconciler = try Reconciler(hierarchy: hierarchy, method: .bu)
        var paths = basePaths(c, count: 4)
        paths[2] = basePaths(c, count: 4, start: 2016)[2]
        #expect(throws: ReconciliationError.misaligned(node: "h2", expected: "start 2015", found: "start 2016")) {
            try reconciler.reconcile(paths: paths)
        }
        paths = basePaths(c, count: 4)
        paths[3] = basePaths(c, count: 5)[3]
        #expect(throws: ReconciliationError.misaligned(node: "h3", expected: "path count 4", found: "path count 5")) {
            try reconciler.reconcile(paths: paths)
        }
    }
}
