import Testing
import LinearAlgebra

@Suite("Matrix operations through CBLAS")
struct MatrixTests {
    // 2 × 3 and 3 × 2, small integers: every product is exact in Double.
    let a = Matrix(columns: [[1, 4], [2, 5], [3, 6]])
    let b = Matrix(columns: [[7, 9, 11], [8, 10, 12]])

    @Test func productByHand() {
        // [1 2 3; 4 5 6] · [7 8; 9 10; 11 12] = [58 64; 139 154]
        let c = a * b
        #expect(c.rows == 2 && c.columns == 2)
        #expect(c.elements == [58, 139, 64, 154])
    }

    @Test func productWithEmptyInnerDimensionIsZero() {
        let c = Matrix(rows: 2, columns: 0) * Matrix(rows: 0, columns: 3)
        #expect(c == Matrix(rows: 2, columns: 3))
    }

    @Test func matrixTimesVector() {
        #expect(a * [1, 0, -1] == [-2, -2])
        #expect(b * [0.5, 2] == [19.5, 24.5, 29.5])
    }

    @Test func transposedAndIdentity() {
        let t = a.transposed()
        #expect(t.rows == 3 && t.columns == 2)
        for i in 0..<2 { for j in 0..<3 { #expect(t[j, i] == a[i, j]) } }
        #expect(t.transposed() == a)
        #expect(Matrix.identity(3) * b == b)
        #expect(a * Matrix.identity(3) == a)
        #expect(Matrix.identity(2).elements == [1, 0, 0, 1])
    }

    @Test func selectingColumns() {
        #expect(a.selectingColumns([2, 0]) == Matrix(columns: [[3, 6], [1, 4]]))
    }

    /// xᵀAx against the 50-digit reference of make-least-squares.py (which
    /// also checks numpy's x @ A @ x against it).
    @Test func quadraticFormsAgainstReference() throws {
        let cases = try Fixtures.load("quadratic-forms.json", as: QuadraticFormCase.self)
        #expect(cases.count == 3)
        for c in cases {
            let matrix = Matrix(rows: c.size, columns: c.size, columnMajor: c.matrix)
            let vectors = Matrix(rows: c.size, columns: c.vectorCount, columnMajor: c.vectors)
            let batched = matrix.quadraticForms(vectors)
            for j in 0..<c.vectorCount {
                let single = matrix.quadraticForm(vectors.column(j))
                #expect(abs(single - c.forms[j]) <= 1e-13 * abs(c.forms[j]), "size \(c.size), vector \(j)")
                #expect(abs(single - c.numpy[j]) <= 1e-13 * abs(c.numpy[j]))
                #expect(abs(batched[j] - single) <= 1e-14 * abs(single))
            }
        }
    }

    @Test func quadraticFormByHand() {
        // [2 1; 1 3], x = (1, -2): 2 − 4 + 12 = 10.
        let s = Matrix(columns: [[2, 1], [1, 3]])
        #expect(s.quadraticForm([1, -2]) == 10)
        #expect(s.quadraticForms(Matrix(columns: [[1, -2], [0, 1], [1, 1]])) == [10, 3, 7])
        #expect(Matrix(rows: 0, columns: 0).quadraticForm([]) == 0)
    }

    @Test func transposedTriangularSolve() {
        // U = [2 1; 0 4]; Uᵀ z = b for b = (4, 6) gives z = (2, 1).
        let u = Matrix(columns: [[2, 0], [1, 4]])
        let z = u.solvingTransposedTriangular(Matrix(columns: [[4, 6], [2, 0.5]]))
        #expect(z.elements == [2, 1, 1, -0.125])
    }

    @Test func quadraticFormPropagatesNaN() {
        let s = Matrix(columns: [[2, .nan], [.nan, .nan]])
        #expect(s.quadraticForm([1, 0]).isNaN)
    }
}
