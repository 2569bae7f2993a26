/// The result of `LeastSquares.solve`.
///
/// For response j (column j of Y) on the kept columns X₁ of the design,
/// bⱼ = argmin ‖X₁ b − yⱼ‖₂ and RSSⱼ = ‖X₁ bⱼ − yⱼ‖². The covariance of bⱼ
/// is σⱼ² (X₁ᵀX₁)⁻¹ with σⱼ² = RSSⱼ / (n − rank); this type holds the
/// unscaled part (X₁ᵀX₁)⁻¹, shared by all responses.
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
    /// An estimate of 1/κ₁(R) = 1 / (‖R‖₁ ‖R⁻¹‖₁) for the triangular factor R
    /// of the whole design (LAPACK dtrcon): near 1 for orthogonal columns,
    /// below `tolerance` for designs sent to the rank-revealing solver; 0 when
    /// R is exactly singular or the design has fewer rows than columns; NaN
    /// when not computed.
    public var reciprocalCondition: Double = .nan
    /// R, rank × rank upper triangular, of the QR factorization of the kept
    /// columns X₁ = Q R (empty when nothing was kept, or when the solution
    /// was built by `init`). `unscaledPredictionVariance(at:)` solves with it
    /// rather than multiplying by (X₁ᵀX₁)⁻¹, as R's predict.lm does.
    public internal(set) var triangularFactor = Matrix(rows: 0, columns: 0)

    /// A solution from its parts, for solutions computed elsewhere (no
    /// triangular factor: prediction variances then use `unscaledCovariance`).
    public init(coefficients: Matrix, residualSumOfSquares: [Double], rank: Int, aliased: [Bool], unscaledCovariance: Matrix, residualDegreesOfFreedom: Int) {
        self.coefficients = coefficients
        self.residualSumOfSquares = residualSumOfSquares
        self.rank = rank
        self.aliased = aliased
        self.unscaledCovariance = unscaledCovariance
        self.residualDegreesOfFreedom = residualDegreesOfFreedom
    }

    /// σⱼ² = RSSⱼ / (n − rank) for each response; NaN when n = rank (no
    /// residual degrees of freedom, as R's `summary.lm` gives NaN).
    public var residualVariance: [Double] {
        residualSumOfSquares.map { residualDegreesOfFreedom > 0 ? $0 / Double(residualDegreesOfFreedom) : .nan }
    }

    /// The coefficients of response j.
    public func coefficients(ofResponse j: Int) -> [Double] { coefficients.column(j) }
}
