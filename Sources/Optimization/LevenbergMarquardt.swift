import LinearAlgebra

/// Nonlinear least squares by the Levenberg–Marquardt method:
///
///     minimise S(θ) = Σᵢ rᵢ(θ)²  over θ ∈ ℝᵖ,  r: ℝᵖ → ℝᵐ.
///
/// Each iteration solves the damped linear least-squares problem
///
///     [ J      ]       [ −r ]
///     [ √λ · D ] δ  ≈  [  0 ]
///
/// (J = ∂r/∂θ at the current θ) with `LeastSquares.solve` — Householder QR on
/// LAPACK, never the normal equations, so the step keeps the digits that
/// forming JᵀJ would lose. D is Marquardt's scaling, D = diag(JᵀJ)^½ (the
/// column norms of J), kept as the running maximum over iterations as in
/// Moré (1978) so that the method is invariant to the units of θ; a column
/// that has always been zero gets Dⱼ = 1.
///
/// The damping λ follows Nielsen (1999): with the gain ratio
/// ρ = (S(θ) − S(θ + δ)) / (S(θ) − ‖r + Jδ‖²) of actual to predicted reduction,
/// a step with ρ > 0 is taken and λ ← λ · max(1/3, 1 − (2ρ − 1)³), ν ← 2;
/// otherwise λ ← λ·ν, ν ← 2ν. The start is λ₀ = `initialDamping` (relative
/// to D², i.e. τ of Nielsen's μ₀ = τ · max diag(JᵀJ) up to the scaling).
///
/// It stops, converged, when one of these holds (MINPACK's tests):
/// - relative reduction: a taken step reduced S by at most
///   `reductionTolerance · S`, and predicted no more;
/// - step size: ‖Dδ‖ ≤ `stepTolerance · (‖Dθ‖ + stepTolerance)`;
/// - gradient: maxⱼ |Jⱼᵀr| / (‖Jⱼ‖ ‖r‖) ≤ `gradientTolerance` (the cosine
///   between r and each column of J), or S = 0;
///
/// and, not converged, after `maxIterations` iterations or when λ grows past
/// 10³⁰⁰ without finding a step that reduces S.
///
/// Residuals that are NaN or ±∞ reject the step (λ grows), so a model may
/// signal points outside its domain that way.
public struct LevenbergMarquardt: Sendable {
    /// How the Jacobian is approximated when none is given.
    public enum Differences: Sendable, Equatable {
        /// (r(θ + hⱼeⱼ) − r(θ)) / hⱼ, hⱼ = √ε · max(|θⱼ|, 1): p extra evaluations.
        case forward
        /// (r(θ + hⱼeⱼ) − r(θ − hⱼeⱼ)) / 2hⱼ, hⱼ = ε^⅓ · max(|θⱼ|, 1): 2p extra evaluations, error O(h²).
        case central
    }

    /// Jacobian evaluations at most.
    public var maxIterations: Int
    /// Converged when a step reduced S by at most this share of S and predicted no more.
    public var reductionTolerance: Double
    /// Converged when ‖Dδ‖ ≤ stepTolerance · (‖Dθ‖ + stepTolerance).
    public var stepTolerance: Double
    /// Converged when the cosine between r and every column of J is at most this.
    public var gradientTolerance: Double
    /// λ₀, relative to D².
    public var initialDamping: Double
    /// How J is approximated when no Jacobian is given.
    public var differences: Differences

    /// MINPACK-like tolerances (10⁻¹²) and central differences unless given.
    public init(
        maxIterations: Int = 500, reductionTolerance: Double = 1e-12, stepTolerance: Double = 1e-12,
        gradientTolerance: Double = 1e-12, initialDamping: Double = 1e-3, differences: Differences = .central
    ) {
        self.maxIterations = maxIterations
        self.reductionTolerance = reductionTolerance
        self.stepTolerance = stepTolerance
        self.gradientTolerance = gradientTolerance
        self.initialDamping = initialDamping
        self.differences = differences
    }

    /// Minimises Σ rᵢ(θ)² from `start`.
    ///
    /// - Parameters:
    ///   - start: θ₀, the first point.
    ///   - jacobian: J(θ), m × p, ∂rᵢ/∂θⱼ at (i, j); by `differences` when nil.
    ///   - residuals: r(θ), the same length m ≥ 1 at every θ.
    /// - Throws: `.nonFiniteStart` when r or J is not finite at `start`;
    ///   `.linearAlgebra` when a damped step cannot be solved.
    public func minimize(
        from start: [Double], jacobian: (([Double]) -> Matrix)? = nil,
        residuals: ([Double]) -> [Double]
    ) throws(LevenbergMarquardtError) -> NonlinearLeastSquaresResult {
        precondition(!start.isEmpty, "at least one parameter")
        var evaluations = 0
        func evaluate(_ theta: [Double]) -> [Double] {
            evaluations += 1
            return residuals(theta)
        }
        func jacobianAt(_ theta: [Double], _ r: [Double]) -> Matrix {
            if let jacobian { return jacobian(theta) }
            return differenceJacobian(at: theta, residuals: r, evaluate)
        }

        let p = start.count
        var theta = start
        var r = evaluate(theta)
        var sum = r.sumOfSquares
        guard sum.isFinite else { throw .nonFiniteStart }
        let m = r.count
        var J = jacobianAt(theta, r)
        precondition(J.rows == m && J.columns == p, "the Jacobian must be \(m) × \(p)")
        guard J.isFinite else { throw .nonFiniteStart }

        var scale = [Double](repeating: 0, count: p)
        var lambda = initialDamping
        var nu = 2.0
        var iterations = 0
        var converged = false

        iterate: while iterations < maxIterations {
            iterations += 1
            let norms = J.columnNorms
            for j in 0..<p { scale[j] = max(scale[j], norms[j]) }
            let D = scale.map { $0 > 0 ? $0 : 1 }

            if sum == 0 || gradientCosine(J, r, norms: norms) <= gradientTolerance {
                converged = true
                break
            }
            // Try steps until one reduces S (or the step becomes negligible).
            while true {
                let delta = try dampedStep(J, r, D, lambda: lambda)
                let scaledStep = zip(D, delta).map { $0 * $1 }.euclideanNorm
                let scaledPoint = zip(D, theta).map { $0 * $1 }.euclideanNorm
                if scaledStep <= stepTolerance * (scaledPoint + stepTolerance) {
                    converged = true
                    break iterate
                }
                let candidate = zip(theta, delta).map { $0 + $1 }
                let rNew = evaluate(candidate)
                let sumNew = rNew.count == m ? rNew.sumOfSquares : .nan
                let linearised = zip(r, J * delta).map { $0 + $1 }.sumOfSquares
                let predicted = sum - linearised
                let actual = sum - sumNew
                let rho = predicted > 0 ? actual / predicted : -1
                if sumNew.isFinite && rho > 0 {
                    theta = candidate
                    r = rNew
                    let previous = sum
                    sum = sumNew
                    let k = 2 * rho - 1
                    lambda *= max(1.0 / 3, 1 - k * k * k)
                    nu = 2
                    if actual <= reductionTolerance * previous && predicted <= reductionTolerance * previous {
                        J = jacobianAt(theta, r)
                        converged = true
                        break iterate
                    }
                    J = jacobianAt(theta, r)
                    guard J.isFinite else { break iterate }
                    break
                }
                lambda *= nu
                nu *= 2
                if !(lambda < 1e300) { break iterate }
            }
        }
        return NonlinearLeastSquaresResult(
            point: theta, residuals: r, residualSumOfSquares: sum, jacobian: J,
            iterations: iterations, evaluations: evaluations, converged: converged)
    }

    /// δ solving [J; √λ D] δ ≈ [−r; 0] by QR.
    private func dampedStep(_ J: Matrix, _ r: [Double], _ D: [Double], lambda: Double) throws(LevenbergMarquardtError) -> [Double] {
        let m = J.rows, p = J.columns
        var augmented = Matrix(rows: m + p, columns: p)
        var rhs = [Double](repeating: 0, count: m + p)
        let root = lambda.squareRoot()
        for j in 0..<p {
            for i in 0..<m { augmented[i, j] = J[i, j] }
            augmented[m + j, j] = root * D[j]
        }
        for i in 0..<m { rhs[i] = -r[i] }
        do {
            let solution = try LeastSquares.solve(design: augmented, responses: Matrix(rows: m + p, columns: 1, columnMajor: rhs))
            // An aliased column (J's column and its damping both zero) moves nothing.
            return solution.coefficients(ofResponse: 0).map { $0.isNaN ? 0 : $0 }
        } catch {
            throw .linearAlgebra("the damped step: \(error)")
        }
    }
}
