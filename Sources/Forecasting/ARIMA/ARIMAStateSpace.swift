import LinearAlgebra

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

    /// T as a matrix, and its transpose's elements (T's rows, one after another).
    private func transitionMatrix() -> (matrix: Matrix, rows: [Double]) {
        let n = dimension
        var t = Matrix(rows: n, columns: n)
        for i in 0..<phi.count { t[i, 0] = phi[i] }
        for i in 0..<(r - 1) { t[i, i + 1] = 1 }
        if !delta.isEmpty {
            t[r, 0] = 1
            for (k, dk) in delta.enumerated() { t[r, r + k] = dk }
            for i in stride(from: r + 1, to: n, by: 1) { t[i, i - 1] = 1 }
        }
        return (t, t.transposed().elements)
    }

    /// R = (1, θ₁, …, θ_{r−1}, 0, …, 0).
    private var disturbanceLoading: [Double] {
        var loading = [Double](repeating: 0, count: dimension)
        loading[0] = 1
        for (i, b) in theta.enumerated() { loading[i + 1] = b }
        return loading
    }

    /// T (P − u vᵀ) Tᵀ + R Rᵀ for a symmetric P, in two BLAS products:
    /// [TP | −Tu | R] · [Tᵀ ; (Tv)ᵀ ; Rᵀ]. With u = M/F, v = M it is the
    /// prediction after an update; with no correction, plain prediction.
    private func predict(_ p: Matrix, correction: (u: [Double], v: [Double])?, t: (matrix: Matrix, rows: [Double]), loading: [Double]) -> Matrix {
        let n = dimension
        let tp = t.matrix * p
        var left = tp.elements
        var right: [Double] = []
        var extra = 1
        var tu: [Double] = [], tv: [Double] = []
        if let correction {
            tu = t.matrix * correction.u
            tv = t.matrix * correction.v
            left += tu.map { -$0 }
            extra = 2
        }
        left += loading
        right.reserveCapacity((n + extra) * n)
        for j in 0..<n {
            right += t.rows[(j * n)..<((j + 1) * n)]
            if correction != nil { right.append(tv[j]) }
            right.append(loading[j])
        }
        return Matrix(rows: n, columns: n + extra, columnMajor: left) * Matrix(rows: n + extra, columns: n, columnMajor: right)
    }

    /// Runs the Kalman filter over y (NaN = missing) from the initial state,
    /// leaving the final filtered state in `state`/`covariance`. A step whose
    /// prediction variance F_t is 10⁴ or more is treated as diffuse and left
    /// out of the sums, as R does. The covariance recursion runs on BLAS.
    mutating func filter(_ y: [Double], keepResiduals: Bool = false) -> Likelihood {
        let n = dimension
        let t = transitionMatrix()
        let loading = disturbanceLoading
        let z = [1] + [Double](repeating: 0, count: r - 1) + delta
        var result = Likelihood()
        if keepResiduals { result.residuals.reserveCapacity(y.count) }
        var a = [Double](repeating: 0, count: n)
        var predicted = [Double](repeating: 0, count: n)
        var pNew = Matrix(rows: n, columns: n, columnMajor: initialCovariance)
        var lastUpdate: (gainVector: [Double], gain: Double)? = nil
        for (step, value) in y.enumerated() {
            transition(a, into: &predicted)
            if step > 0 {
                pNew = predict(pNew, correction: lastUpdate.map { ($0.gainVector.map { [g = $0.gain] in $0 / g }, $0.gainVector) }, t: t, loading: loading)
            }
            guard !value.isNaN else {
                a = predicted
                lastUpdate = nil
                if keepResiduals { result.residuals.append(.nan) }
                continue
            }
            var innovation = value
            for i in 0..<n where z[i] != 0 { innovation -= z[i] * predicted[i] }
            let gainVector = pNew * z
            var gain = 0.0
            for i in 0..<n where z[i] != 0 { gain += z[i] * gainVector[i] }
            if gain < 1e4 {
                result.count += 1
                result.sumOfSquares += innovation * innovation / gain
                result.sumOfLogGains += log(gain)
            }
            if keepResiduals { result.residuals.append(innovation / gain.squareRoot()) }
            for i in 0..<n { a[i] = predicted[i] + gainVector[i] * innovation / gain }
            lastUpdate = (gainVector, gain)
        }
        state = a
        var p = pNew.elements
        if let update = lastUpdate {
            for i in 0..<n {
                for j in 0..<n { p[i + j * n] -= update.gainVector[i] * update.gainVector[j] / update.gain }
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
        var means: [Double] = []
        var variances: [Double] = []
        let z = [1] + [Double](repeating: 0, count: r - 1) + delta
        let t = transitionMatrix()
        let loading = disturbanceLoading
        for _ in 0..<horizon {
            transition(a, into: &next)
            a = next
            p = predict(Matrix(rows: n, columns: n, columnMajor: p), correction: nil, t: t, loading: loading).elements
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
