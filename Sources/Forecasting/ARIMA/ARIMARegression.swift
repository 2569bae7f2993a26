import LinearAlgebra

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The regression part x·β of a regression with ARIMA errors (a mean, a
/// drift), with the starting values and scales R's `arima` gives its optimiser.
struct ARIMARegression: Sendable {
    /// Regressor columns, one value per period, in the (possibly rotated) basis the optimiser sees.
    var columns: [[Double]]
    /// The rotation V with β = V β* (R rotates by the right singular vectors
    /// of the regressors when there are several); nil when unrotated.
    var rotation: [[Double]]?
    /// Starting values: least squares on the differenced series and regressors.
    var start: [Double]
    /// 10 × the standard errors of those least-squares estimates (R's `parscale`).
    var scale: [Double]

    var count: Int { columns.count }

    /// x·β at period t.
    func value(at t: Int, coefficients beta: ArraySlice<Double>) -> Double {
        var s = 0.0
        for (j, b) in zip(beta.indices, beta) { s += columns[j - beta.startIndex][t] * b }
        return s
    }

    /// The regressors of an order for a series of length n: 1 (mean), then t = 1…n (drift).
    static func regressors(for order: ARIMAOrder, length n: Int) -> [[Double]] {
        var columns: [[Double]] = []
        if order.hasMean { columns.append([Double](repeating: 1, count: n)) }
        if order.includeDrift { columns.append((1...max(n, 1)).map(Double.init)) }
        return columns
    }

    /// Sets up the regression as R's `arima` does: several regressors are
    /// rotated to their right singular vectors; β starts at the least-squares
    /// fit of the differenced series on the differenced regressors (or of the
    /// series itself when that has no rank), and its scale is 10 × the
    /// standard errors of that fit.
    init(columns original: [[Double]], series y: [Double], order: ARIMAOrder) throws(ModelError) {
        columns = original
        rotation = nil
        start = []
        scale = []
        guard !original.isEmpty else { return }
        let n = y.count
        if original.count > 1 {
            let v = Self.rightSingularVectors(original, rows: Array(0..<n))
            rotation = v
            columns = (0..<original.count).map { k in
                (0..<n).map { t in (0..<original.count).reduce(0.0) { $0 + original[$1][t] * v[$1][k] } }
            }
        }
        let differencedY = ARIMARegression.difference(y, order: order)
        let differencedX = columns.map { ARIMARegression.difference($0, order: order) }
        var fit = differencedY.count > columns.count ? Self.leastSquares(differencedY, differencedX) : nil
        if fit == nil || fit!.rank == 0 { fit = Self.leastSquares(y, columns) }
        guard let fit, fit.rank == columns.count else {
            throw .notIdentified("the regression on \(columns.count == 1 ? "the regressor" : "the regressors") has no full rank")
        }
        start = fit.coefficients
        scale = zip(fit.standardErrors, fit.coefficients).map { se, beta in
            // A perfect least-squares fit (se = 0: zeros then one jump, or a
            // variance below the smallest Double) leaves no parscale, where R's
            // optim stops with "non-positive parscale"; the coefficient's own
            // size, or 1, stands in.
            if 10 * se > 0 && se.isFinite { return 10 * se }
            return abs(beta) > 0 && beta.isFinite ? abs(beta) : 1
        }
    }

    /// (1 − B)ᵈ (1 − Bᵐ)ᴰ x, shortened by d + mD.
    static func difference(_ x: [Double], order: ARIMAOrder) -> [Double] {
        var w = x
        for _ in 0..<order.d { w = zip(w.dropFirst(), w).map { $0 - $1 } }
        if order.isSeasonal {
            for _ in 0..<order.seasonalD {
                let m = order.period
                w = w.count > m ? (m..<w.count).map { w[$0] - w[$0 - m] } : []
            }
        }
        return w
    }

    private struct Fit {
        var coefficients: [Double]
        var standardErrors: [Double]
        var rank: Int
    }

    /// lm(y ~ X − 1) on the complete rows.
    private static func leastSquares(_ y: [Double], _ x: [[Double]]) -> Fit? {
        let rows = y.indices.filter { t in !y[t].isNaN && x.allSatisfy { !$0[t].isNaN } }
        guard rows.count >= x.count, !rows.isEmpty else { return nil }
        let design = Matrix(columns: x.map { column in rows.map { column[$0] } })
        let response = Matrix(columns: [rows.map { y[$0] }])
        guard let solution = try? LeastSquares.solve(design: design, responses: response) else { return nil }
        let df = Double(rows.count - x.count)
        let variance = df > 0 ? solution.residualSumOfSquares[0] / df : .nan
        let ses = (0..<x.count).map { (solution.unscaledCovariance[$0, $0] * variance).squareRoot() }
        return Fit(coefficients: solution.coefficients.column(0), standardErrors: ses, rank: solution.rank)
    }

    /// V of the singular value decomposition X = U S Vᵀ over the given rows,
    /// columns in order of decreasing singular value, for two regressors:
    /// the eigenvectors of the 2 × 2 matrix XᵀX.
    static func rightSingularVectors(_ x: [[Double]], rows: [Int]) -> [[Double]] {
        precondition(x.count == 2, "only a mean and a drift are ever rotated")
        var a = 0.0, b = 0.0, c = 0.0
        for t in rows {
            a += x[0][t] * x[0][t]
            b += x[0][t] * x[1][t]
            c += x[1][t] * x[1][t]
        }
        // The larger eigenvalue of [[a, b], [b, c]] and its unit eigenvector.
        let half = (a - c) / 2
        let root = (half * half + b * b).squareRoot()
        let largest = (a + c) / 2 + root
        var first = abs(b) > 0 ? [b, largest - a] : (a >= c ? [1.0, 0.0] : [0.0, 1.0])
        let norm = hypot(first[0], first[1])
        first = first.map { $0 / norm }
        // R's LAPACK gives a first column with negative entries for a mean and a drift.
        if first[0] > 0 { first = first.map { -$0 } }
        let second = [-first[1], first[0]]
        return [[first[0], second[0]], [first[1], second[1]]]
    }
}
