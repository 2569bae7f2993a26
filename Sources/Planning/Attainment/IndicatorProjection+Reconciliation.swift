import Forecasting
import InputFiles
import LinearAlgebra

extension IndicatorProjection {
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
        let failed = units.filter { (try? projections[$0]?.get()) == nil }
        defer { reconciliation = ReconciliationOutcome.noting(failed: failed, units: tree, fitted: Set(fitted), in: reconciliation, method: method) }
        guard let hierarchy = try? UnitHierarchy(units: tree, seriesIDs: Set(fitted)) else { return }
        let years = hierarchy.nodes.map { try! projections[$0]!.get() }
        guard Set(years.map(\.draws.count)).count == 1, let pathCount = years.first?.draws.count, pathCount > 1 else { return }
        let rest = years.map { year in
            SamplePaths(start: 0, frequency: 1, values: year.draws.map { [$0 - (year.monthsObserved > 0 ? year.observed ?? 0 : 0)] })
        }

        let columns = hierarchy.nodes.map { units.firstIndex(of: $0)! }
        let errors = backtestErrors
        let (reconciled, _, outcome) = Reconciler.reconcile(paths: rest, hierarchy: hierarchy, method: method) {
            var residuals = Matrix(rows: errors.count, columns: hierarchy.nodeCount)
            for (row, past) in errors.enumerated() {
                for (column, unitIndex) in columns.enumerated() { residuals[row, column] = past[unitIndex] }
            }
            return residuals
        }
        reconciliation = outcome
        guard let reconciled else { return }
        for (index, node) in hierarchy.nodes.enumerated() {
            var year = years[index]
            let observed = year.monthsObserved > 0 ? year.observed ?? 0 : 0
            year.draws = reconciled[index].values.map { $0[0] + observed }
            projections[node] = .success(year)
        }
    }
}
