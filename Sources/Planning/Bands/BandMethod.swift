/// How each unit's count at the target year is projected.
public enum BandMethod: String, Sendable, CaseIterable {
    /// `PooledTransitionModel`: changes learnt from all units, by level, with district effects.
    case pooledTransition = "pooled_transition"
    /// `SaturatingTrendModel`: each unit's own logistic curve (or clamped line).
    case saturatingTrend = "saturating_trend"
}

extension BandMethod {
    /// Every unit's distribution at `target` by this method, in the order of
    /// `histories`; a unit the method cannot project gets its own error.
    func distributions(_ histories: [CountHistory], target: Int, cap: Int) -> (distributions: [Result<CountDistribution, BandUnitError>], pooled: PooledTransitionModel.Fitted?) {
        switch self {
        case .pooledTransition:
            do {
                let fitted = try PooledTransitionModel(cap: cap).fit(histories)
                let results = histories.map { history -> Result<CountDistribution, BandUnitError> in
                    // A unit observed after the target year has nothing to project to
                    // (a backtest's earlier year, or data past the target): its own
                    // error, where a negative step count used to trap (found by the
                    // CLI mutation test).
                    guard history.lastTime <= target else {
                        return .failure(.notProjected(unit: history.unit, reason: "its last observed year, \(history.lastTime), is after \(target)"))
                    }
                    return .success(fitted.distribution(from: history.lastLevel, steps: target - history.lastTime, district: history.parent))
                }
                return (results, fitted)
            } catch {
                let reason = "no unit has two consecutive observed years, so the pooled model has no change to learn from"
                return (histories.map { .failure(.notProjected(unit: $0.unit, reason: reason)) }, nil)
            }
        case .saturatingTrend:
            return (SaturatingTrendModel(cap: cap).distributions(histories, target: target).map { .success($0) }, nil)
        }
    }
}
