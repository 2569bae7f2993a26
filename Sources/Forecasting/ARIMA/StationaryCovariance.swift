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
        guard let parts = Parts(phi: phi, theta: theta) else { return nil }
        let r = parts.r
        var covariance = [Double](repeating: 0, count: r * r)
        for i in stride(from: r, through: 1, by: -1) {
            for k in stride(from: r, through: i, by: -1) {
                let inner = (i < r && k < r) ? covariance[i * r + k] : 0
                let value = parts.ar(i) * parts.ar(k) * parts.gamma[0] + parts.ma(i - 1) * parts.ma(k - 1)
                    + parts.ar(i) * parts.cross[k + 1] + parts.ar(k) * parts.cross[i + 1] + inner
                covariance[(i - 1) * r + (k - 1)] = value
                covariance[(k - 1) * r + (i - 1)] = value
            }
        }
        return covariance
    }

    /// The first column of the covariance, (C₁, …, C_r) with C₁ = γ(0): all
    /// the Chandrasekhar recursions need (P₁ Zᵀ for Z = (1, 0, …, 0)), in
    /// O(r²) where the whole matrix is O(r²) more; nil when φ is not stationary.
    static func firstColumn(phi: [Double], theta: [Double]) -> [Double]? {
        guard let parts = Parts(phi: phi, theta: theta) else { return nil }
        return Array(parts.cross[1...parts.r])
    }

    /// ψ, γ and C of the header, shared by both results.
    private struct Parts {
        let phi: [Double]
        let theta: [Double]
        let r: Int
        var psi: [Double]
        /// γ(0…r+1).
        var gamma: [Double]
        /// C_j, 1-based, C_{r+1} = 0.
        var cross: [Double]

        func ar(_ i: Int) -> Double { i >= 1 && i <= phi.count ? phi[i - 1] : 0 }
        func ma(_ j: Int) -> Double { j == 0 ? 1 : (j <= theta.count ? theta[j - 1] : 0) }

        init?(phi: [Double], theta: [Double]) {
            self.phi = phi
            self.theta = theta
            let p = phi.count, q = theta.count
            r = max(p, q + 1)
            psi = [Double](repeating: 0, count: r + 1)
            gamma = [Double](repeating: 0, count: r + 2)
            cross = [Double](repeating: 0, count: r + 2)
            for j in 0...r {
                var value = ma(j)
                for i in stride(from: 1, through: min(j, p), by: 1) { value += ar(i) * psi[j - i] }
                psi[j] = value
            }
            if p > 0 {
                var system = [Double](repeating: 0, count: (p + 1) * (p + 1))
                var rhs = [Double](repeating: 0, count: p + 1)
                for h in 0...p {
                    system[h * (p + 1) + h] += 1
                    for i in 1...p { system[h * (p + 1) + abs(h - i)] -= ar(i) }
                    rhs[h] = maCross(h)
                }
                guard Self.solve(&system, &rhs), rhs[0] > 0, rhs[0].isFinite else { return nil }
                for h in 0...p { gamma[h] = rhs[h] }
            }
            let first = p > 0 ? p + 1 : 0
            if first <= r + 1 {
                for h in first...(r + 1) {
                    var value = maCross(h)
                    for i in stride(from: 1, through: p, by: 1) { value += ar(i) * gamma[h - i] }
                    gamma[h] = value
                }
            }
            for j in 1...r {
                var s = 0.0
                for l in j...r { s += ar(l) * gamma[l - j + 1] + ma(l - 1) * psi[l - j] }
                cross[j] = s
            }
        }

        /// Σ_{j≥h} θⱼ ψ_{j−h}, the covariance of the MA part with lag h.
        func maCross(_ h: Int) -> Double {
            guard h <= theta.count else { return 0 }
            var s = 0.0
            for j in h...theta.count { s += ma(j) * psi[j - h] }
            return s
        }

        /// Solves the n × n system a x = b in place (x in b) by Gaussian
        /// elimination with partial pivoting: the system is (p + 1)-square
        /// and solved at every likelihood evaluation, where a LAPACK call's
        /// scaling and condition estimate cost more than the solve. False
        /// when a pivot falls below 10⁻¹² (the entries are 1 and the φᵢ, of
        /// order one, so that is φ on the unit circle).
        static func solve(_ a: inout [Double], _ b: inout [Double]) -> Bool {
            let n = b.count
            for k in 0..<n {
                var pivot = k
                var largest = 0.0
                for i in k..<n where abs(a[i * n + k]) > largest {
                    largest = abs(a[i * n + k])
                    pivot = i
                }
                guard largest > 1e-12, largest.isFinite else { return false }
                if pivot != k {
                    for j in 0..<n { a.swapAt(k * n + j, pivot * n + j) }
                    b.swapAt(k, pivot)
                }
                for i in (k + 1)..<n {
                    let factor = a[i * n + k] / a[k * n + k]
                    guard factor != 0 else { continue }
                    for j in k..<n { a[i * n + j] -= factor * a[k * n + j] }
                    b[i] -= factor * b[k]
                }
            }
            for k in stride(from: n - 1, through: 0, by: -1) {
                var value = b[k]
                for j in (k + 1)..<n { value -= a[k * n + j] * b[j] }
                b[k] = value / a[k * n + k]
            }
            return true
        }
    }
}
