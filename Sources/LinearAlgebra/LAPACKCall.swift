import CLAPACKE

/// LAPACKE's `lapack_int` (a C macro Swift does not import): 32 bits in the
/// LP64 build of Debian's liblapacke that the package links.
typealias LAPACKInt = Int32

/// LAPACK's `info` convention, turned into `LinearAlgebraError`.
///
/// Every LAPACK routine returns `info`: 0 on success; −i when its i-th
/// argument was illegal (always a bug on our side, since the shapes were
/// checked before the call; LAPACKE also reports −1010/−1011 when it cannot
/// allocate its work arrays); and +i for a routine-specific failure (a zero
/// pivot, a failed convergence), which the caller names through `positive`.
enum LAPACKCall {
    /// Throws for a nonzero `info` of `routine`.
    static func check(
        _ info: LAPACKInt,
        routine: String,
        positive: (Int) -> LinearAlgebraError
    ) throws(LinearAlgebraError) {
        if info < 0 { throw .illegalArgument(routine: routine, index: Int(-info)) }
        if info > 0 { throw positive(Int(info)) }
    }

    /// Throws for a nonzero `info` of a routine whose positive `info` means
    /// that diagonal element `info` of a triangular factor is exactly zero.
    static func checkTriangular(_ info: LAPACKInt, routine: String) throws(LinearAlgebraError) {
        try check(info, routine: routine) { .singular(routine: routine, index: $0) }
    }

    /// A leading dimension as LAPACK wants it: at least 1, even for empty matrices.
    static func leadingDimension(_ rows: Int) -> LAPACKInt { LAPACKInt(max(1, rows)) }
}

/// Column-major storage that is never empty, so that its base address is a
/// valid pointer even for a 0 × k or n × 0 operand (LAPACK may not read it,
/// but LAPACKE's argument checks do look at it).
struct LAPACKBuffer {
    var elements: [Double]
    let rows: Int
    let columns: Int

    /// A copy of `matrix` padded to `rows` rows (`rows ≥ matrix.rows`), as dgels
    /// needs for B when the design has more columns than rows.
    init(_ matrix: Matrix, rows: Int? = nil) {
        let paddedRows = rows ?? matrix.rows
        precondition(paddedRows >= matrix.rows)
        self.rows = paddedRows
        self.columns = matrix.columns
        if paddedRows == matrix.rows {
            elements = matrix.elements
        } else {
            elements = [Double](repeating: 0, count: paddedRows * matrix.columns)
            for j in 0..<matrix.columns {
                for i in 0..<matrix.rows { elements[i + j * paddedRows] = matrix[i, j] }
            }
        }
        if elements.isEmpty { elements = [0] }
    }

    var leadingDimension: LAPACKInt { LAPACKCall.leadingDimension(rows) }

    subscript(row: Int, column: Int) -> Double { elements[row + column * rows] }

    /// The leading `rows` × `columns` block as a `Matrix`.
    func block(rows blockRows: Int, columns blockColumns: Int) -> Matrix {
        var result = Matrix(rows: blockRows, columns: blockColumns)
        for j in 0..<blockColumns {
            for i in 0..<blockRows { result[i, j] = self[i, j] }
        }
        return result
    }
}
