#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exact likelihood of an ARIMA model computed on the differenced
/// series, w_t = y_t − Σ_k δ_k y_{t−k} (t > d*), with the stationary ARMA
/// state alone (dimension r = max(p, q + 1)) and the Chandrasekhar
/// recursions in place of the Riccati equation.
///
/// **Why the differenced series.** With a diffuse prior on the d* = d + mD
/// differencing states, the likelihood of y after its first d* values is the
/// likelihood of w under the stationary ARMA (Ansley & Kohn 1985). R's
/// `arima` approximates that prior by a variance of κ = 10⁶ on the full
/// state of `ARIMAStateSpace`, which leaves the first d* steps out of the
/// sums as here; the two differ only by what κ < ∞ adds (about 10⁻⁵ of the
/// sum of squares on data in the thousands), and the state here is d*
/// smaller (13 of 27 for a monthly airline model).
///
/// **Why Chandrasekhar.** The ARMA system is time-invariant and starts at
/// its stationary covariance P₁ = Q₀, so T Q₀ Tᵀ + R Rᵀ = Q₀ and the first
/// change P₂ − P₁ = −K₁ F₁ K₁ᵀ has rank one. Every later change keeps that
/// rank (Morf, Sidhu & Kailath 1974; Herbst 2015, *Comput. Econ.* 45), so
/// with P_{t+1} − P_t = W_t M_t W_tᵀ (W a vector, M a scalar), m_t = P_t Zᵀ,
/// F_t = Z m_t and the gain K_t = T m_t / F_t,
///
///     m_{t+1} = m_t + W_t M_t (Z W_t),        F_{t+1} = Z m_{t+1},
///     K_{t+1} = T m_{t+1} / F_{t+1},
///     M_{t+1} = M_t + (M_t Z W_t)² / F_t,     W_{t+1} = T W_t − K_{t+1} (Z W_t),
///
/// O(r) a step where the covariance step of the full filter is O((r + d*)²).
/// The state follows a_{t+1} = T a_t + K_t v_t with v_t = w_t − Z a_t.
/// Only gap-free series take this path: a missing value breaks both the
/// differencing and the time-invariance the recursion rests on.
enum DifferencedLikelihood {
    /// The sums of the concentrated likelihood of y (no NaN) under the ARMA
    /// (φ, θ) after differencing by δ; nil when φ is not stationary. Steps
    /// with F_t ≥ 10⁴ are left out of the sums, as `ARIMAStateSpace` does.
    static func sums(_ y: [Double], phi: [Double], theta: [Double], delta: [Double]) -> ARIMAStateSpace.Likelihood? {
        let r = max(phi.count, theta.count + 1)
        // P₁ Zᵀ with Z = (1, 0, …, 0): the first column of Q₀.
        var m: [Double]
        if r > 1 {
            guard let column = StationaryCovariance.firstColumn(phi: phi, theta: theta) else { return nil }
            m = column
        } else {
            m = [phi.isEmpty ? 1 : 1 / (1 - phi[0] * phi[0])]
        }
        let p = phi.count
        /// y ← T x for the ARMA block: (T x)_i = φ_i x₀ + x_{i+1}, x_r ≡ 0.
        func transition(_ x: [Double], into y: inout [Double]) {
            let x0 = x[0]
            for i in 0..<r {
                var value = i < r - 1 ? x[i + 1] : 0
                if i < p { value += phi[i] * x0 }
                y[i] = value
            }
        }
        var f = m[0]
        var gain = [Double](repeating: 0, count: r)
        transition(m, into: &gain)
        for i in 0..<r { gain[i] /= f }
        // P₂ − P₁ = −K₁ F₁ K₁ᵀ.
        var w = gain
        var scalar = -f
        var a = [Double](repeating: 0, count: r)
        var scratch = [Double](repeating: 0, count: r)
        var result = ARIMAStateSpace.Likelihood()
        let d = delta.count
        for t in stride(from: d, to: y.count, by: 1) {
            var value = y[t]
            for (k, dk) in delta.enumerated() { value -= dk * y[t - 1 - k] }
            let innovation = value - a[0]
            if f < 1e4 {
                result.count += 1
                result.sumOfSquares += innovation * innovation / f
                result.sumOfLogGains += log(f)
            }
            transition(a, into: &scratch)
            for i in 0..<r { a[i] = scratch[i] + gain[i] * innovation }

            let zw = w[0]
            let mz = scalar * zw
            for i in 0..<r { m[i] += w[i] * mz }
            let next = m[0]
            transition(m, into: &gain)
            for i in 0..<r { gain[i] /= next }
            scalar += mz * mz / f
            transition(w, into: &scratch)
            for i in 0..<r { w[i] = scratch[i] - gain[i] * zw }
            f = next
        }
        return result
    }
}
