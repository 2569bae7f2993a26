import Forecasting
import InputFiles
import LinearAlgebra

extension IndicatorProjection {
    /// What reconciliation did to an indicator's projections.
    public struct ReconciliationOutcome: Sendable {
        /// The method asked for and the one applied (MinT falls back to bottom-up when it cannot be estimated).
        public var requested: ReconciliationMethod
        public var applied: ReconciliationMethod
        /// Units reconciled (the hierarchy's nodes) and MinT's shrinkage λ.
        public var nodes: [String]
        public var shrinkage: Double?
        /// Why the method applied differs from the one requested.
        public var note: String?
    }

    /// Makes the year's draws of the units of a tree add up, path by path:
    /// each parent's draw = the sum of its children's (communes → districts →
    /// province), so a province's p_low agrees with its districts.
    ///
    /// What is reconciled is the part not yet observed (each draw minus
    /// January–as-of), as one step of sample paths; the observed parts are
    /// added back. MinT's W comes from the errors of the same projection of
    /// past years (`backtestErrors`), shrunk toward its diagonal; with fewer
    /// than two complete past years MinT falls back to bottom-up and says so.
    public mutating func reconcile(units tree: [ReportingUnit], method: ReconciliationMethod) {
        guard method != ReconciliationMethod.none else { return }
        let fitted = units.filter { (try? projections[$0]?.get()) != nil }
        guard let hierarchy = try? UnitHierarchy(units: tree, seriesIDs: Set(fitted)) else { return }
        let years = hierarchy.nodes.map { try! projections[$0]!.get() }
        guard Set(years.map(\.draws.count)).count == 1, let pathCount = years.first?.draws.count, pathCount > 1 else { return }
        let rest = years.map { year in
            SamplePaths(start: 0, frequency: 1, values: year.draws.map { [$0 - (year.monthsObserved > 0 ? year.observed ?? 0 : 0)] })
        }

        var applied = method
        var note: String?
        var reconciler: Reconciler?
        if method == .mint {
            let columns = hierarchy.nodes.map { units.firstIndex(of: $0)! }
            var residuals = Matrix(rows: backtestErrors.count, columns: hierarchy.nodeCount)
            for (row, errors) in backtestErrors.enumerated() {
                for (column, unitIndex) in columns.enumerated() { residuals[row, column] = errors[unitIndex] }
            }
            do {
                reconciler = try Reconciler(hierarchy: hierarchy, method: .mint, residuals: residuals)
            } catch {
                applied = .bu
                note = "MinT could not be estimated (\(error)); bottom-up used"
            }
        }
        do {
            let chosen = try reconciler ?? Reconciler(hierarchy: hierarchy, method: applied)
            let reconciled = try chosen.reconcile(paths: rest)
            for (index, node) in hierarchy.nodes.enumerated() {
                var year = years[index]
                let observed = year.monthsObserved > 0 ? year.observed ?? 0 : 0
                year.draws = reconciled[index].values.map { $0[0] + observed }
                projections[node] = .success(year)
            }
            reconciliation = ReconciliationOutcome(requested: method, applied: applied, nodes: hierarchy.nodes,
                                                   shrinkage: chosen.shrinkage, note: note)
        } catch {
            reconciliation = ReconciliationOutcome(requested: method, applied: .none, nodes: [], shrinkage: nil,
                                                   note: "not reconciled: \(error)")
        }
    }
}
