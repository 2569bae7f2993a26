import Forecasting
import LinearAlgebra

extension Reconciler {
    /// Coherent sample paths: `paths[i]` are node i's simulated futures
    /// (hierarchy order), and path p of every node is reconciled together,
    /// step by step, with the same projection as the point forecasts:
    /// ỹₚ,ₕ = S G ŷₚ,ₕ, where ŷₚ,ₕ holds every node's value of path p at step h.
    ///
    /// So in every path each parent is the sum of its children, and a share
    /// of paths (a probability of reaching a target, `p_low`) computed for the
    /// province agrees with the one its districts' paths imply. Path p of one
    /// node is paired with path p of the others: independent simulations
    /// give independent base errors across nodes, which MinT then combines.
    ///
    /// Per step, the base values of all nodes and paths form one n × P matrix
    /// Ŷₕ, and b = G Ŷₕ is one matrix product (dgemm) before the sums up the
    /// tree; bottom-up picks the leaves' rows instead. Each step is done on
    /// its own to bound memory at n × P values.
    ///
    /// Every node must have the same start, frequency, path count and horizon
    /// as the first: step h must be the same period for all of them.
    public func reconcile(paths: [SamplePaths]) throws(ReconciliationError) -> [SamplePaths] {
        precondition(paths.count == hierarchy.nodeCount, "expected \(hierarchy.nodeCount) nodes' paths, found \(paths.count)")
        guard let first = paths.first else { return [] }
        for (i, node) in paths.enumerated() {
            func misaligned(_ what: String, _ expected: Int, _ found: Int) -> ReconciliationError {
                .misaligned(node: hierarchy.nodes[i], expected: "\(what) \(expected)", found: "\(what) \(found)")
            }
            if node.start != first.start { throw misaligned("start", first.start, node.start) }
            if node.frequency != first.frequency { throw misaligned("frequency", first.frequency, node.frequency) }
            if node.pathCount != first.pathCount { throw misaligned("path count", first.pathCount, node.pathCount) }
            if node.horizon != first.horizon { throw misaligned("horizon", first.horizon, node.horizon) }
        }
        guard method != .none else { return paths }

        let n = paths.count, pathCount = first.pathCount, horizon = first.horizon
        var values = [[[Double]]](
            repeating: [[Double]](repeating: [Double](repeating: 0, count: horizon), count: pathCount),
            count: n)
        for h in 0..<horizon {
            var y = Matrix(rows: n, columns: pathCount)
            for i in 0..<n {
                for p in 0..<pathCount { y.elements[i + p * n] = paths[i].values[p][h] }
            }
            let reconciled = reconcileColumns(y)
            for i in 0..<n {
                for p in 0..<pathCount { values[i][p][h] = reconciled.elements[i + p * n] }
            }
        }
        return values.map { SamplePaths(start: first.start, frequency: first.frequency, values: $0) }
    }
}
