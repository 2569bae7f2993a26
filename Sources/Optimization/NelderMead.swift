/// The Nelder–Mead simplex method (Nelder & Mead 1965), with the
/// coefficients and stopping rule of R's `optim(method = "Nelder-Mead")`:
/// reflection 1, contraction 0.5, expansion 2; stop when the spread of the
/// simplex values falls below `relativeTolerance · (|f| + relativeTolerance)`
/// or after `maxEvaluations`. The objective may return `.infinity` (or NaN)
/// to reject a point, which is how bounded models (ETS) keep inside their region.
///
/// STUB: the lead fills this in; the signature is the contract.
public struct NelderMead: Sendable {
    public var maxEvaluations: Int
    public var relativeTolerance: Double
    /// Size of the initial simplex relative to the start: each vertex moves one
    /// coordinate by `initialStep · max(|x_i|, 1)`… as R: 0.1 · max |x|.
    public var initialStep: Double

    public init(maxEvaluations: Int = 2000, relativeTolerance: Double = 1.490116e-8, initialStep: Double = 0.1) {
        self.maxEvaluations = maxEvaluations
        self.relativeTolerance = relativeTolerance
        self.initialStep = initialStep
    }

    public func minimize(from start: [Double], _ objective: ([Double]) -> Double) -> OptimizationResult {
        fatalError("not yet implemented")
    }
}
