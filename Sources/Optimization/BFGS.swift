/// Quasi-Newton minimisation by BFGS as R's `optim(method = "BFGS")` runs
/// it (Nash 1990, algorithm 21, "variable metric"), so that models fitted
/// here (ARIMA) land where R's do:
///
/// - B approximates the inverse Hessian, reset to I at the start, whenever
///   the search direction t = −B g is not downhill, and every 2n gradients;
/// - the line search backtracks from step 1 by a factor 0.2 until the
///   Armijo condition f(x + s t) ≤ f(x) + 10⁻⁴ s gᵀt holds, or until the
///   step no longer changes x (`10 + x_i == 10 + x_i + s t_i` for all i);
/// - with y = g⁺ − g, d = s t and D1 = dᵀy > 0 the update is
///   B ← B + [(1 + yᵀBy/D1) d dᵀ − (By) dᵀ − d (By)ᵀ] / D1;
/// - it stops when the relative decrease |f⁺ − f| ≤ tol · (|f| + tol), or
///   after `maxIterations` gradients.
///
/// Without an analytic gradient, g_i = [f(x + h e_i) − f(x − h e_i)] / 2h
/// with h = `differenceStep` on the scaled parameters (R's `ndeps`).
/// `parameterScale` plays R's `parscale`: the method works on x_i / scale_i.
public struct BFGS: Sendable {
    /// Gradient evaluations at most (R's `maxit`, 100).
    public var maxIterations: Int
    /// The relative decrease that stops the search (R's `reltol`, √ε).
    public var relativeTolerance: Double
    /// h of the central differences when no gradient is given (R's `ndeps`, 10⁻³).
    public var differenceStep: Double
    /// Typical magnitudes of the parameters (R's `parscale`); nil means 1 for each.
    public var parameterScale: [Double]?

    /// R's defaults unless given.
    public init(maxIterations: Int = 100, relativeTolerance: Double = 1.490116e-8, differenceStep: Double = 1e-3, parameterScale: [Double]? = nil) {
        self.maxIterations = maxIterations
        self.relativeTolerance = relativeTolerance
        self.differenceStep = differenceStep
        self.parameterScale = parameterScale
    }

    private static let backtrack = 0.2
    private static let armijo = 1e-4
    private static let noChange = 10.0

    /// Minimises `objective` from `start`, with `gradient` when given and by
    /// central differences otherwise; the best point found, converged or not.
    public func minimize(from start: [Double], gradient: (([Double]) -> [Double])? = nil, _ objective: ([Double]) -> Double) -> OptimizationResult {
        let n = start.count
        let scale = parameterScale ?? Array(repeating: 1, count: n)
        precondition(scale.count == n && scale.allSatisfy { $0 > 0 }, "one positive scale per parameter")
        var evaluations = 0
        // The method works on u = x / scale.
        func f(_ u: [Double]) -> Double {
            evaluations += 1
            return objective(zip(u, scale).map { $0 * $1 })
        }
        func g(_ u: [Double]) -> [Double] {
            if let gradient {
                return zip(gradient(zip(u, scale).map { $0 * $1 }), scale).map { $0 * $1 }
            }
            var u = u
            return (0..<n).map { i in
                let keep = u[i]
                u[i] = keep + differenceStep
                let up = f(u)
                u[i] = keep - differenceStep
                let down = f(u)
                u[i] = keep
                return (up - down) / (2 * differenceStep)
            }
        }

        var b = zip(start, scale).map { $0 / $1 }
        var fmin = f(b)
        guard fmin.isFinite, n > 0 else {
            return OptimizationResult(point: start, value: fmin, iterations: 0, evaluations: evaluations, converged: n == 0)
        }
        var grad = g(b)
        var gradients = 1
        var iterations = 1
        var lastReset = gradients
        var inverse = identity(n)

        while true {
            if lastReset == gradients { inverse = identity(n) }
            let x = b
            let previousGradient = grad
            // Search direction t = −B g and its slope gᵀt.
            var direction = [Double](repeating: 0, count: n)
            var slope = 0.0
            for i in 0..<n {
                var s = 0.0
                for j in 0..<n { s -= inverse[i][j] * grad[j] }
                direction[i] = s
                slope += s * grad[i]
            }
            var unchanged = 0
            if slope < 0 {
                var step = 1.0
                var accepted = false
                var value = fmin
                repeat {
                    unchanged = 0
                    for i in 0..<n {
                        b[i] = x[i] + step * direction[i]
                        if Self.noChange + x[i] == Self.noChange + b[i] { unchanged += 1 }
                    }
                    if unchanged < n {
                        value = f(b)
                        accepted = value.isFinite && value <= fmin + slope * step * Self.armijo
                        if !accepted { step *= Self.backtrack }
                    }
                } while !(unchanged == n || accepted)
                let enough = abs(value - fmin) > relativeTolerance * (abs(fmin) + relativeTolerance)
                if !enough {
                    unchanged = n
                    fmin = value
                }
                if unchanged < n {
                    fmin = value
                    grad = g(b)
                    gradients += 1
                    iterations += 1
                    var d1 = 0.0
                    var t = direction
                    var y = grad
                    for i in 0..<n {
                        t[i] = step * direction[i]
                        y[i] = grad[i] - previousGradient[i]
                        d1 += t[i] * y[i]
                    }
                    if d1 > 0 {
                        var by = [Double](repeating: 0, count: n)
                        var d2 = 0.0
                        for i in 0..<n {
                            for j in 0..<n { by[i] += inverse[i][j] * y[j] }
                            d2 += by[i] * y[i]
                        }
                        d2 = 1 + d2 / d1
                        for i in 0..<n {
                            for j in 0..<n {
                                inverse[i][j] += (d2 * t[i] * t[j] - by[i] * t[j] - t[i] * by[j]) / d1
                            }
                        }
                    } else {
                        lastReset = gradients
                    }
                } else if lastReset < gradients {
                    // No progress from a used metric: restart from steepest descent.
                    unchanged = 0
                    lastReset = gradients
                }
            } else {
                // Uphill: restart, unless the metric was just reset.
                unchanged = 0
                if lastReset == gradients { unchanged = n } else { lastReset = gradients }
            }
            if iterations >= maxIterations { break }
            if gradients - lastReset > 2 * n { lastReset = gradients }
            if unchanged == n && lastReset == gradients { break }
        }
        // As R: converged unless the iteration limit stopped it.
        return OptimizationResult(point: zip(b, scale).map { $0 * $1 }, value: fmin, iterations: iterations, evaluations: evaluations, converged: iterations < maxIterations)
    }

    private func identity(_ n: Int) -> [[Double]] {
        (0..<n).map { i in (0..<n).map { $0 == i ? 1 : 0 } }
    }
}
