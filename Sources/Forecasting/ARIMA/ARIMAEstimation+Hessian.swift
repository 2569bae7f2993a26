import LinearAlgebra

/// The check `auto.arima` makes on every candidate besides its roots
/// (forecast's `checkarima`): R's `arima` estimates the coefficients'
/// covariance from the numerical Hessian of the objective at the optimum,
///
///     V = Aᵀ (n* H)⁻¹ A,
///
/// where H is the Hessian on the optimiser's (transformed) parameters,
/// by central differences of central-difference gradients as R's
/// `optimhess` (inner step 10⁻³ × parscale; the outer step too, where R's
/// is 10⁻³ in the parameter's own units), and A the
/// Jacobian of the partial-autocorrelation transform by forward
/// differences (step 10⁻³, R's `ARIMA_Gradtrans`). A candidate whose H is
/// singular (R's `solve` fails) or whose V has a negative variance is rejected.
extension ARIMAEstimation {
    func hasValidCoefficientVariance(_ result: Result) -> Bool {
        guard let variances = coefficientVariances(result) else { return false }
        return variances.allSatisfy { $0 >= 0 && $0.isFinite }
    }

    /// diag(V), on the optimiser's basis (a mean and drift rotated as R
    /// rotates them); nil when a gradient is not finite or H is singular.
    func coefficientVariances(_ result: Result) -> [Double]? {
        let x = result.transformedOptimum
        let scale = result.scale
        let k = x.count
        guard k > 0 else { return [] }
        let step = 1e-3
        func gradient(_ point: [Double]) -> [Double]? {
            var p = point
            var g = [Double](repeating: 0, count: k)
            for j in 0..<k {
                let h = step * scale[j]
                p[j] = point[j] + h
                let up = exactObjective(p, transformed: true)
                p[j] = point[j] - h
                let down = exactObjective(p, transformed: true)
                p[j] = point[j]
                g[j] = (up - down) / (2 * h) * scale[j]
                guard g[j].isFinite else { return nil }
            }
            return g
        }
        var hessian = Matrix(rows: k, columns: k)
        var p = x
        for i in 0..<k {
            // The outer step in units of the parameter's scale (R's is 10⁻³
            // whatever the scale, which for a drift of 10¹² is below rounding:
            // the Hessian came out singular and drift was never chosen).
            let outer = step * scale[i]
            p[i] = x[i] + outer
            guard let g1 = gradient(p) else { return nil }
            p[i] = x[i] - outer
            guard let g2 = gradient(p) else { return nil }
            p[i] = x[i]
            for j in 0..<k { hessian[i, j] = (g1[j] - g2[j]) / (2 * outer * scale[j]) }
        }
        for i in 0..<k {
            for j in 0..<i {
                let mean = (hessian[i, j] + hessian[j, i]) / 2
                hessian[i, j] = mean
                hessian[j, i] = mean
            }
        }
        let n = Double(result.usedCount)
        for i in 0..<(k * k) { hessian.elements[i] *= n }
        let jacobian = transformJacobian(x)
        guard let solution = try? LeastSquares.solve(design: hessian, responses: jacobian),
              solution.rank == k else { return nil }
        // diag(Aᵀ H⁻¹ A)_j = Σ_i A_ij (H⁻¹A)_ij.
        return (0..<k).map { j in
            (0..<k).reduce(0.0) { $0 + jacobian[$1, j] * solution.coefficients[$1, j] }
        }
    }

    /// ∂(coefficients)/∂(transformed), forward differences on the AR blocks, identity elsewhere.
    private func transformJacobian(_ x: [Double]) -> Matrix {
        let k = x.count
        var a = Matrix.identity(k)
        let eps = 1e-3
        for block in [0..<arCount, (arCount + maCount)..<(arCount + maCount + seasonalARCount)] where !block.isEmpty {
            let w = Array(x[block])
            let base = ARMAParameters.partialToAR(w)
            for (offset, i) in block.enumerated() {
                var moved = w
                moved[offset] += eps
                let shifted = ARMAParameters.partialToAR(moved)
                for (o2, j) in block.enumerated() { a[i, j] = (shifted[o2] - base[o2]) / eps }
            }
        }
        return a
    }
}
