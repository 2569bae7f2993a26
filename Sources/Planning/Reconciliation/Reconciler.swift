import LinearAlgebra

/// Makes the forecasts of a `UnitHierarchy` coherent: reconciled ỹ = S G ŷ,
/// so every parent is the sum of its children (see `ReconciliationMethod`).
///
/// Built once per hierarchy and method (MinT's G costs two Cholesky
/// factorizations), then applied to any number of forecast vectors, horizons
/// and sample paths. Every vector it takes or gives is indexed by the
/// hierarchy's node order.
///
/// **How G is computed for MinT.** G = (Sᵀ W⁻¹ S)⁻¹ Sᵀ W⁻¹ is evaluated with
/// solves, never inverses: W = UᵀU (dpotrf), X = W⁻¹ S (dpotrs, n × m),
/// A = Sᵀ X (m × m, symmetric positive definite when W is), and G = A⁻¹ Xᵀ
/// (dpotrf, dpotrs), using Sᵀ W⁻¹ = (W⁻¹ S)ᵀ as W is symmetric.
///
/// **How G is applied.** The leaves' values b = G ŷ come from one matrix
/// product (for MinT; bottom-up just picks the leaves' forecasts), and the
/// nodes' totals from b by summing up the tree (`UnitHierarchy.aggregate`),
/// so coherence holds to the last bit of a floating-point sum. A NaN base
/// forecast stays with its ancestors under bottom-up; under MinT every
/// node's result mixes every base forecast, and all become NaN.
public struct Reconciler: Sendable {
    /// The unit tree.
    public let hierarchy: UnitHierarchy
    /// Bottom-up, MinT or none.
    public let method: ReconciliationMethod
    /// G (m × n): the leaves' reconciled values from all nodes' base
    /// forecasts; nil for `ReconciliationMethod.none`.
    public let projection: Matrix?
    /// MinT's W and its shrinkage intensity λ; nil for the other methods.
    public let covariance: ShrinkageCovariance?

    /// A reconciler for `hierarchy`. `residuals` (T × n: rows = time periods,
    /// columns = the nodes in hierarchy order, one-step in-sample forecast
    /// errors, NaN where missing) is needed by MinT and ignored otherwise.
    public init(hierarchy: UnitHierarchy, method: ReconciliationMethod, residuals: Matrix? = nil) throws(ReconciliationError) {
        self.hierarchy = hierarchy
        self.method = method
        switch method {
        case .none:
            projection = nil
            covariance = nil
        case .bu:
            var g = Matrix(rows: hierarchy.leafCount, columns: hierarchy.nodeCount)
            for (k, leaf) in hierarchy.leaves.enumerated() { g[k, leaf] = 1 }
            projection = g
            covariance = nil
        case .mint:
            guard let residuals else { throw .residualsRequired }
            guard residuals.columns == hierarchy.nodeCount else {
                throw .residualShape(expected: hierarchy.nodeCount, found: residuals.columns)
            }
            let shrunk = try ShrinkageCovariance(residuals: residuals)
            projection = try Self.minimumTraceProjection(summing: hierarchy.summingMatrix, covariance: shrunk.covariance)
            covariance = shrunk
        }
    }

    /// MinT's shrinkage intensity λ (nil unless the method is MinT).
    public var shrinkage: Double? { covariance?.lambda }

    /// G = (Sᵀ W⁻¹ S)⁻¹ Sᵀ W⁻¹ by two Cholesky solves.
    static func minimumTraceProjection(summing s: Matrix, covariance w: Matrix) throws(ReconciliationError) -> Matrix {
        let wFactor = try positiveDefiniteFactor(w, name: "W")
        let x = wFactor.solve(s)
        let a = s.transposed() * x
        return try positiveDefiniteFactor(a, name: "SᵀW⁻¹S").solve(x.transposed())
    }

    /// A pivot Uᵢᵢ² below this share of the largest diagonal element of A
    /// marks A as singular to working precision.
    static let smallestPivot = 1e-12

    /// The Cholesky factor of A, or `.notPositiveDefinite(matrix: name)`.
    ///
    /// dpotrf only stops at a pivot ≤ 0, and a singular A (W with λ = 0 and
    /// T < n) often leaves a pivot of rounding size (≈ 10⁻¹⁶ × its scale)
    /// instead; G would then be noise. Since Uᵢᵢ² is the variance of node i's
    /// error not explained by the nodes before it, a pivot under 10⁻¹² of
    /// the largest variance is taken as zero. (The floor given to a
    /// zero-variance node, 10⁻⁸, stays well above it.)
    static func positiveDefiniteFactor(_ a: Matrix, name: String) throws(ReconciliationError) -> Cholesky {
        let factor: Cholesky
        do { factor = try Cholesky(a) } catch { throw .notPositiveDefinite(matrix: name) }
        let scale = (0..<a.rows).map { a[$0, $0] }.max() ?? 0
        let smallest = (0..<a.rows).map { factor.factor[$0, $0] * factor.factor[$0, $0] }.min() ?? 0
        guard a.rows == 0 || smallest > smallestPivot * scale else { throw .notPositiveDefinite(matrix: name) }
        return factor
    }

    // MARK: Applying it

    /// The reconciled forecasts of all nodes at one step, from their base
    /// forecasts `base` (one per node, hierarchy order).
    public func reconcile(_ base: [Double]) -> [Double] {
        precondition(base.count == hierarchy.nodeCount, "expected \(hierarchy.nodeCount) base forecasts, found \(base.count)")
        return reconcileColumns(Matrix(rows: base.count, columns: 1, columnMajor: base)).elements
    }

    /// The reconciled forecasts over a horizon: `steps[i]` is node i's base
    /// forecast over the steps (all of one length); so is the result's.
    public func reconcile(steps: [[Double]]) -> [[Double]] {
        precondition(steps.count == hierarchy.nodeCount, "expected \(hierarchy.nodeCount) nodes, found \(steps.count)")
        let horizon = steps.first?.count ?? 0
        precondition(steps.allSatisfy { $0.count == horizon }, "every node needs the same number of steps")
        // Ŷ (n × H) has node i's steps as row i.
        var y = Matrix(rows: steps.count, columns: horizon)
        for (i, node) in steps.enumerated() {
            for (h, value) in node.enumerated() { y[i, h] = value }
        }
        let reconciled = reconcileColumns(y)
        return (0..<steps.count).map { i in (0..<horizon).map { reconciled[i, $0] } }
    }

    /// Each column of Y (n × k, one base forecast vector per column) reconciled.
    func reconcileColumns(_ y: Matrix) -> Matrix {
        guard let projection else { return y }
        let bottom: Matrix
        switch method {
        case .bu: bottom = y.selectingRows(hierarchy.leaves)
        default: bottom = projection * y
        }
        var result = Matrix(rows: y.rows, columns: y.columns)
        for column in 0..<y.columns {
            let totals = hierarchy.aggregate(bottom: bottom.column(column))
            for (i, value) in totals.enumerated() { result[i, column] = value }
        }
        return result
    }
}

extension Matrix {
    /// The matrix made of the given rows, in the given order.
    fileprivate func selectingRows(_ indices: [Int]) -> Matrix {
        var result = Matrix(rows: indices.count, columns: columns)
        for j in 0..<columns {
            for (r, i) in indices.enumerated() { result[r, j] = self[i, j] }
        }
        return result
    }
}
