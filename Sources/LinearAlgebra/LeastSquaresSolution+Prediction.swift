// Predictions at new design points, as R's predict.lm computes them.
//
// For a fit on the kept columns X₁ with coefficients b₁, a new point x₀ (one
// value per design column) has fitted mean ŷ₀ = x₀,₁ᵀ b₁ and
//
//     Var(ŷ₀)       = σ² x₀,₁ᵀ (X₁ᵀX₁)⁻¹ x₀,₁
//     Var(y₀ − ŷ₀)  = σ² (1 + x₀,₁ᵀ (X₁ᵀX₁)⁻¹ x₀,₁)
//
// where x₀,₁ holds the entries of x₀ for the kept columns. With X₁ = QR,
// x₀,₁ᵀ (X₁ᵀX₁)⁻¹ x₀,₁ = ‖R⁻ᵀ x₀,₁‖², a sum of squares from one triangular
// solve: no cancellation, unlike the product with the explicit inverse,
// which loses digits in proportion to κ(X)² (with raw years as the design,
// 1e-5 of the result). predict.lm drops
// the aliased columns the same way (their coefficients count as zero), so a
// rank-deficient fit still predicts; the full p × p `unscaledCovariance`
// would give NaN there instead, through its NaN rows.

extension LeastSquaresSolution {
    /// The indices of the design columns that were kept (not aliased).
    public var keptColumns: [Int] { aliased.indices.filter { !aliased[$0] } }

    /// x₀,₁ᵀ (X₁ᵀX₁)⁻¹ x₀,₁ for every column x₀ of `points` (p × m): the
    /// variance of the fitted mean at x₀ divided by σ². Shared by all responses.
    public func unscaledPredictionVariance(at points: Matrix) -> [Double] {
        precondition(points.rows == aliased.count,
                     "points need \(aliased.count) rows (one per design column), not \(points.rows)")
        let kept = keptColumns
        let keptPoints = points.transposed().selectingColumns(kept).transposed()
        guard triangularFactor.rows == kept.count else {
            // Built by `init` without a factor: fall back on the covariance.
            let keptCovariance = unscaledCovariance.selectingColumns(kept).transposed().selectingColumns(kept)
            return keptCovariance.quadraticForms(keptPoints)
        }
        let z = triangularFactor.solvingTransposedTriangular(keptPoints)
        return (0..<points.columns).map { i in z.column(i).reduce(0) { $0 + $1 * $1 } }
    }

    /// x₀,₁ᵀ b₁ for every column x₀ of `points` (p × m) and every response:
    /// m × k, row i for point i, column j for response j.
    public func predictions(at points: Matrix) -> Matrix {
        precondition(points.rows == aliased.count,
                     "points need \(aliased.count) rows (one per design column), not \(points.rows)")
        let kept = keptColumns
        let keptPoints = points.transposed().selectingColumns(kept)
        let keptCoefficients = coefficients.transposed().selectingColumns(kept).transposed()
        return keptPoints * keptCoefficients
    }
}
