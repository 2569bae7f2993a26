/// A small dense matrix (row-major) for the forecast-variance recursions of
/// ETS, whose matrices are at most (2m)² = 24 × 24: plain loops, no BLAS
/// call overhead, and the Kronecker product those formulas are written in.
struct SmallMatrix: Sendable, Equatable {
    let rows: Int
    let columns: Int
    var elements: [Double]

    init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = rows
        self.columns = columns
        elements = Array(repeating: value, count: rows * columns)
    }

    /// A column vector.
    init(column: [Double]) {
        rows = column.count
        columns = 1
        elements = column
    }

    /// A row vector.
    init(row: [Double]) {
        rows = 1
        columns = row.count
        elements = row
    }

    static func identity(_ n: Int) -> SmallMatrix {
        var m = SmallMatrix(rows: n, columns: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    subscript(i: Int, j: Int) -> Double {
        get { elements[i * columns + j] }
        set { elements[i * columns + j] = newValue }
    }

    var transposed: SmallMatrix {
        var t = SmallMatrix(rows: columns, columns: rows)
        for i in 0..<rows { for j in 0..<columns { t[j, i] = self[i, j] } }
        return t
    }

    /// The elements column by column (R's `c(M)`), as a column vector.
    var vectorized: SmallMatrix {
        var v: [Double] = []
        v.reserveCapacity(rows * columns)
        for j in 0..<columns { for i in 0..<rows { v.append(self[i, j]) } }
        return SmallMatrix(column: v)
    }

    static func * (a: SmallMatrix, b: SmallMatrix) -> SmallMatrix {
        precondition(a.columns == b.rows)
        var c = SmallMatrix(rows: a.rows, columns: b.columns)
        for i in 0..<a.rows {
            for k in 0..<a.columns {
                let aik = a[i, k]
                if aik == 0 { continue }
                for j in 0..<b.columns { c.elements[i * c.columns + j] += aik * b.elements[k * b.columns + j] }
            }
        }
        return c
    }

    static func + (a: SmallMatrix, b: SmallMatrix) -> SmallMatrix {
        precondition(a.rows == b.rows && a.columns == b.columns)
        var c = a
        for i in c.elements.indices { c.elements[i] += b.elements[i] }
        return c
    }

    static func * (s: Double, a: SmallMatrix) -> SmallMatrix {
        var c = a
        for i in c.elements.indices { c.elements[i] *= s }
        return c
    }

    /// The Kronecker product A ⊗ B (R's `A %x% B`).
    func kronecker(_ b: SmallMatrix) -> SmallMatrix {
        var c = SmallMatrix(rows: rows * b.rows, columns: columns * b.columns)
        for i in 0..<rows {
            for j in 0..<columns {
                let aij = self[i, j]
                for k in 0..<b.rows { for l in 0..<b.columns { c[i * b.rows + k, j * b.columns + l] = aij * b[k, l] } }
            }
        }
        return c
    }

    /// The single element of a 1 × 1 matrix.
    var scalar: Double {
        precondition(rows == 1 && columns == 1)
        return elements[0]
    }
}
