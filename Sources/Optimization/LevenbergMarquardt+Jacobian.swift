import LinearAlgebra

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LevenbergMarquardt {
    /// maxⱼ |Jⱼᵀr| / (‖Jⱼ‖ ‖r‖), 0 for zero columns.
    func gradientCosine(_ J: Matrix, _ r: [Double], norms: [Double]) -> Double {
        let rNorm = r.euclideanNorm
        var worst = 0.0
        for j in 0..<J.columns where norms[j] > 0 {
            var dot = 0.0
            for i in 0..<J.rows { dot += J[i, j] * r[i] }
            worst = max(worst, abs(dot) / (norms[j] * rNorm))
        }
        return worst
    }

    /// J by forward or central differences around θ (r = r(θ) already known).
    func differenceJacobian(at theta: [Double], residuals r: [Double], _ evaluate: ([Double]) -> [Double]) -> Matrix {
        let m = r.count, p = theta.count
        var J = Matrix(rows: m, columns: p)
        for j in 0..<p {
            var shifted = theta
            switch differences {
            case .forward:
                let h = Double.ulpOfOne.squareRoot() * max(abs(theta[j]), 1)
                shifted[j] = theta[j] + h
                let step = shifted[j] - theta[j]
                let up = evaluate(shifted)
                for i in 0..<m { J[i, j] = (up[i] - r[i]) / step }
            case .central:
                let h = cbrt(Double.ulpOfOne) * max(abs(theta[j]), 1)
                shifted[j] = theta[j] + h
                let up = evaluate(shifted)
                let upper = shifted[j]
                shifted[j] = theta[j] - h
                let down = evaluate(shifted)
                let width = upper - shifted[j]
                for i in 0..<m { J[i, j] = (up[i] - down[i]) / width }
            }
        }
        return J
    }
}

extension Array where Element == Double {
    /// Σ xᵢ².
    var sumOfSquares: Double { reduce(0) { $0 + $1 * $1 } }
    /// ‖x‖₂, scaled so that it neither overflows nor underflows.
    var euclideanNorm: Double {
        let largest = reduce(0) { Swift.max($0, abs($1)) }
        guard largest > 0, largest.isFinite else { return largest }
        return largest * map { $0 / largest }.sumOfSquares.squareRoot()
    }
}

extension Matrix {
    /// ‖column j‖₂ for each column.
    var columnNorms: [Double] { (0..<columns).map { column($0).euclideanNorm } }
}

