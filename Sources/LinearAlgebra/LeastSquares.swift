/// Linear least squares, min ‖X b − y‖₂, for many right-hand sides at once.
///
/// One call fits every column of Y (n × k) on the same design X (n × p) with
/// one factorization of X: thousands of units that share the same years are
/// fitted together.
///
/// - Full rank, well conditioned: Householder QR (LAPACK dgels), X = QR,
///   b = R⁻¹(Qᵀy)₁…ₚ, RSS = ‖(Qᵀy)ₚ₊₁…ₙ‖², (XᵀX)⁻¹ = R⁻¹R⁻ᵀ.
/// - Otherwise (R exactly singular, rcond(R) < tolerance, or n < p): columns
///   are kept or aliased as R's `lm` does (see `keptColumns`), and the fit,
///   RSS and covariance are those on the kept columns, with NaN for the
///   coefficients and covariance entries of aliased ones.
public enum LeastSquares {
    /// Fits every column of `responses` (n × k) on `design` (n × p) with one
    /// factorization of the design.
    ///
    /// - Parameters:
    ///   - design: X, n × p.
    ///   - responses: Y, n × k: one regression per column.
    ///   - tolerance: in (0, 1); 1e-7 as R's `lm`. A design whose R has
    ///     estimated reciprocal 1-norm condition below it is checked column by
    ///     column, and column j is aliased when its norm, once the kept columns
    ///     before it are projected out, is below `tolerance` times its own norm.
    /// - Throws: `.dimensionMismatch` when Y has not n rows; `.nonFiniteInput`
    ///   for NaN or ±∞ in X or Y; the LAPACK errors of the routines used.
    public static func solve(design: Matrix, responses: Matrix, tolerance: Double = 1e-7) throws(LinearAlgebraError) -> LeastSquaresSolution {
        BLASThreads.pin()
        precondition(tolerance > 0 && tolerance < 1, "tolerance must be in (0, 1), not \(tolerance)")
        guard responses.rows == design.rows else {
            throw .dimensionMismatch(expected: "responses with \(design.rows) rows (one per design row)",
                                     found: "responses of \(responses.shapeDescription)")
        }
        guard design.isFinite, responses.isFinite else { throw .nonFiniteInput }

        let scaling = BinaryScaling(design: design, responses: responses)
        let solution = try solveInSafeRange(design: scaling.apply(toDesign: design),
                                            responses: scaling.apply(toResponses: responses),
                                            tolerance: tolerance)
        return scaling.undo(on: solution)
    }

    /// `solve` for inputs whose magnitudes LAPACK handles without rescaling.
    static func solveInSafeRange(design: Matrix, responses: Matrix, tolerance: Double) throws(LinearAlgebraError) -> LeastSquaresSolution {
        let n = design.rows, p = design.columns
        let norms = design.columnNorms()
        var reciprocalCondition = 0.0
        var kept: [Int]? = nil
        if p >= 1, n >= p, case .fitted(let fit) = try HouseholderFit.fit(design: design, responses: responses) {
            reciprocalCondition = try fit.reciprocalCondition()
            // dtrcon only estimates the condition, so lm's per-column test runs
            // too: a column lm would drop must never pass as full rank.
            let needsRankRevealing = reciprocalCondition < tolerance
                || fit.hasNegligibleDiagonal(columnNorms: norms, tolerance: tolerance)
            if needsRankRevealing {
                kept = try keptColumns(of: design, columnNorms: norms, tolerance: tolerance)
            }
            // Ill conditioned but no column aliased: the QR fit stands, as in lm.
            if kept == nil || kept?.count == p {
                var solution = try fullRankSolution(fit, rows: n)
                solution.reciprocalCondition = reciprocalCondition
                return solution
            }
        }
        if kept == nil { kept = try keptColumns(of: design, columnNorms: norms, tolerance: tolerance) }
        var solution = try solution(design: design, responses: responses, keeping: kept ?? [])
        solution.reciprocalCondition = reciprocalCondition
        return solution
    }

    /// The solution of a full-rank fit: nothing aliased, rank p.
    static func fullRankSolution(_ fit: HouseholderFit, rows n: Int) throws(LinearAlgebraError) -> LeastSquaresSolution {
        let p = fit.triangularFactor.rows
        var solution = LeastSquaresSolution(
            coefficients: fit.coefficients,
            residualSumOfSquares: fit.residualSumOfSquares,
            rank: p,
            aliased: [Bool](repeating: false, count: p),
            unscaledCovariance: try fit.unscaledCovariance(),
            residualDegreesOfFreedom: n - p)
        solution.triangularFactor = fit.triangularFactor
        return solution
    }
}
