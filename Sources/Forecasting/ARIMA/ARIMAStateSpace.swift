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

    /// T x for one state vector x.
    @inline(__always)
    private func transition(_ x: [Double], into out: inout [Double]) {
        let p = phi.count
        for i in 0..<r {
            var value = i < r - 1 ? x[i + 1] : 0
            if i < p { value += phi[i] * x[0] }
            out[i] = value
        }
        if !delta.isEmpty {
            var value = x[0]
            for (k, dk) in delta.enumerated() { value += dk * x[r + k] }
            out[r] = value
            for i in stride(from: r + 1, to: dimension, by: 1) { out[i] = x[i - 1] }
        }
    }

    /// T P Tᵀ + R Rᵀ for a symmetric P (row-major).
    private func predictCovariance(_ covariance: [Double]) -> [Double] {
        let n = dimension
        var column = [Double](repeating: 0, count: n)
        var image = [Double](repeating: 0, count: n)
        // TP, one column of P at a time; P is symmetric, so its rows serve.
        var tp = [Double](repeating: 0, count: n * n)
        for j in 0..<n {
            for i in 0..<n { column[i] = covariance[j * n + i] }
            transition(column, into: &image)
            for i in 0..<n { tp[i * n + j] = image[i] }
        }
        // (TP)Tᵀ = (T (TP)ᵀ)ᵀ: apply T to each row of TP.
        var result = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for k in 0..<n { column[k] = tp[i * n + k] }
            transition(column, into: &image)
            for j in 0..<n { result[i * n + j] = image[j] }
        }
        let q = theta.count
        for i in 0...q {
            let vi = i == 0 ? 1 : theta[i - 1]
            for j in 0...q { result[i * n + j] += vi * (j == 0 ? 1 : theta[j - 1]) }
        }
        return result
    }

    /// Runs the Kalman filter over y (NaN = missing) from the initial state,
    /// leaving the final filtered state in `state`/`covariance`. A step whose
    /// prediction variance F_t is 10⁴ or more is treated as diffuse and left
    /// out of the sums, as R does.
    ///
    /// Once the predicted covariance stops changing (every element within
    /// 10⁻¹² of the previous step's, relative to its largest), the filter
    /// has reached its steady state and the covariance recursion is skipped
    /// until a gap interrupts it: the numbers are those of the full
    /// recursion to that tolerance, at O(r + d) instead of O((r + d)²) a step.
    mutating func filter(_ y: [Double], keepResiduals: Bool = false) -> Likelihood {
        let n = dimension
        var result = Likelihood()
        if keepResiduals { result.residuals.reserveCapacity(y.count) }
        var a = [Double](repeating: 0, count: n)
        var predicted = [Double](repeating: 0, count: n)
        var p = initialCovariance
        var pNew = initialCovariance
        var steady = false
        var gainVector = [Double](repeating: 0, count: n)
        for (t, value) in y.enumerated() {
            transition(a, into: &predicted)
            if t > 0 && !steady {
                let next = predictCovariance(p)
                var change = 0.0, size = 0.0
                for i in 0..<(n * n) {
                    change = max(change, abs(next[i] - pNew[i]))
                    size = max(size, abs(next[i]))
                }
                steady = change <= 1e-12 * max(1, size)
                pNew = next
            }
            guard !value.isNaN else {
                a = predicted
                p = pNew
                steady = false
                if keepResiduals { result.residuals.append(.nan) }
                continue
            }
            var innovation = value - predicted[0]
            for (k, dk) in delta.enumerated() { innovation -= dk * predicted[r + k] }
            for i in 0..<n {
                var m = pNew[i * n]
                for (k, dk) in delta.enumerated() { m += pNew[i * n + r + k] * dk }
                gainVector[i] = m
            }
            var gain = gainVector[0]
            for (k, dk) in delta.enumerated() { gain += dk * gainVector[r + k] }
            if gain < 1e4 {
                result.count += 1
                result.sumOfSquares += innovation * innovation / gain
                result.sumOfLogGains += log(gain)
            }
            if keepResiduals { result.residuals.append(innovation / gain.squareRoot()) }
            for i in 0..<n { a[i] = predicted[i] + gainVector[i] * innovation / gain }
            if !steady {
                for i in 0..<n {
                    for j in 0..<n { p[i * n + j] = pNew[i * n + j] - gainVector[i] * gainVector[j] / gain }
                }
            }
        }
        state = a
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
        var means: [Double] = []
        var variances: [Double] = []
        let z = [1] + [Double](repeating: 0, count: r - 1) + delta
        for _ in 0..<horizon {
            transition(a, into: &next)
            a = next
            p = predictCovariance(p)
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
