import CLAPACKE
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Cholesky factorization A = Uᵀ U of a symmetric positive definite
/// n × n matrix A (LAPACK dpotrf, upper triangle), and solves with it
/// (dpotrs).
///
/// A solve A X = B costs one factorization (n³/3 flops) and two triangular
/// solves per right-hand side (2n² flops each), and is backward stable for
/// any positive definite A; forming A⁻¹ and multiplying would cost more and
/// lose accuracy when A is ill-conditioned (Higham, *Accuracy and Stability
/// of Numerical Algorithms*, 2nd ed., §10.1 and §14.1). Use it where a
/// formula says A⁻¹B: generalized least squares, (Sᵀ W⁻¹ S)⁻¹, Mahalanobis
/// distances.
///
/// Only the upper triangle of A is read, so A must be symmetric.
public struct Cholesky: Sendable, Equatable {
    /// The upper-triangular factor U with A = UᵀU (the strict lower triangle is zero).
    public let factor: Matrix

    /// Factors A; throws `.nonFiniteInput` for NaN or ±∞ in its upper
    /// triangle, and `.singular(routine: "dpotrf", index: k)` when A is not
    /// positive definite: the leading k × k minor is not (dpotrf's info = k).
    public init(_ a: Matrix) throws(LinearAlgebraError) {
        BLASThreads.pin()
        guard a.rows == a.columns else {
            throw .dimensionMismatch(expected: "a square matrix", found: a.shapeDescription)
        }
        let n = a.rows
        for j in 0..<n {
            for i in 0...j where !a[i, j].isFinite { throw .nonFiniteInput }
        }
        var buffer = LAPACKBuffer(a)
        if n > 0 {
            let info = buffer.elements.withUnsafeMutableBufferPointer { p in
                LAPACKE_dpotrf(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "U")), LAPACKInt(n),
                               p.baseAddress, LAPACKCall.leadingDimension(n))
            }
            try LAPACKCall.checkTriangular(info, routine: "dpotrf")
        }
        var upper = Matrix(rows: n, columns: n)
        for j in 0..<n {
            for i in 0..<(j + 1) { upper[i, j] = buffer[i, j] }
        }
        factor = upper
    }

    /// n, the order of A.
    public var order: Int { factor.rows }

    /// X = A⁻¹ B for B n × k, by Uᵀ Y = B then U X = Y (dpotrs).
    public func solve(_ b: Matrix) -> Matrix {
        BLASThreads.pin()
        precondition(b.rows == order, "cannot solve a \(order) × \(order) system against \(b.shapeDescription)")
        guard order > 0, b.columns > 0 else { return b }
        var x = LAPACKBuffer(b)
        let leadingDimension = x.leadingDimension
        let u = factor.elements
        let info = u.withUnsafeBufferPointer { up in
            x.elements.withUnsafeMutableBufferPointer { xp in
                LAPACKE_dpotrs(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "U")), LAPACKInt(order), LAPACKInt(b.columns),
                               up.baseAddress, LAPACKCall.leadingDimension(order),
                               xp.baseAddress, leadingDimension)
            }
        }
        // dpotrs has no data-dependent failure: a nonzero info is an argument bug.
        precondition(info == 0, "dpotrs rejected argument \(-info)")
        return x.block(rows: b.rows, columns: b.columns)
    }

    /// x = A⁻¹ b for one right-hand side.
    public func solve(_ b: [Double]) -> [Double] {
        solve(Matrix(rows: b.count, columns: 1, columnMajor: b)).elements
    }

    /// log det A = 2 Σᵢ log Uᵢᵢ.
    public var logDeterminant: Double {
        (0..<order).reduce(0) { $0 + 2 * log(factor[$1, $1]) }
    }
}

extension Matrix {
    /// The Cholesky factorization of `self` (see `Cholesky`).
    public func cholesky() throws(LinearAlgebraError) -> Cholesky {
        try Cholesky(self)
    }

    /// X = A⁻¹ B for a symmetric positive definite A = `self`, through its
    /// Cholesky factor (dpotrf, dpotrs); A⁻¹ is never formed.
    public func solvingPositiveDefinite(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        guard b.rows == rows else {
            throw .dimensionMismatch(expected: "\(rows) rows", found: b.shapeDescription)
        }
        return try Cholesky(self).solve(b)
    }
}
