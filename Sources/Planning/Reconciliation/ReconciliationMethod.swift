/// How forecasts of a unit tree are made coherent (each parent = the sum of
/// its children), as the command line's `--reconcile none|bu|mint` names it.
///
/// With base forecasts ŷ of all n nodes and the summing matrix S (n × m,
/// m leaves), every method here is a projection: reconciled ỹ = S G ŷ for an
/// m × n matrix G (Hyndman, Ahmed, Athanasopoulos & Shang 2011,
/// *Computational Statistics & Data Analysis* 55:2579).
///
/// Write `ReconciliationMethod.none` in full where an optional is about: a
/// bare `.none` would mean `Optional.none`.
public enum ReconciliationMethod: String, Sendable, CaseIterable {
    /// No reconciliation: each node keeps its own forecast (ỹ = ŷ).
    case none
    /// Bottom-up: the leaves keep their forecasts and every parent becomes
    /// the sum of its children; G = [0 | I] picks the leaves.
    case bu
    /// Minimum trace (MinT) with the shrinkage covariance (Wickramasuriya,
    /// Athanasopoulos & Hyndman 2019, *JASA* 114:804):
    /// G = (Sᵀ W⁻¹ S)⁻¹ Sᵀ W⁻¹, W the covariance of the one-step base
    /// forecast errors shrunk toward its diagonal (`ShrinkageCovariance`).
    /// Among unbiased reconciliations it minimises the trace of the
    /// reconciled errors' covariance, i.e. the sum of their variances.
    case mint

    /// The method named on the command line: `none`, `bu` or `mint`, in any
    /// case and with surrounding spaces ignored; `bottom-up` and `bottomup`
    /// are read as `bu`.
    public init(parsing text: String) throws(ReconciliationError) {
        let word = String(text.filter { !$0.isWhitespace }).lowercased()
        switch word {
        case "bottom-up", "bottomup", "bottom_up": self = .bu
        default:
            guard let method = ReconciliationMethod(rawValue: word) else { throw .unknownMethod(text) }
            self = method
        }
    }
}
