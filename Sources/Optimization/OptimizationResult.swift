/// Where a minimiser stopped.
public struct OptimizationResult: Sendable, Equatable {
    /// The best point found.
    public var point: [Double]
    /// The objective there.
    public var value: Double
    /// Iterations of the method (simplex steps, line searches, …).
    public var iterations: Int
    /// Objective evaluations, gradient evaluations by differences included.
    public var evaluations: Int
    /// True when the convergence test was met before the iteration limit.
    public var converged: Bool

    /// A result from its parts.
    public init(point: [Double], value: Double, iterations: Int, evaluations: Int, converged: Bool) {
        self.point = point
        self.value = value
        self.iterations = iterations
        self.evaluations = evaluations
        self.converged = converged
    }
}
