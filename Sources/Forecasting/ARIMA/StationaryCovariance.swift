import LinearAlgebra

/// The stationary covariance of the ARMA state vector (with σ² = 1), the
/// initial P of the Kalman filter — the matrix R's `getQ0` computes by
/// Gardner, Harvey & Phillips (1980), here obtained from the process's
/// autocovariances instead.
///
/// In the state form used by R (Harvey 1989), with r = max(p, q + 1),
/// φᵢ = 0 for i > p, θ₀ = 1 and θⱼ = 0 for j > q,
///
///     a_{i,t} = φᵢ y_{t−1} + θ_{i−1} ε_t + a_{i+1,t−1},   a_{r+1} ≡ 0,   y_t = a_{1,t},
///
/// so P_{ik} = Cov(a_i, a_k) satisfies, from the bottom-right corner up,
///
///     P_{ik} = φᵢφ_k γ(0) + θ_{i−1}θ_{k−1} + φᵢ C_{k+1} + φ_k C_{i+1} + P_{i+1,k+1},
///
/// where γ(h) is the autocovariance of y and C_j = Cov(y_t, a_{j,t}) =
/// Σ_{l≥j} (φ_l γ(l − j + 1) + θ_{l−1} ψ_{l−j}), ψ the MA(∞) weights.
/// γ(0…p) solve the linear system γ(h) − Σᵢ φᵢ γ(|h − i|) = Σ_{j≥h} θⱼ ψ_{j−h}
/// (Brockwell & Davis 1991, §3.3); higher lags follow by the same recursion.
enum StationaryCovariance {
    /// The r × r covariance (row-major, `[i * r + k]`), or nil when φ is not stationary.
    static func matrix(phi: [Double], theta: [Double]) -> [Double]? {
        let p = phi.count, q = theta.count
        let r = max(p, q + 1)
        func ar(_ i: Int) -> Double { i >= 1 && i <= p ? phi[i - 1] : 0 }
        func ma(_ j: Int) -> Double { j == 0 ? 1 : (j <= q ? theta[j - 1] : 0) }

        var psi = [Double](repeating: 0, count: r + 1)
        for j in 0...r {
            var value = ma(j)
            for i in stride(from: 1, through: min(j, p), by: 1) { value += ar(i) * psi[j - i] }
            psi[j] = value
        }
        /// Σ_{j≥h} θⱼ ψ_{j−h}, the covariance of the MA part with lag h.
        func maCross(_ h: Int) -> Double {
            guard h <= q else { return 0 }
            var s = 0.0
            for j in h...q { s += ma(j) * psi[j - h] }
            return s
        }

        var gamma = [Double](repeating: 0, count: r + 2)
        if p > 0 {
            var system = Matrix(rows: p + 1, columns: p + 1)
            var rhs = Matrix(rows: p + 1, columns: 1)
            for h in 0...p {
                system[h, h] += 1
                for i in 1...p { system[h, abs(h - i)] -= ar(i) }
                rhs[h, 0] = maCross(h)
            }
            guard let solution = try? LeastSquares.solve(design: system, responses: rhs),
                  solution.rank == p + 1 else { return nil }
            for h in 0...p { gamma[h] = solution.coefficients[h, 0] }
            guard gamma[0] > 0, gamma[0].isFinite else { return nil }
        }
        let first = p > 0 ? p + 1 : 0
        if first <= r + 1 {
            for h in first...(r + 1) {
                var value = maCross(h)
                for i in stride(from: 1, through: p, by: 1) { value += ar(i) * gamma[h - i] }
                gamma[h] = value
            }
        }

        var cross = [Double](repeating: 0, count: r + 2)  // C_j, 1-based, C_{r+1} = 0
        for j in 1...r {
            var s = 0.0
            for l in j...r { s += ar(l) * gamma[l - j + 1] + ma(l - 1) * psi[l - j] }
            cross[j] = s
        }
        var covariance = [Double](repeating: 0, count: r * r)
        for i in stride(from: r, through: 1, by: -1) {
            for k in stride(from: r, through: i, by: -1) {
                let inner = (i < r && k < r) ? covariance[i * r + k] : 0
                let value = ar(i) * ar(k) * gamma[0] + ma(i - 1) * ma(k - 1)
                    + ar(i) * cross[k + 1] + ar(k) * cross[i + 1] + inner
                covariance[(i - 1) * r + (k - 1)] = value
                covariance[(k - 1) * r + (i - 1)] = value
            }
        }
        return covariance
    }
}
