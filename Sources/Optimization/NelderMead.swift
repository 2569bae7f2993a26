/// The Nelder–Mead simplex method (Nelder & Mead 1965) as R's
/// `optim(method = "Nelder-Mead")` runs it (Nash 1990, *Compact Numerical
/// Methods*, algorithm 19), so that a model fitted here lands where R's does:
///
/// - the start is one vertex; vertex j + 1 moves coordinate j by
///   `step = initialStep · max_i |x_i|` (0.1 when the start is 0);
/// - each step reflects the worst vertex H through the centroid C of the
///   others, x_R = (1 + a)·C − a·x_H with a = 1; if x_R beats the best it
///   tries the expansion x_E = g·x_R + (1 − g)·C, g = 2; otherwise it
///   contracts towards C with b = 0.5, and when that fails too it shrinks
///   the simplex towards the best vertex;
/// - it stops when the values of the simplex lie within
///   `relativeTolerance · (|f(start)| + relativeTolerance)`, when the shrink
///   no longer reduces the simplex, or after `maxEvaluations`.
///
/// The objective may return `.infinity` or NaN to reject a point (a bounded
/// model's way to stay inside its region); such points count as 1e35, as in R.
public struct NelderMead: Sendable {
    /// Objective evaluations at most (R's `maxit`, 500 there; 2,000 here).
    public var maxEvaluations: Int
    /// The spread of the simplex's values that stops it (R's `reltol`, √ε).
    public var relativeTolerance: Double
    /// Initial simplex size relative to the largest |coordinate| of the start.
    public var initialStep: Double

    /// R's tolerance and step unless given.
    @inlinable
    public init(maxEvaluations: Int = 2000, relativeTolerance: Double = 1.490116e-8, initialStep: Double = 0.1) {
        self.maxEvaluations = maxEvaluations
        self.relativeTolerance = relativeTolerance
        self.initialStep = initialStep
    }

    /// R's stand-in for a value that cannot be computed.
    @usableFromInline static let rejected = 1e35

    /// Minimizes `objective` from `start`.
    ///
    /// The simplex and the trial points live in buffers allocated once per
    /// call and overwritten in place, so the only cost per step is the
    /// objective's: a fit that evaluates a 14-point likelihood thousands of
    /// times spends its time in the likelihood, not in the allocator. The
    /// arithmetic is the same, in the same order, as the textbook statement
    /// above, so the path taken is R's.
    public func minimize(from start: [Double], _ objective: ([Double]) -> Double) -> OptimizationResult {
        withoutActuallyEscaping(objective) { function in
            var closure = ClosureObjective(function)
            return minimize(from: start, &closure)
        }
    }

    /// Minimizes `objective` from `start`, `objective` keeping its working
    /// memory between calls (inlinable, so that it is specialised for the
    /// objective and the call costs no more than the objective itself).
    @inlinable
    public func minimize<F: Objective>(from start: [Double], _ objective: inout F) -> OptimizationResult {
        let n = start.count
        var evaluations = 0
        func f(_ x: [Double]) -> Double {
            evaluations += 1
            let value = objective.value(at: x)
            return value.isFinite ? value : Self.rejected
        }
        let first = f(start)
        guard n > 0 else {
            return OptimizationResult(point: start, value: first, iterations: 0, evaluations: evaluations, converged: true)
        }
        guard first < Self.rejected else {
            return OptimizationResult(point: start, value: .infinity, iterations: 0, evaluations: evaluations, converged: false)
        }
        let tolerance = relativeTolerance * (abs(first) + relativeTolerance)

        // The simplex: n + 1 vertices, vertex j in simplex[j·n ..< (j + 1)·n], and their values.
        var step = 0.0
        for x in start { step = max(step, initialStep * abs(x)) }
        if step == 0 { step = initialStep }
        var simplex = [Double](repeating: 0, count: (n + 1) * n)
        var values = [Double](repeating: 0, count: n + 1)
        var trial = start
        for i in 0..<n { simplex[i] = start[i] }
        values[0] = first
        var size = 0.0
        for j in 0..<n {
            var move = step
            // A coordinate so large that adding the step changes nothing gets a larger step.
            repeat {
                trial[j] = start[j] + move
                move *= 10
            } while trial[j] == start[j]
            size += move
            for i in 0..<n { simplex[(j + 1) * n + i] = trial[i] }
            trial[j] = start[j]
        }
        for j in 1...n {
            for i in 0..<n { trial[i] = simplex[j * n + i] }
            values[j] = f(trial)
        }
        var previousSize = size
        var centroid = [Double](repeating: 0, count: n)
        var reflected = centroid, expanded = centroid, contracted = centroid
        // The best vertex is kept from one step to the next, so that ties
        // resolve as in R (the incumbent stays best unless strictly beaten).
        var best = 0
        var iterations = 0
        var converged = false

        while evaluations <= maxEvaluations {
            iterations += 1
            var worst = best
            let incumbent = values[best]
            var highest = incumbent
            var lowest = incumbent
            for j in values.indices where j != best {
                if values[j] < lowest { best = j; lowest = values[j] }
                if values[j] > highest { worst = j; highest = values[j] }
            }
            if highest <= lowest + tolerance {
                converged = true
                break
            }
            for i in 0..<n { centroid[i] = 0 }
            for j in 0...n where j != worst {
                for i in 0..<n { centroid[i] += simplex[j * n + i] }
            }
            for i in 0..<n { centroid[i] /= Double(n) }

            let w = worst * n
            for i in 0..<n { reflected[i] = 2 * centroid[i] - simplex[w + i] }
            let reflectedValue = f(reflected)
            if reflectedValue < lowest {
                for i in 0..<n { expanded[i] = 2 * reflected[i] - centroid[i] }
                let expandedValue = f(expanded)
                if expandedValue < reflectedValue {
                    for i in 0..<n { simplex[w + i] = expanded[i] }
                    values[worst] = expandedValue
                } else {
                    for i in 0..<n { simplex[w + i] = reflected[i] }
                    values[worst] = reflectedValue
                }
                continue
            }
            if reflectedValue < highest {
                for i in 0..<n { simplex[w + i] = reflected[i] }
                values[worst] = reflectedValue
            }
            for i in 0..<n { contracted[i] = 0.5 * simplex[w + i] + 0.5 * centroid[i] }
            let contractedValue = f(contracted)
            if contractedValue < values[worst] {
                for i in 0..<n { simplex[w + i] = contracted[i] }
                values[worst] = contractedValue
            } else if reflectedValue >= highest {
                // Shrink every vertex halfway towards the best one; give up
                // when that no longer makes the simplex smaller.
                size = 0
                let b = best * n
                for j in 0...n where j != best {
                    for i in 0..<n {
                        simplex[j * n + i] = 0.5 * (simplex[j * n + i] - simplex[b + i]) + simplex[b + i]
                        size += abs(simplex[j * n + i] - simplex[b + i])
                    }
                }
                guard size < previousSize else { break }
                previousSize = size
                for j in 0...n where j != best {
                    for i in 0..<n { trial[i] = simplex[j * n + i] }
                    values[j] = f(trial)
                }
            }
        }
        let point = Array(simplex[(best * n)..<((best + 1) * n)])
        return OptimizationResult(point: point, value: values[best], iterations: iterations, evaluations: evaluations, converged: converged)
    }
}
