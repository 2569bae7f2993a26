import Testing
import LinearAlgebra

@Suite("Cholesky factorization and solves (dpotrf, dpotrs)")
struct CholeskyTests {
    // [4 2; 2 3] = UᵀU with U = [2 1; 0 √2]; det = 8; A⁻¹ = [3 −2; −2 4] / 8.
    let a = Matrix(columns: [[4, 2], [2, 3]])

    @Test func factorByHand() throws {
        let u = try a.cholesky().factor
        #expect(u[0, 0] == 2 && u[0, 1] == 1 && u[1, 0] == 0)
        #expect(abs(u[1, 1] - 2.0.squareRoot()) <= 1e-15)
        #expect(abs(try a.cholesky().logDeterminant - 2.0794415416798357) <= 1e-15, "log 8")
    }

    @Test func solveByHand() throws {
        let factor = try Cholesky(a)
        // A⁻¹ (2, 1) = (6 − 2, −4 + 4) / 8 = (0.5, 0); A⁻¹ (0, 8) = (−2, 4).
        let x = factor.solve([2, 1])
        #expect(abs(x[0] - 0.5) <= 1e-15 && abs(x[1]) <= 1e-15)
        let xs = try a.solvingPositiveDefinite(Matrix(columns: [[2, 1], [0, 8]]))
        #expect(xs.rows == 2 && xs.columns == 2)
        for (found, expected) in zip(xs.elements, [0.5, 0, -2, 4]) { #expect(abs(found - expected) <= 1e-14) }
    }

    /// Only the upper triangle is read: garbage below the diagonal changes nothing.
    @Test func readsTheUpperTriangleOnly() throws {
        var b = a
        b[1, 0] = 1000
        #expect(try b.cholesky() == a.cholesky())
    }

    /// A X = B to rounding for a larger, less tidy matrix: A = MᵀM + I.
    @Test func solveSatisfiesTheSystem() throws {
        let m = Matrix(rows: 6, columns: 6, columnMajor: (0..<36).map { Double(($0 * 37) % 11) - 5 })
        var spd = m.transposed() * m
        for i in 0..<6 { spd[i, i] += 1 }
        let b = Matrix(rows: 6, columns: 3, columnMajor: (0..<18).map { Double($0 % 7) - 3 })
        let x = try spd.solvingPositiveDefinite(b)
        let residual = spd * x
        for (r, expected) in zip(residual.elements, b.elements) { #expect(abs(r - expected) <= 1e-10) }
        // UᵀU reproduces A.
        let u = try spd.cholesky().factor
        let product = u.transposed() * u
        for (p, expected) in zip(product.elements, spd.elements) { #expect(abs(p - expected) <= 1e-10) }
    }

    /// dpotrf's info = k names the first leading minor that is not positive definite.
    @Test func notPositiveDefinite() {
        // [1 2; 2 1] has eigenvalues 3 and −1: the 2 × 2 minor fails.
        #expect(throws: LinearAlgebraError.singular(routine: "dpotrf", index: 2)) {
            try Matrix(columns: [[1, 2], [2, 1]]).cholesky()
        }
        #expect(throws: LinearAlgebraError.singular(routine: "dpotrf", index: 1)) {
            try Matrix(columns: [[0, 0], [0, 1]]).cholesky()
        }
        // Positive semidefinite but singular: [1 1; 1 1].
        #expect(throws: LinearAlgebraError.singular(routine: "dpotrf", index: 2)) {
            try Matrix(columns: [[1, 1], [1, 1]]).cholesky()
        }
    }

    @Test func badInput() {
        #expect(throws: LinearAlgebraError.nonFiniteInput) {
            try Matrix(columns: [[1, 0], [.nan, 1]]).cholesky()
        }
        #expect(throws: LinearAlgebraError.dimensionMismatch(expected: "a square matrix", found: "2 × 1")) {
            try Matrix(columns: [[1, 0]]).cholesky()
        }
        #expect(throws: LinearAlgebraError.dimensionMismatch(expected: "2 rows", found: "3 × 1")) {
            try a.solvingPositiveDefinite(Matrix(columns: [[1, 2, 3]]))
        }
    }

    @Test func emptyMatrix() throws {
        let factor = try Matrix(rows: 0, columns: 0).cholesky()
        #expect(factor.order == 0 && factor.logDeterminant == 0)
        #expect(factor.solve(Matrix(rows: 0, columns: 2)) == Matrix(rows: 0, columns: 2))
    }
}
