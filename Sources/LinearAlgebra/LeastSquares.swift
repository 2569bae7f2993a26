/// Linear least squares, min ‖X b − y‖₂, for many right-hand sides at once.
///
/// STUB: the numeric-core work fills this in (dgels; dgelsy for rank-deficient
/// or ill-conditioned designs; covariance from the triangular factor).
public enum LeastSquares {
    /// Fits every column of `responses` (n × k) on `design` (n × p) with one
    /// factorization of the design.
    public static func solve(design: Matrix, responses: Matrix, tolerance: Double = 1e-7) throws(LinearAlgebraError) -> LeastSquaresSolution {
        fatalError("not yet implemented")
    }
}

/// The result of `LeastSquares.solve`.
public struct LeastSquaresSolution: Sendable {
    /// p × k: column j holds the coefficients of response j. Coefficients of
    /// aliased columns (dropped by the rank-revealing solver) are NaN, as R's `lm` gives NA.
    public var coefficients: Matrix
    /// The residual sum of squares of each response (k values).
    public var residualSumOfSquares: [Double]
    /// The numerical rank of the design.
    public var rank: Int
    /// For each design column, whether it was dropped as aliased.
    public var aliased: [Bool]
    /// p × p: (XᵀX)⁻¹ over the kept columns (NaN in rows and columns of aliased ones),
    /// computed from the triangular factor R as R⁻¹R⁻ᵀ, never by inverting XᵀX.
    public var unscaledCovariance: Matrix
    /// n − rank.
    public var residualDegreesOfFreedom: Int

    public init(coefficients: Matrix, residualSumOfSquares: [Double], rank: Int, aliased: [Bool], unscaledCovariance: Matrix, residualDegreesOfFreedom: Int) {
        self.coefficients = coefficients
        self.residualSumOfSquares = residualSumOfSquares
        self.rank = rank
        self.aliased = aliased
        self.unscaledCovariance = unscaledCovariance
        self.residualDegreesOfFreedom = residualDegreesOfFreedom
    }
}
