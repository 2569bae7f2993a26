/// One forecaster of the pool the panel forecast chooses from: a per-series
/// extrapolation (`LocalExtrapolation`) or the panel's global
/// autoregression with L lagged changes (`GlobalAutoregression`).
enum PanelMember: Hashable, Sendable, Comparable {
    case local(LocalExtrapolation)
    case global(lags: Int)

    /// The pool, in the order names list them.
    static let pool: [PanelMember] = [
        .local(.naive), .local(.drift), .local(.ses), .local(.ar1d), .local(.dotm),
        .global(lags: 0), .global(lags: 2), .global(lags: 3),
    ]

    /// The members used when the panel is too small to choose on its own
    /// errors: the five best single rules of the pool's kind that need no
    /// panel (a median of local extrapolations across families).
    static let smallPanelDefault: [PanelMember] = [.local(.naive), .local(.drift), .local(.ses), .local(.ar1d), .local(.dotm)]

    /// How the fitted model's name spells the member (`drift`, `global:3`).
    var name: String {
        switch self {
        case let .local(method): method.rawValue
        case let .global(lags): "global:\(lags)"
        }
    }

    static func < (a: PanelMember, b: PanelMember) -> Bool {
        (pool.firstIndex(of: a) ?? .max) < (pool.firstIndex(of: b) ?? .max)
    }

    /// Point forecasts of every series, `horizon` steps; `global` holds the
    /// fitted coefficients by lag order (a global member without them
    /// forecasts as `drift`).
    func forecasts(_ panel: [ArraySlice<Double>], horizon: Int, global: [Int: GlobalAutoregression.Coefficients]) -> [[Double]] {
        switch self {
        case let .local(method):
            return panel.map { method.forecast($0, horizon: horizon) }
        case let .global(lags):
            guard let coefficients = global[lags] else {
                return panel.map { LocalExtrapolation.drift.forecast($0, horizon: horizon) }
            }
            let model = GlobalAutoregression(lags: lags, horizon: coefficients.values.count)
            return panel.map { model.forecast($0, coefficients: coefficients, horizon: horizon) }
        }
    }

    /// Fits the global autoregressions `members` need, on `panel`.
    static func globalCoefficients(for members: [PanelMember], on panel: [ArraySlice<Double>], horizon: Int) -> [Int: GlobalAutoregression.Coefficients] {
        var fitted: [Int: GlobalAutoregression.Coefficients] = [:]
        for case let .global(lags) in members where fitted[lags] == nil {
            fitted[lags] = GlobalAutoregression(lags: lags, horizon: horizon).fit(panel)
        }
        return fitted
    }
}

/// The mean absolute one-step change of `y` (count ≥ 2): MASE's scale, the
/// unit of the global model's features and of the panel's intervals.
@inline(__always)
func meanAbsoluteChange(_ y: ArraySlice<Double>) -> Double {
    var absolute = 0.0
    for t in (y.startIndex + 1)..<y.endIndex { absolute += abs(y[t] - y[t - 1]) }
    return absolute / Double(y.count - 1)
}

/// The median of a member set's forecasts at one point, with explicit
/// comparisons for the odd sizes the pool uses (no sorting, no allocation).
@inline(__always)
func medianOfFew(_ v: [Double]) -> Double {
    switch v.count {
    case 1: return v[0]
    case 3: return median3(v[0], v[1], v[2])
    case 5: return median5(v[0], v[1], v[2], v[3], v[4])
    default: return median(v)
    }
}

@inline(__always)
func median3(_ a: Double, _ b: Double, _ c: Double) -> Double {
    max(min(a, b), min(max(a, b), c))
}

/// The median of five, without sorting or allocating: the value with
/// fewer than three values below it and at least three at or below it.
@inline(__always)
func median5(_ a: Double, _ b: Double, _ c: Double, _ d: Double, _ e: Double) -> Double {
    @inline(__always) func isMedian(_ v: Double) -> Bool {
        var below = 0, atOrBelow = 0
        @inline(__always) func count(_ w: Double) {
            if w <= v { atOrBelow += 1 }
            if w < v { below += 1 }
        }
        count(a); count(b); count(c); count(d); count(e)
        return below < 3 && atOrBelow >= 3
    }
    if isMedian(a) { return a }
    if isMedian(b) { return b }
    if isMedian(c) { return c }
    if isMedian(d) { return d }
    return e
}
