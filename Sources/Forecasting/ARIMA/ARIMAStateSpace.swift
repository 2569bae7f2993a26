#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ARIMA in state-space form, as R's `makeARIMA`: the ARMA state of
/// dimension r = max(p, q + 1) followed by the last d* = d + mD values of
/// the undifferenced series,
///
///     y_t = Z a_t,  Z = (1, 0, …, 0, δ₁, …, δ_{d*}),
///     a_{t+1} = T a_t + R ε_{t+1},  R = (1, θ₁, …, θ_{r−1}, 0, …, 0),
///
/// where δ are the coefficients of 1 − (1 − B)ᵈ(1 − Bᵐ)ᴰ. The ARMA block of
/// the initial covariance is the stationary one (`StationaryCovariance`),
/// the differencing block is diffuse with variance κ = 10⁶, as in R.
struct ARIMAStateSpace: Sendable {
    let phi: [Double]
    let theta: [Double]
    let delta: [Double]
    /// r, the ARMA block's dimension.
    let r: Int
    /// r + d*, the state's dimension.
    var dimension: Int { r + delta.count }
    /// The filtered state and its covariance (row-major) after the last observation.
    var state: [Double]
    var covariance: [Double]
    /// The prior covariance of the first state.
    let initialCovariance: [Double]

    static let diffuseVariance = 1e6

    /// The sums the exact likelihood is made of (R's `ARIMA_Like`).
    struct Likelihood {
        /// Σ v_t² / F_t over the non-diffuse steps.
        var sumOfSquares = 0.0
        /// Σ log F_t over the non-diffuse steps.
        var sumOfLogGains = 0.0
        /// The number of non-diffuse steps.
        var count = 0
        /// v_t / √F_t for every observed step (NaN where y_t is missing).
        var residuals: [Double] = []
    }

    /// nil when φ is not stationary.
    init?(phi: [Double], theta: [Double], delta: [Double]) {
        self.phi = phi
        self.theta = theta
        self.delta = delta
        r = max(phi.count, theta.count + 1)
        let n = r + delta.count
        var initial = [Double](repeating: 0, count: n * n)
        if r > 1 {
            guard let q0 = StationaryCovariance.matrix(phi: phi, theta: theta) else { return nil }
            for i in 0..<r { for k in 0..<r { initial[i * n + k] = q0[i * r + k] } }
        } else {
            initial[0] = phi.isEmpty ? 1 : 1 / (1 - phi[0] * phi[0])
        }
        for i in r..<n { initial[i * n + i] = Self.diffuseVariance }
        initialCovariance = initial
        state = [Double](repeating: 0, count: n)
        covariance = initial
    }

    /// R = (1, θ₁, …, θ_{r−1}, 0, …, 0).
    private var disturbanceLoading: [Double] {
        var loading = [Double](repeating: 0, count: dimension)
        loading[0] = 1
        for (i, b) in theta.enumerated() { loading[i + 1] = b }
        return loading
    }

    /// y = T x for x and y read and written with strides, so that rows and
    /// columns of a column-major n × n array are both vectors here. T has at
    /// most 2 entries a row but one (the first differencing row, 1 + d*), so
    /// this costs O(n) rather than the O(n²) of a dense product.
    @inline(__always)
    private func transition(
        _ x: [Double], from xStart: Int, stride xStride: Int,
        into y: inout [Double], at yStart: Int, stride yStride: Int
    ) {
        let p = phi.count
        let x0 = x[xStart]
        for i in 0..<r {
            var value = i < r - 1 ? x[xStart + (i + 1) * xStride] : 0
            if i < p { value += phi[i] * x0 }
            y[yStart + i * yStride] = value
        }
        if !delta.isEmpty {
            var value = x0
            for (k, dk) in delta.enumerated() { value += dk * x[xStart + (r + k) * xStride] }
            y[yStart + r * yStride] = value
            for i in stride(from: r + 1, to: dimension, by: 1) { y[yStart + i * yStride] = x[xStart + (i - 1) * xStride] }
        }
    }

    /// P ← T (P − u vᵀ) Tᵀ + R Rᵀ for a symmetric n × n P (column-major),
    /// the prediction after an update with u = M/F, v = M, or plain
    /// prediction with no correction. T (P − u vᵀ) is formed column by
    /// column and its product with Tᵀ row by row, each by `transition`:
    /// O(n²) in all, against O(n³) for dense products (n is 27–39 for a
    /// seasonal monthly model, so this is most of a fit's time).
    /// `scratch` holds T (P − u vᵀ) and is resized as needed.
    private func predict(_ p: inout [Double], correction: (u: [Double], v: [Double])?, loading: [Double], scratch: inout [Double]) {
        let n = dimension
        if let (u, v) = correction {
            for j in 0..<n {
                for i in 0..<n { p[i + j * n] -= u[i] * v[j] }
            }
        }
        if scratch.count != n * n { scratch = [Double](repeating: 0, count: n * n) }
        // scratch = T A, column j = T (column j of A).
        for j in 0..<n { transition(p, from: j * n, stride: 1, into: &scratch, at: j * n, stride: 1) }
        // P = (T A) Tᵀ, symmetric: entry (i, j) = row j of T · row i of T A,
        // formed for j ≥ i and mirrored.
        let ar = phi.count
        for i in 0..<n {
            let x0 = scratch[i]
            for j in i..<n {
                var value: Double
                if j < r {
                    value = j < r - 1 ? scratch[i + (j + 1) * n] : 0
                    if j < ar { value += phi[j] * x0 }
                } else if j == r {
                    value = x0
                    for (k, dk) in delta.enumerated() { value += dk * scratch[i + (r + k) * n] }
                } else {
                    value = scratch[i + (j - 1) * n]
                }
                p[i + j * n] = value
                p[j + i * n] = value
            }
        }
        for j in 0..<n where loading[j] != 0 {
            for i in 0..<n where loading[i] != 0 { p[i + j * n] += loading[i] * loading[j] }
        }
    }

    /// Runs the Kalman filter over y (NaN = missing) from the initial state,
    /// leaving the final filtered state in `state`/`covariance`. A step whose
    /// prediction variance F_t is 10⁴ or more is treated as diffuse and left
    /// out of the sums, as R does.
    mutating func filter(_ y: [Double], keepResiduals: Bool = false) -> Likelihood {
        let n = dimension
        let loading = disturbanceLoading
        let z = [1] + [Double](repeating: 0, count: r - 1) + delta
        let observed = z.indices.filter { z[$0] != 0 }
        var result = Likelihood()
        if keepResiduals { result.residuals.reserveCapacity(y.count) }
        var a = [Double](repeating: 0, count: n)
        var predicted = [Double](repeating: 0, count: n)
        var p = initialCovariance
        var scratch: [Double] = []
        var gainVector = [Double](repeating: 0, count: n)
        var scaledGain = gainVector
        var gain = 0.0
        var updated = false
        for (step, value) in y.enumerated() {
            transition(a, from: 0, stride: 1, into: &predicted, at: 0, stride: 1)
            if step > 0 {
                if updated {
                    for i in 0..<n { scaledGain[i] = gainVector[i] / gain }
                    predict(&p, correction: (scaledGain, gainVector), loading: loading, scratch: &scratch)
                } else {
                    predict(&p, correction: nil, loading: loading, scratch: &scratch)
                }
            }
            guard !value.isNaN else {
                a = predicted
                updated = false
                if keepResiduals { result.residuals.append(.nan) }
                continue
            }
            var innovation = value
            for i in observed { innovation -= z[i] * predicted[i] }
            // M = P Zᵀ, F = Z M.
            for i in 0..<n {
                var m = 0.0
                for k in observed { m += p[i + k * n] * z[k] }
                gainVector[i] = m
            }
            gain = 0.0
            for i in observed { gain += z[i] * gainVector[i] }
            if gain < 1e4 {
                result.count += 1
                result.sumOfSquares += innovation * innovation / gain
                result.sumOfLogGains += log(gain)
            }
            if keepResiduals { result.residuals.append(innovation / gain.squareRoot()) }
            for i in 0..<n { a[i] = predicted[i] + gainVector[i] * innovation / gain }
            updated = true
        }
        state = a
        if updated {
            for i in 0..<n {
                for j in 0..<n { p[i + j * n] -= gainVector[i] * gainVector[j] / gain }
            }
        }
        covariance = p
        return result
    }

    /// Forecast means and variances (in units of σ²) `horizon` steps past the
    /// filtered state (R's `KalmanForecast`): a ← T a, P ← T P Tᵀ + R Rᵀ,
    /// mean Z a, variance Z P Zᵀ.
    func forecast(horizon: Int) -> (mean: [Double], variance: [Double]) {
        let n = dimension
        var a = state
        var next = a
        var p = covariance
        var scratch: [Double] = []
        var means: [Double] = []
        var variances: [Double] = []
        let z = [1] + [Double](repeating: 0, count: r - 1) + delta
        let loading = disturbanceLoading
        for _ in 0..<horizon {
            transition(a, from: 0, stride: 1, into: &next, at: 0, stride: 1)
            a = next
            predict(&p, correction: nil, loading: loading, scratch: &scratch)
            var mean = 0.0
            for i in 0..<n { mean += z[i] * a[i] }
            var variance = 0.0
            for i in 0..<n where z[i] != 0 {
                for j in 0..<n where z[j] != 0 { variance += z[i] * z[j] * p[i * n + j] }
            }
            means.append(mean)
            variances.append(variance)
        }
        return (means, variances)
    }
}
