import CLAPACKE

/// The unscaled covariance of least-squares coefficients, (XᵀX)⁻¹, computed
/// from the triangular factor of X and never from XᵀX itself.
///
/// With X = QR, XᵀX = RᵀR (Q is orthogonal), so (XᵀX)⁻¹ = R⁻¹R⁻ᵀ. Forming
/// XᵀX would square the condition number (κ(XᵀX) = κ(X)²) and lose twice as
/// many digits; going through R keeps the accuracy of the QR fit.
/// Cov(b) = σ² (RᵀR)⁻¹, with σ² = RSS / (n − rank).
enum Covariance {
    /// (RᵀR)⁻¹ for an upper-triangular p × p R, as a full symmetric matrix.
    ///
    /// LAPACK dpotri computes inv(UᵀU) from a Cholesky factor U; R from a QR
    /// factorization is such a factor up to the signs of its rows, which
    /// cancel in RᵀR, so dpotri applies to R as it stands (it inverts R by
    /// dtrtri, then forms R⁻¹R⁻ᵀ by dlauum). It fills the upper triangle; the
    /// lower one is mirrored from it so that the result is exactly symmetric.
    static func inverseGram(triangularFactor r: Matrix) throws(LinearAlgebraError) -> Matrix {
        BLASThreads.pin()
        let p = r.rows
        precondition(r.columns == p)
        guard p > 0 else { return Matrix(rows: 0, columns: 0) }
        var inverse = LAPACKBuffer(r)
        let info = inverse.elements.withUnsafeMutableBufferPointer { a in
            LAPACKE_dpotri(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "U")), LAPACKInt(p),
                           a.baseAddress, LAPACKCall.leadingDimension(p))
        }
        try LAPACKCall.checkTriangular(info, routine: "dpotri")
        var result = Matrix(rows: p, columns: p)
        for j in 0..<p {
            for i in 0...j {
                result[i, j] = inverse[i, j]
                result[j, i] = inverse[i, j]
            }
        }
        return result
    }

    /// The p × p covariance of the full design from the r × r one of its kept
    /// columns: kept rows and columns in place, NaN in those of aliased columns
    /// (as R's `vcov` gives NA for them).
    static func embedding(_ kept: Matrix, keptColumns: [Int], columnCount p: Int) -> Matrix {
        var result = Matrix(rows: p, columns: p, repeating: .nan)
        for (b, j) in keptColumns.enumerated() {
            for (a, i) in keptColumns.enumerated() { result[i, j] = kept[a, b] }
        }
        return result
    }
}
