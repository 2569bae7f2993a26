import Forecasting
import LinearAlgebra

/// What reconciling a unit tree did, for the output to say.
public struct ReconciliationOutcome: Sendable {
    /// The method asked for and the one applied (MinT falls back to bottom-up when it cannot be estimated).
    public var requested: ReconciliationMethod
    public var applied: ReconciliationMethod
    /// Units reconciled (the hierarchy's nodes).
    public var nodes: [String]
    /// MinT's shrinkage intensity λ.
    public var shrinkage: Double?
    /// Why the method applied differs from the one requested.
    public var note: String?
}

extension Reconciler {
    /// The reconciler for `method` and sample paths made coherent with it:
    /// MinT when its covariance can be estimated from `residuals`, else
    /// bottom-up, and the outcome says which. Every caller (forecasts,
    /// year projections) goes through here, so the fallback is one rule.
    static func reconcile(paths: [SamplePaths], hierarchy: UnitHierarchy, method: ReconciliationMethod,
                          residuals: () throws(ReconciliationError) -> Matrix) -> (paths: [SamplePaths]?, reconciler: Reconciler?, outcome: ReconciliationOutcome) {
        var applied = method
        var note: String?
        var chosen: Reconciler?
        if method == .mint {
            do {
                chosen = try Reconciler(hierarchy: hierarchy, method: .mint, residuals: residuals())
            } catch {
                applied = .bu
                note = "MinT could not be estimated (\(error)); bottom-up used"
            }
        }
        do {
            let reconciler = try chosen ?? Reconciler(hierarchy: hierarchy, method: applied)
            return (try reconciler.reconcile(paths: paths), reconciler,
                    ReconciliationOutcome(requested: method, applied: applied, nodes: hierarchy.nodes,
                                          shrinkage: reconciler.shrinkage, note: note))
        } catch {
            return (nil, nil, ReconciliationOutcome(requested: method, applied: .none, nodes: [], shrinkage: nil,
                                                    note: "not reconciled: \(error)"))
        }
    }
}
