import Forecasting
import LinearAlgebra

// Putting the caller's per-unit data into the hierarchy's node order, the
// order every `Reconciler` input and output follows.

extension UnitHierarchy {
    /// `values` (keyed by unit id) as an array in node order; throws
    /// `.missingNode` for the first node without a value. Keys that are not
    /// nodes (units outside the tree) are ignored.
    ///
    ///     let base = try hierarchy.inNodeOrder(meanByUnit)       // [[Double]]
    ///     let reconciled = reconciler.reconcile(steps: base)
    ///     for (unit, mean) in zip(hierarchy.nodes, reconciled) { … }
    public func inNodeOrder<Value>(_ values: [String: Value]) throws(ReconciliationError) -> [Value] {
        var arranged: [Value] = []
        arranged.reserveCapacity(nodeCount)
        for id in nodes {
            guard let value = values[id] else { throw .missingNode(id) }
            arranged.append(value)
        }
        return arranged
    }

    /// The residual matrix MinT takes (T × n: one row per period, one column
    /// per node in node order) from each node's one-step in-sample residuals
    /// as a series, aligned by period: rows run from the earliest period of
    /// any node to the latest, NaN where a node has no residual (before its
    /// series starts, or a gap). `ShrinkageCovariance` then keeps the rows
    /// complete for every node.
    ///
    /// Throws `.missingNode` for a node without residuals and `.misaligned`
    /// for one whose frequency differs from the first node's.
    public func residualMatrix(_ residuals: [String: TimeSeries]) throws(ReconciliationError) -> Matrix {
        let series = try inNodeOrder(residuals)
        guard let first = series.first else { return Matrix(rows: 0, columns: 0) }
        for (id, s) in zip(nodes, series) where s.frequency != first.frequency {
            throw .misaligned(node: id, expected: "frequency \(first.frequency)", found: "frequency \(s.frequency)")
        }
        let nonEmpty = series.filter { !$0.values.isEmpty }
        guard let start = nonEmpty.map(\.start).min(), let end = nonEmpty.map(\.end).max() else {
            return Matrix(rows: 0, columns: nodeCount)
        }
        var matrix = Matrix(rows: end - start + 1, columns: nodeCount, repeating: .nan)
        for (column, s) in series.enumerated() {
            for (i, value) in s.values.enumerated() { matrix[s.start - start + i, column] = value }
        }
        return matrix
    }
}
