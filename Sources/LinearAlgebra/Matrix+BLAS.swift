import CLAPACKE

// Products through CBLAS (OpenBLAS). Shapes are checked by `precondition`,
// as Swift's own collections check their indices: a mismatch is a bug in the
// caller, not a condition of the data.

extension Matrix {
    /// The matrix product C = A B (dgemm), A m × k, B k × n.
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        BLASThreads.pin()
        precondition(lhs.columns == rhs.rows,
                     "cannot multiply \(lhs.shapeDescription) by \(rhs.shapeDescription)")
        var product = Matrix(rows: lhs.rows, columns: rhs.columns)
        // An empty inner dimension leaves C = 0; empty outer ones leave nothing to write.
        guard lhs.rows > 0, rhs.columns > 0, lhs.columns > 0 else { return product }
        lhs.elements.withUnsafeBufferPointer { a in
            rhs.elements.withUnsafeBufferPointer { b in
                product.elements.withUnsafeMutableBufferPointer { c in
                    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans,
                                blasint(lhs.rows), blasint(rhs.columns), blasint(lhs.columns),
                                1.0, a.baseAddress, blasint(lhs.rows),
                                b.baseAddress, blasint(rhs.rows),
                                0.0, c.baseAddress, blasint(lhs.rows))
                }
            }
        }
        return product
    }

    /// The matrix–vector product y = A x (dgemv), A m × n, x of n elements.
    public static func * (lhs: Matrix, rhs: [Double]) -> [Double] {
        BLASThreads.pin()
        precondition(lhs.columns == rhs.count,
                     "cannot multiply \(lhs.shapeDescription) by a vector of \(rhs.count)")
        var product = [Double](repeating: 0, count: lhs.rows)
        guard lhs.rows > 0, lhs.columns > 0 else { return product }
        lhs.elements.withUnsafeBufferPointer { a in
            rhs.withUnsafeBufferPointer { x in
                product.withUnsafeMutableBufferPointer { y in
                    cblas_dgemv(CblasColMajor, CblasNoTrans,
                                blasint(lhs.rows), blasint(lhs.columns),
                                1.0, a.baseAddress, blasint(lhs.rows),
                                x.baseAddress, 1, 0.0, y.baseAddress, 1)
                }
            }
        }
        return product
    }

    /// The quadratic form xᵀ A x of a symmetric n × n matrix A (dsymv, then ddot).
    ///
    /// Only the upper triangle of A is read, so A must be symmetric (as a
    /// covariance is). Forecasting uses it for the variance of a prediction,
    /// σ² x₀ᵀ (XᵀX)⁻¹ x₀. A NaN anywhere in A or x (e.g. the row of an aliased
    /// column) gives NaN.
    public func quadraticForm(_ x: [Double]) -> Double {
        BLASThreads.pin()
        precondition(rows == columns, "a quadratic form needs a square matrix, not \(shapeDescription)")
        precondition(x.count == rows, "a quadratic form of \(shapeDescription) needs \(rows) elements, not \(x.count)")
        guard rows > 0 else { return 0 }
        var ax = [Double](repeating: 0, count: rows)
        return elements.withUnsafeBufferPointer { a in
            x.withUnsafeBufferPointer { xp in
                ax.withUnsafeMutableBufferPointer { y in
                    cblas_dsymv(CblasColMajor, CblasUpper, blasint(rows),
                                1.0, a.baseAddress, blasint(rows),
                                xp.baseAddress, 1, 0.0, y.baseAddress, 1)
                    return cblas_ddot(blasint(rows), xp.baseAddress, 1, y.baseAddress, 1)
                }
            }
        }
    }

    /// The quadratic forms xⱼᵀ A xⱼ for every column xⱼ of X (n × m), one per
    /// column, from one product A X (dsymm) and m dot products.
    ///
    /// As `quadraticForm(_:)`, A must be symmetric (its upper triangle is read).
    public func quadraticForms(_ X: Matrix) -> [Double] {
        BLASThreads.pin()
        precondition(rows == columns, "a quadratic form needs a square matrix, not \(shapeDescription)")
        precondition(X.rows == rows, "quadratic forms of \(shapeDescription) need \(rows) rows, not \(X.rows)")
        guard X.columns > 0 else { return [] }
        guard rows > 0 else { return [Double](repeating: 0, count: X.columns) }
        var ax = Matrix(rows: rows, columns: X.columns)
        elements.withUnsafeBufferPointer { a in
            X.elements.withUnsafeBufferPointer { b in
                ax.elements.withUnsafeMutableBufferPointer { c in
                    cblas_dsymm(CblasColMajor, CblasLeft, CblasUpper,
                                blasint(rows), blasint(X.columns),
                                1.0, a.baseAddress, blasint(rows),
                                b.baseAddress, blasint(rows),
                                0.0, c.baseAddress, blasint(rows))
                }
            }
        }
        return X.elements.withUnsafeBufferPointer { b in
            ax.elements.withUnsafeBufferPointer { c in
                (0..<X.columns).map { j in
                    cblas_ddot(blasint(rows), b.baseAddress! + j * rows, 1, c.baseAddress! + j * rows, 1)
                }
            }
        }
    }

    /// Z = U⁻ᵀ B for an upper-triangular n × n U = `self` and B n × m, by
    /// solving Uᵀ Z = B (dtrsm). Only the upper triangle is read; a zero on the
    /// diagonal gives ±∞ or NaN, as division does.
    public func solvingTransposedTriangular(_ b: Matrix) -> Matrix {
        BLASThreads.pin()
        precondition(rows == columns, "a triangular solve needs a square matrix, not \(shapeDescription)")
        precondition(b.rows == rows, "cannot solve \(shapeDescription) against \(b.shapeDescription)")
        var z = b
        guard rows > 0, b.columns > 0 else { return z }
        elements.withUnsafeBufferPointer { u in
            z.elements.withUnsafeMutableBufferPointer { zp in
                cblas_dtrsm(CblasColMajor, CblasLeft, CblasUpper, CblasTrans, CblasNonUnit,
                            blasint(rows), blasint(b.columns), 1.0, u.baseAddress, blasint(rows),
                            zp.baseAddress, blasint(rows))
            }
        }
        return z
    }
}
