/// Quasi-Newton minimisation by BFGS, as R's `optim(method = "BFGS")`
/// (Nash 1990's variable-metric algorithm) with gradients by central
/// differences when none is given (step `differenceStep` on each coordinate,
/// R's `ndeps = 1e-3`).
///
/// STUB: the lead fills this in; the signature is the contract.
public struct BFGS: Sendable {
    public var maxIterations: Int
    public var relativeTolerance: Double
    public var differenceStep: Double

    public init(maxIterations: Int = 100, relativeTolerance: Double = 1.490116e-8, differenceStep: Double = 1e-3) {
        self.maxIterations = maxIterations
        self.relativeTolerance = relativeTolerance
        self.differenceStep = differenceStep
    }

    public func minimize(from start: [Double], gradient: (([Double]) -> [Double])? = nil, _ objective: ([Double]) -> Double) -> OptimizationResult {
        fatalError("not yet implemented")
    }
}
