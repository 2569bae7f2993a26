import InputFiles
import LinearAlgebra
import Planning
import PropertyBased
import Testing

/// Reconciled forecasts add up, for any tree of units and any base
/// forecasts: each parent equals the sum of its children (bottom-up and
/// MinT), and MinT leaves forecasts that already add up as they are.
@Suite struct ReconciliationPropertyTests {
    /// A province over 1–4 districts, each over 1–4 communes.
    struct Tree {
        var units: [ReportingUnit]
        var ids: [String]
    }

    static let tree = Gen.int(in: 1...4).array(of: 1...4).map { communes -> Tree in
        var units = [ReportingUnit(id: "p", name: "p", level: "province", parent: nil)]
        for (d, count) in communes.enumerated() {
            units.append(ReportingUnit(id: "d\(d)", name: "d\(d)", level: "district", parent: "p"))
            for c in 0..<count {
                units.append(ReportingUnit(id: "c\(d)-\(c)", name: "c\(d)-\(c)", level: "commune", parent: "d\(d)"))
            }
        }
        return Tree(units: units, ids: units.map(\.id))
    }

    static func addsUp(_ values: [Double], _ hierarchy: UnitHierarchy) -> Double {
        var worst = 0.0
        for (node, children) in hierarchy.children.enumerated() where !children.isEmpty {
            let sum = children.reduce(0.0) { $0 + values[$1] }
            worst = max(worst, abs(values[node] - sum) / max(1, abs(values[node])))
        }
        return worst
    }

    @Test func bottomUpAndMinTAddUp() async {
        let input = PropertyBased.zip(Self.tree, Gen.double(in: -1e6...1e6).array(of: 40...40),
                            Gen.double(in: -50...50).array(of: 400...400))
        await propertyCheck(count: 100, input: input) { tree, base, noise in
            guard let hierarchy = try? UnitHierarchy(units: tree.units, seriesIDs: Set(tree.ids)) else {
                Issue.record("no hierarchy for \(tree.ids)")
                return
            }
            let n = hierarchy.nodeCount
            let forecasts = Array(base.prefix(n))
            let periods = 400 / n
            var residuals = Matrix(rows: periods, columns: n)
            for t in 0..<periods { for j in 0..<n { residuals[t, j] = noise[t * n + j] } }
            for method in [ReconciliationMethod.bu, .mint] {
                guard let reconciler = try? Reconciler(hierarchy: hierarchy, method: method, residuals: residuals) else {
                    Issue.record("\(method) refused a tree of \(n) nodes")
                    continue
                }
                let reconciled = reconciler.reconcile(forecasts)
                #expect(Self.addsUp(reconciled, hierarchy) <= 1e-9, "\(method) on \(tree.ids)")
                // Forecasts that already add up are left as they are.
                let again = reconciler.reconcile(reconciled)
                for (a, b) in zip(again, reconciled) { #expect(abs(a - b) <= 1e-6 * max(1, abs(b)), "\(method)") }
            }
        }
    }
}
