import LinearAlgebra

/// Why Levenberg–Marquardt could not run.
public enum LevenbergMarquardtError: Error, Equatable, Sendable {
    /// The residuals or the Jacobian are NaN or infinite at the start.
    case nonFiniteStart
    /// LAPACK failed on a damped step; the text says how.
    case linearAlgebra(String)
}


/// Where Levenberg–Marquardt stopped, with what the usual inference needs.
///
/// At the optimum θ̂ with Jacobian J and n − p residual degrees of freedom,
/// the asymptotic covariance of θ̂ is σ̂² (JᵀJ)⁻¹ with σ̂² = S(θ̂)/(m − p)
/// (R's `vcov(nls)`, the Gauss–Newton linearisation); `unscaledCovariance()`
/// gives (JᵀJ)⁻¹ from the QR factorization of J, not by inverting JᵀJ.
public struct NonlinearLeastSquaresResult: Sendable {
    /// θ̂, the best point found.
    public var point: [Double]
    /// r(θ̂).
    public var residuals: [Double]
    /// S(θ̂) = Σ rᵢ(θ̂)².
    public var residualSumOfSquares: Double
    /// J at θ̂ (m × p): analytic if a Jacobian was given, else by differences.
    public var jacobian: Matrix
    /// Iterations (Jacobian evaluations) made.
    public var iterations: Int
    /// Residual evaluations, those for difference Jacobians included.
    public var evaluations: Int
    /// True when a convergence test was met (not the iteration limit, nor a
    /// damping that could no longer find a decrease).
    public var converged: Bool

    /// A result from its parts.
    public init(point: [Double], residuals: [Double], residualSumOfSquares: Double, jacobian: Matrix, iterations: Int, evaluations: Int, converged: Bool) {
        self.point = point
        self.residuals = residuals
        self.residualSumOfSquares = residualSumOfSquares
        self.jacobian = jacobian
        self.iterations = iterations
        self.evaluations = evaluations
        self.converged = converged
    }

    /// m − p, the residual degrees of freedom.
    public var residualDegreesOfFreedom: Int { jacobian.rows - jacobian.columns }

    /// The linear least-squares solution of J δ ≈ −r at θ̂: its
    /// `unscaledCovariance` is (JᵀJ)⁻¹ (NaN rows and columns where J is
    /// rank deficient, as R's `lm`), its `rank` that of J.
    public func linearisation() throws(LinearAlgebraError) -> LeastSquaresSolution {
        let m = residuals.count
        return try LeastSquares.solve(
            design: jacobian, responses: Matrix(rows: m, columns: 1, columnMajor: residuals.map { -$0 }))
    }

    /// (JᵀJ)⁻¹ at θ̂, p × p; multiply by σ̂² = S/(m − p) for the covariance of θ̂.
    public func unscaledCovariance() throws(LinearAlgebraError) -> Matrix {
        try linearisation().unscaledCovariance
    }
}
