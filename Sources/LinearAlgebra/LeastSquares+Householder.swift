import CLAPACKE

/// The least-squares fit of every response on a design of full column rank,
/// from one Householder QR factorization (LAPACK dgels).
///
/// With X = Q R (Q n × n orthogonal, R p × p upper triangular in its first p
/// rows), ‖X b − y‖² = ‖R b − (Qᵀy)₁…ₚ‖² + ‖(Qᵀy)ₚ₊₁…ₙ‖², so
///
///     b   = R⁻¹ (Qᵀy)₁…ₚ
///     RSS = ‖(Qᵀy)ₚ₊₁…ₙ‖²
///
/// dgels overwrites X with R (and the reflectors that make Q) and each column
/// of Y with Qᵀy followed by the back-substitution: its first p rows become b,
/// its last n − p rows stay (Qᵀy)ₚ₊₁…ₙ. All k responses share the one
/// factorization.
struct HouseholderFit {
    /// R, p × p, upper triangular (the strict lower part is zero).
    var triangularFactor: Matrix
    /// p × k.
    var coefficients: Matrix
    /// k values.
    var residualSumOfSquares: [Double]

    /// Fits `responses` (n × k) on `design` (n × p), n ≥ p ≥ 1, both finite.
    ///
    /// Returns `.singular(diagonalIndex:)` when R has an exactly zero diagonal
    /// element (dgels info > 0): the design needs the rank-revealing solver.
    static func fit(design: Matrix, responses: Matrix) throws(LinearAlgebraError) -> Outcome {
        let n = design.rows, p = design.columns, k = responses.columns
        precondition(n >= p && p >= 1 && responses.rows == n)
        var a = LAPACKBuffer(design)
        // dgels returns at once, without factoring X, when there are no
        // right-hand sides; a zero column makes it factor X all the same.
        var b = LAPACKBuffer(k > 0 ? responses : Matrix(rows: n, columns: 1))
        let lda = a.leadingDimension, ldb = b.leadingDimension
        let rightHandSides = LAPACKInt(max(k, 1))
        let info = a.elements.withUnsafeMutableBufferPointer { ap in
            b.elements.withUnsafeMutableBufferPointer { bp in
                LAPACKE_dgels(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "N")),
                              LAPACKInt(n), LAPACKInt(p), rightHandSides,
                              ap.baseAddress, lda, bp.baseAddress, ldb)
            }
        }
        if info > 0 { return .singular(diagonalIndex: Int(info)) }
        try LAPACKCall.checkTriangular(info, routine: "dgels")

        var factor = Matrix(rows: p, columns: p)
        for j in 0..<p {
            for i in 0...j { factor[i, j] = a[i, j] }
        }
        let coefficients = b.block(rows: p, columns: k)
        let rss = (0..<k).map { j in
            var sum = 0.0
            for i in p..<n { sum += b[i, j] * b[i, j] }
            return sum
        }
        return .fitted(HouseholderFit(triangularFactor: factor, coefficients: coefficients, residualSumOfSquares: rss))
    }

    enum Outcome {
        case fitted(HouseholderFit)
        /// Diagonal element `diagonalIndex` (1-based, as LAPACK counts) of R is zero.
        case singular(diagonalIndex: Int)
    }

    /// The reciprocal condition number of R in the 1-norm,
    /// 1 / (‖R‖₁ ‖R⁻¹‖₁), estimated by LAPACK dtrcon (0 for a singular R).
    func reciprocalCondition() throws(LinearAlgebraError) -> Double {
        let p = triangularFactor.rows
        var rcond = 0.0
        let info = triangularFactor.elements.withUnsafeBufferPointer { r in
            LAPACKE_dtrcon(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "1")), CChar(UInt8(ascii: "U")),
                           CChar(UInt8(ascii: "N")), LAPACKInt(p), r.baseAddress,
                           LAPACKCall.leadingDimension(p), &rcond)
        }
        try LAPACKCall.checkTriangular(info, routine: "dtrcon")
        return rcond
    }

    /// Whether some diagonal element of R is negligible by R's `lm` rule:
    /// |Rⱼⱼ| < tolerance · ‖xⱼ‖. Without pivoting |Rⱼⱼ| is the norm of column j
    /// once the columns before it are projected out, so this is exactly the
    /// test of LINPACK dqrdc2 as long as no earlier column was dropped.
    func hasNegligibleDiagonal(columnNorms: [Double], tolerance: Double) -> Bool {
        columnNorms.indices.contains { j in
            let reference = columnNorms[j] > 0 ? columnNorms[j] : 1
            return abs(triangularFactor[j, j]) < tolerance * reference
        }
    }

    /// (XᵀX)⁻¹ = (RᵀR)⁻¹ = R⁻¹R⁻ᵀ, p × p.
    func unscaledCovariance() throws(LinearAlgebraError) -> Matrix {
        try Covariance.inverseGram(triangularFactor: triangularFactor)
    }
}

extension Matrix {
    /// The Euclidean norm of every column (BLAS dnrm2, which avoids overflow).
    func columnNorms() -> [Double] {
        guard rows > 0 else { return [Double](repeating: 0, count: columns) }
        return elements.withUnsafeBufferPointer { a in
            (0..<columns).map { j in cblas_dnrm2(blasint(rows), a.baseAddress! + j * rows, 1) }
        }
    }
}
