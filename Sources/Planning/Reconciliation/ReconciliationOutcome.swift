import Forecasting
import InputFiles
import LinearAlgebra

/// What reconciling a unit tree did, for the output to say.
public struct ReconciliationOutcome: Sendable {
    /// The method asked for and the one applied (MinT falls back to bottom-up when it cannot be estimated).
    public var requested: ReconciliationMethod
    /// The method applied.
    public var applied: ReconciliationMethod
    /// Units reconciled (the hierarchy's nodes).
    public var nodes: [String]
    /// MinT's shrinkage intensity λ.
    public var shrinkage: Double?
    /// Why the method applied differs from the one requested.
    public var note: String?
}

extension ReconciliationOutcome {
    /// The outcome with a sentence added for units that have data but no
    /// forecast (too short, failed, not finite) under a parent that has one:
    /// such a unit must not vanish from its parent's total unannounced. The
    /// parent keeps its own forecast (`UnitHierarchy.incompleteParents`).
    /// Units without data of the indicator (communes that report no revenue)
    /// are no news and are not named. Returns the outcome unchanged, or a new
    /// one where there was none, or nil when there is nothing to say.
    static func noting(failed: [String], units tree: [ReportingUnit], fitted: Set<String>,
                       in outcome: ReconciliationOutcome?, method: ReconciliationMethod) -> ReconciliationOutcome? {
        let failedSet = Set(failed)
        var leftOut: [String: [String]] = [:]
        var parents: [String] = []
        for unit in tree where failedSet.contains(unit.id) {
            guard let parent = unit.parent, fitted.contains(parent) else { continue }
            if leftOut[parent] == nil { parents.append(parent) }
            leftOut[parent, default: []].append(unit.id)
        }
        guard !parents.isEmpty else { return outcome }
        let sentence = "not summed from their children, some of which have no forecast: "
            + parents.map { "\($0) (without \(leftOut[$0]!.joined(separator: ", ")))" }.joined(separator: "; ")
        var result = outcome ?? ReconciliationOutcome(requested: method, applied: .none, nodes: [], shrinkage: nil, note: nil)
        result.note = result.note.map { "\($0); \(sentence)" } ?? sentence
        return result
    }
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
