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
    public var maxEvaluations: Int
    public var relativeTolerance: Double
    /// Initial simplex size relative to the largest |coordinate| of the start.
    public var initialStep: Double

    public init(maxEvaluations: Int = 2000, relativeTolerance: Double = 1.490116e-8, initialStep: Double = 0.1) {
        self.maxEvaluations = maxEvaluations
        self.relativeTolerance = relativeTolerance
        self.initialStep = initialStep
    }

    /// R's stand-in for a value that cannot be computed.
    static let rejected = 1e35

    public func minimize(from start: [Double], _ objective: ([Double]) -> Double) -> OptimizationResult {
        let n = start.count
        var evaluations = 0
        func f(_ x: [Double]) -> Double {
            evaluations += 1
            let value = objective(x)
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

        // The simplex: n + 1 vertices and their values.
        var step = start.map { initialStep * abs($0) }.max() ?? 0
        if step == 0 { step = initialStep }
        var vertices = [start]
        var size = 0.0
        for j in 0..<n {
            var vertex = start
            var trial = step
            // A coordinate so large that adding the step changes nothing gets a larger step.
            while vertex[j] == start[j] {
                vertex[j] = start[j] + trial
                trial *= 10
            }
            size += trial
            vertices.append(vertex)
        }
        var values = [first] + vertices.dropFirst().map(f)
        var previousSize = size
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
            var centroid = [Double](repeating: 0, count: n)
            for (j, vertex) in vertices.enumerated() where j != worst {
                for i in 0..<n { centroid[i] += vertex[i] }
            }
            for i in 0..<n { centroid[i] /= Double(n) }

            let reflected = (0..<n).map { 2 * centroid[$0] - vertices[worst][$0] }
            let reflectedValue = f(reflected)
            if reflectedValue < lowest {
                let expanded = (0..<n).map { 2 * reflected[$0] - centroid[$0] }
                let expandedValue = f(expanded)
                if expandedValue < reflectedValue {
                    (vertices[worst], values[worst]) = (expanded, expandedValue)
                } else {
                    (vertices[worst], values[worst]) = (reflected, reflectedValue)
                }
                continue
            }
            if reflectedValue < highest {
                (vertices[worst], values[worst]) = (reflected, reflectedValue)
            }
            let contracted = (0..<n).map { 0.5 * vertices[worst][$0] + 0.5 * centroid[$0] }
            let contractedValue = f(contracted)
            if contractedValue < values[worst] {
                (vertices[worst], values[worst]) = (contracted, contractedValue)
            } else if reflectedValue >= highest {
                // Shrink every vertex halfway towards the best one; give up
                // when that no longer makes the simplex smaller.
                size = 0
                for j in vertices.indices where j != best {
                    for i in 0..<n {
                        vertices[j][i] = 0.5 * (vertices[j][i] - vertices[best][i]) + vertices[best][i]
                        size += abs(vertices[j][i] - vertices[best][i])
                    }
                }
                guard size < previousSize else { break }
                previousSize = size
                for j in vertices.indices where j != best { values[j] = f(vertices[j]) }
            }
        }
        return OptimizationResult(point: vertices[best], value: values[best], iterations: iterations, evaluations: evaluations, converged: converged)
    }
}
