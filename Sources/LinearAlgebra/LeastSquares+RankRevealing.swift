import CLAPACKE

// Rank-deficient and ill-conditioned designs, treated as R's `lm` treats them.
//
// R's lm (through LINPACK dqrdc2 with tol = 1e-7) factors the columns left to
// right and moves a column to the end, as aliased, when its norm after the
// columns already kept are projected out falls below tol times its original
// norm. So for x and 2x it keeps x and drops 2x, and for an intercept and a
// constant column it keeps the intercept: the earlier column always wins.
//
// LAPACK's dgelsy pivots by largest remaining column norm instead (it would
// keep 2x and drop x) and decides the rank from the condition of the leading
// triangle, not per column (it calls the raw-year quadratic 1, t, t² for
// t = 2000…2014 rank 2 at rcond 1e-7, where lm keeps all three). Neither
// agrees with lm, so this file applies lm's rule with Householder QR (dgeqrf)
// and refits the kept columns by dgels.

extension LeastSquares {
    /// The design columns R's `lm` keeps, in order.
    ///
    /// Column j is kept when ‖(I − P)xⱼ‖ ≥ tolerance · ‖xⱼ‖, P the orthogonal
    /// projection on the columns kept before it (‖xⱼ‖ taken as 1 for a zero
    /// column, which is therefore always aliased). ‖(I − P)xⱼ‖ is |Rₘₘ| of the
    /// Householder QR of [kept columns, xⱼ], m the number kept so far. At most n
    /// columns can be kept: once there are n, the rest are aliased.
    static func keptColumns(of design: Matrix, columnNorms: [Double], tolerance: Double) throws(LinearAlgebraError) -> [Int] {
        let n = design.rows
        var kept: [Int] = []
        for j in 0..<design.columns where kept.count < n {
            let m = kept.count
            var candidate = LAPACKBuffer(design.selectingColumns(kept + [j]))
            var reflectorScales = [Double](repeating: 0, count: m + 1)
            let lda = candidate.leadingDimension
            let info = candidate.elements.withUnsafeMutableBufferPointer { a in
                LAPACKE_dgeqrf(LAPACK_COL_MAJOR, LAPACKInt(n), LAPACKInt(m + 1),
                               a.baseAddress, lda, &reflectorScales)
            }
            // dgeqrf has no failure of its own (info ≥ 0 always); only illegal arguments.
            try LAPACKCall.check(info, routine: "dgeqrf") { .noConvergence(routine: "dgeqrf", info: $0) }
            let reference = columnNorms[j] > 0 ? columnNorms[j] : 1
            if abs(candidate[m, m]) >= tolerance * reference { kept.append(j) }
        }
        return kept
    }

    /// The fit on the `kept` columns only, laid out over all p columns: NaN
    /// coefficients and covariance entries for the aliased ones.
    static func solution(design: Matrix, responses: Matrix, keeping kept: [Int]) throws(LinearAlgebraError) -> LeastSquaresSolution {
        let n = design.rows, p = design.columns, k = responses.columns
        var aliased = [Bool](repeating: true, count: p)
        for j in kept { aliased[j] = false }
        var coefficients = Matrix(rows: p, columns: k, repeating: .nan)

        guard !kept.isEmpty else {
            // Nothing is fitted: the residuals are the responses themselves.
            let rss = (0..<k).map { j in responses.column(j).reduce(0) { $0 + $1 * $1 } }
            return LeastSquaresSolution(
                coefficients: coefficients, residualSumOfSquares: rss, rank: 0, aliased: aliased,
                unscaledCovariance: Matrix(rows: p, columns: p, repeating: .nan),
                residualDegreesOfFreedom: n)
        }

        let outcome = try HouseholderFit.fit(design: design.selectingColumns(kept), responses: responses)
        guard case .fitted(let fit) = outcome else {
            // The kept columns passed lm's test, so R has no zero on its diagonal.
            if case .singular(let index) = outcome { throw .singular(routine: "dgels", index: index) }
            preconditionFailure("unreachable")
        }
        for (row, j) in kept.enumerated() {
            for response in 0..<k { coefficients[j, response] = fit.coefficients[row, response] }
        }
        var solution = LeastSquaresSolution(
            coefficients: coefficients,
            residualSumOfSquares: fit.residualSumOfSquares,
            rank: kept.count,
            aliased: aliased,
            unscaledCovariance: Covariance.embedding(try fit.unscaledCovariance(), keptColumns: kept, columnCount: p),
            residualDegreesOfFreedom: n - kept.count)
        solution.triangularFactor = fit.triangularFactor
        return solution
    }
}
