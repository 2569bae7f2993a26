import Optimization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fits one ARIMA order to one series as R's `arima(method = "CSS-ML")`
/// (what `forecast::Arima` calls):
///
/// 1. β starts at the least-squares fit of the differenced series on the
///    differenced regressors; the ARMA coefficients at 0.
/// 2. Conditional sum of squares: BFGS minimises ½ log(Σ e_t² / n_c) over
///    the residuals after the first d + mD + p + mP periods (MA residuals
///    before them taken as 0). Skipped when the series has gaps (R: "ML").
/// 3. The AR parts of that start must be stationary (else the fit fails, as
///    in R); they are mapped to partial autocorrelations (atanh), the MA
///    parts made invertible.
/// 4. Exact maximum likelihood: BFGS minimises the concentrated
///    −log-likelihood / n,  ½ [log(Σ v_t²/F_t / ν) + Σ log F_t / ν],
///    from the Kalman filter of `ARIMAStateSpace`, over (transformed AR,
///    MA, β), every parameter scaled as R's `parscale` (1 for ARMA, 10·se for β).
/// 5. MA parts are inverted if the optimum left them non-invertible.
struct ARIMAEstimation {
    let order: ARIMAOrder
    let y: [Double]
    let regression: ARIMARegression
    let delta: [Double]
    /// Whether y has missing values (NaN).
    let hasGaps: Bool

    var arCount: Int { order.p }
    var maCount: Int { order.q }
    var seasonalARCount: Int { order.isSeasonal ? order.seasonalP : 0 }
    var seasonalMACount: Int { order.isSeasonal ? order.seasonalQ : 0 }
    var armaCount: Int { arCount + maCount + seasonalARCount + seasonalMACount }
    var period: Int { order.isSeasonal ? order.period : 1 }

    /// The estimated coefficients, R's order, on the original (unrotated) basis,
    /// and what the final filter left behind.
    struct Result {
        var coefficients: [Double]
        var model: ARIMAStateSpace
        /// The concentrated objective at the optimum, from the final filter
        /// on the full state (R's κ = 10⁶ likelihood).
        var objective: Double
        /// v_t/√F_t of the final filter, NaN at gaps.
        var residuals: [Double]
        /// n.used: observed values less d + mD.
        var usedCount: Int
        /// The optimum on the optimiser's parameters (AR parts as atanh of
        /// partial autocorrelations) and their scales, for the Hessian check.
        var transformedOptimum: [Double]
        var scale: [Double]
    }

    init(order: ARIMAOrder, series y: [Double]) throws(ModelError) {
        self.order = order
        self.y = y
        hasGaps = y.contains(where: \.isNaN)
        var polynomial = [1.0]
        func multiply(_ factor: [Double]) {
            var product = [Double](repeating: 0, count: polynomial.count + factor.count - 1)
            for (i, a) in polynomial.enumerated() { for (j, b) in factor.enumerated() { product[i + j] += a * b } }
            polynomial = product
        }
        for _ in 0..<order.d { multiply([1, -1]) }
        if order.isSeasonal {
            for _ in 0..<order.seasonalD { multiply([1] + [Double](repeating: 0, count: order.period - 1) + [-1]) }
        }
        delta = polynomial.dropFirst().map { -$0 }
        regression = try ARIMARegression(
            columns: ARIMARegression.regressors(for: order, length: y.count), series: y, order: order)
    }

    /// (φ, θ) of the expanded polynomials from a coefficient vector, with the
    /// AR parts read as partial autocorrelations when `transformed`.
    func polynomials(_ c: [Double], transformed: Bool) -> (phi: [Double], theta: [Double]) {
        var ar = Array(c[0..<arCount])
        let ma = Array(c[arCount..<(arCount + maCount)])
        let sarStart = arCount + maCount
        var sar = Array(c[sarStart..<(sarStart + seasonalARCount)])
        let sma = Array(c[(sarStart + seasonalARCount)..<armaCount])
        if transformed {
            ar = ARMAParameters.partialToAR(ar)
            sar = ARMAParameters.partialToAR(sar)
        }
        return ARMAParameters.expand(ar: ar, ma: ma, seasonalAR: sar, seasonalMA: sma, period: period)
    }

    /// y − xβ for the regression coefficients in `c`.
    func regressionResiduals(_ c: [Double]) -> [Double] {
        guard regression.count > 0 else { return y }
        let beta = c[armaCount...]
        return y.indices.map { y[$0] - regression.value(at: $0, coefficients: beta) }
    }

    /// ½ log(σ̂²_CSS), R's `armaCSS`.
    func conditionalObjective(_ c: [Double]) -> Double {
        let (phi, theta) = polynomials(c, transformed: false)
        var w = regressionResiduals(c)
        for _ in 0..<order.d {
            for t in stride(from: w.count - 1, to: 0, by: -1) { w[t] -= w[t - 1] }
        }
        if order.isSeasonal {
            let m = order.period
            for _ in 0..<order.seasonalD {
                for t in stride(from: w.count - 1, through: m, by: -1) { w[t] -= w[t - m] }
            }
        }
        let conditioning = order.d + order.seasonalDifferences * period + arCount + seasonalARCount * period
        var residuals = [Double](repeating: 0, count: w.count)
        var sum = 0.0
        var count = 0
        for t in stride(from: conditioning, to: w.count, by: 1) {
            var e = w[t]
            for (j, a) in phi.enumerated() { e -= a * w[t - j - 1] }
            for j in 0..<min(t - conditioning, theta.count) { e -= theta[j] * residuals[t - j - 1] }
            residuals[t] = e
            if !e.isNaN {
                count += 1
                sum += e * e
            }
        }
        return 0.5 * log(sum / Double(count))
    }

    /// The concentrated −log-likelihood per observation, R's `armafn`: on
    /// the differenced series by `DifferencedLikelihood` when the series has
    /// no gaps (the exact diffuse likelihood, which R approximates with
    /// κ = 10⁶), else by the full state of `ARIMAStateSpace` as R.
    func exactObjective(_ c: [Double], transformed: Bool) -> Double {
        let (phi, theta) = polynomials(c, transformed: transformed)
        let sums: ARIMAStateSpace.Likelihood
        if hasGaps {
            guard var model = ARIMAStateSpace(phi: phi, theta: theta, delta: delta) else {
                return .greatestFiniteMagnitude
            }
            sums = model.filter(regressionResiduals(c))
        } else {
            guard let differenced = DifferencedLikelihood.sums(
                regressionResiduals(c), phi: phi, theta: theta, delta: delta) else {
                return .greatestFiniteMagnitude
            }
            sums = differenced
        }
        let s2 = sums.sumOfSquares / Double(sums.count)
        let value = 0.5 * (log(s2) + sums.sumOfLogGains / Double(sums.count))
        return value.isNaN ? .infinity : value
    }

    func fit() throws(ModelError) -> Result {
        let usedCount = y.reduce(0) { $0 + ($1.isNaN ? 0 : 1) } - delta.count
        guard usedCount > 0 else { throw .tooFewObservations(needed: delta.count + 1, found: usedCount + delta.count) }
        var start = [Double](repeating: 0, count: armaCount) + regression.start
        let scale = [Double](repeating: 1, count: armaCount) + regression.scale
        let optimizer = BFGS(parameterScale: scale)
        let arRange = 0..<arCount
        let maRange = arCount..<(arCount + maCount)
        let sarRange = (arCount + maCount)..<(arCount + maCount + seasonalARCount)
        let smaRange = sarRange.upperBound..<armaCount

        if !hasGaps && !start.isEmpty {
            let css = optimizer.minimize(from: start) { conditionalObjective($0) }
            if css.converged { start = css.point }
            guard ARMAParameters.isStationary(Array(start[arRange])) else {
                throw .numerical("non-stationary AR part from CSS")
            }
            guard ARMAParameters.isStationary(Array(start[sarRange])) else {
                throw .numerical("non-stationary seasonal AR part from CSS")
            }
        }
        if !arRange.isEmpty { start.replaceSubrange(arRange, with: ARMAParameters.arToPartial(Array(start[arRange]))) }
        if !sarRange.isEmpty { start.replaceSubrange(sarRange, with: ARMAParameters.arToPartial(Array(start[sarRange]))) }
        if !maRange.isEmpty { start.replaceSubrange(maRange, with: ARMAParameters.invertMA(Array(start[maRange]))) }
        if !smaRange.isEmpty { start.replaceSubrange(smaRange, with: ARMAParameters.invertMA(Array(start[smaRange]))) }

        var coefficients = start
        var objective: Double
        if start.isEmpty {
            objective = exactObjective(start, transformed: true)
        } else {
            let ml = optimizer.minimize(from: start) { exactObjective($0, transformed: true) }
            coefficients = ml.point
            objective = ml.value
            let optimum = coefficients
            if !maRange.isEmpty { coefficients.replaceSubrange(maRange, with: ARMAParameters.invertMA(Array(coefficients[maRange]))) }
            if !smaRange.isEmpty { coefficients.replaceSubrange(smaRange, with: ARMAParameters.invertMA(Array(coefficients[smaRange]))) }
            if coefficients != optimum { objective = exactObjective(coefficients, transformed: true) }
        }
        guard objective.isFinite, objective < .greatestFiniteMagnitude else {
            throw .numerical("the exact likelihood could not be maximised")
        }
        let transformedOptimum = coefficients
        if !arRange.isEmpty { coefficients.replaceSubrange(arRange, with: ARMAParameters.partialToAR(Array(coefficients[arRange]))) }
        if !sarRange.isEmpty { coefficients.replaceSubrange(sarRange, with: ARMAParameters.partialToAR(Array(coefficients[sarRange]))) }

        let (phi, theta) = polynomials(coefficients, transformed: false)
        guard var model = ARIMAStateSpace(phi: phi, theta: theta, delta: delta) else {
            throw .numerical("the fitted AR part is not stationary")
        }
        let sums = model.filter(regressionResiduals(coefficients), keepResiduals: true)
        // The likelihood reported (and compared by AICc) is R's, on the full
        // state with κ = 10⁶, at the optimum of the exact one: R's own figures
        // to about 10⁻⁸ where the search ran on the differenced series.
        let full = 0.5 * (log(sums.sumOfSquares / Double(sums.count)) + sums.sumOfLogGains / Double(sums.count))
        if full.isFinite { objective = full }
        if let v = regression.rotation {
            let k = regression.count
            let rotated = Array(coefficients[armaCount...])
            for i in 0..<k {
                coefficients[armaCount + i] = (0..<k).reduce(0.0) { $0 + v[i][$1] * rotated[$1] }
            }
        }
        return Result(coefficients: coefficients, model: model, objective: objective,
                      residuals: sums.residuals, usedCount: usedCount,
                      transformedOptimum: transformedOptimum, scale: scale)
    }
}

extension ARIMAOrder {
    /// D, counted only for a seasonal model.
    var seasonalDifferences: Int { isSeasonal ? seasonalD : 0 }
}
