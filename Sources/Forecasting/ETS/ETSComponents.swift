/// The three components of an exponential smoothing model in innovations
/// state-space form, ETS(error, trend, season) (Hyndman, Koehler, Ord &
/// Snyder 2008, *Forecasting with Exponential Smoothing*, ch. 2), written in
/// R's notation: `ANN`, `AAdN`, `MAM`.
///
/// The family is the one R's `forecast::ets()` fits by default
/// (`allow.multiplicative.trend = FALSE`, `restrict = TRUE`): trend none,
/// additive or damped additive; no additive error with multiplicative
/// season.
public struct ETSComponents: Hashable, Sendable, CustomStringConvertible {
    /// How the innovations enter: added to the forecast, or proportional to it.
    public enum Error: String, Sendable, CaseIterable {
        /// y = ŷ + ε.
        case additive = "A"
        /// y = ŷ (1 + ε).
        case multiplicative = "M"
    }

    /// The trend: none, additive (ℓ + h b), or damped (ℓ + (φ + … + φʰ) b).
    public enum Trend: String, Sendable, CaseIterable {
        /// No trend.
        case none = "N"
        /// A linear trend, ℓ + h b.
        case additive = "A"
        /// A damped trend, ℓ + (φ + φ² + … + φʰ) b.
        case damped = "Ad"
    }

    /// The season: none, added to the level, or a factor of it.
    public enum Season: String, Sendable, CaseIterable {
        /// No season.
        case none = "N"
        /// ℓ + s.
        case additive = "A"
        /// ℓ · s.
        case multiplicative = "M"
    }

    /// The error component.
    public var error: Error
    /// The trend component.
    public var trend: Trend
    /// The seasonal component.
    public var season: Season

    /// The model ETS(error, trend, season).
    public init(error: Error, trend: Trend, season: Season) {
        self.error = error
        self.trend = trend
        self.season = season
    }

    /// Parses R's code (`ANN`, `AAdN`, `MAdM`); nil for anything else,
    /// including the forbidden combinations (see `isAllowed`).
    public init?(code: String) {
        var rest = Substring(code)
        guard let e = rest.first.flatMap({ Error(rawValue: String($0)) }) else { return nil }
        rest = rest.dropFirst()
        let trend: Trend
        if rest.hasPrefix("Ad") {
            trend = .damped
            rest = rest.dropFirst(2)
        } else if let t = rest.first.flatMap({ Trend(rawValue: String($0)) }) {
            trend = t
            rest = rest.dropFirst()
        } else {
            return nil
        }
        guard rest.count == 1, let s = Season(rawValue: String(rest)) else { return nil }
        self.init(error: e, trend: trend, season: s)
        guard isAllowed else { return nil }
    }

    /// R's code, e.g. `AAdN`.
    public var code: String { error.rawValue + trend.rawValue + season.rawValue }
    public var description: String { code }

    /// R's `restrict = TRUE`: additive error with a multiplicative season is
    /// numerically unstable and left out (the multiplicative trend is left
    /// out altogether, as R's default `allow.multiplicative.trend = FALSE`).
    public var isAllowed: Bool { !(error == .additive && season == .multiplicative) }

    var hasTrend: Bool { trend != .none }
    var isDamped: Bool { trend == .damped }
    var hasSeason: Bool { season != .none }
    var isMultiplicative: Bool { error == .multiplicative || season == .multiplicative }

    /// Every allowed model, in the order R's `ets()` tries them (error A, M;
    /// trend N, A; season N, A, M; damped before undamped).
    static func candidates(seasonal: Bool, positive: Bool) -> [ETSComponents] {
        var list: [ETSComponents] = []
        for e in Error.allCases where positive || e == .additive {
            for t in [Trend.none, .damped, .additive] {
                for s in Season.allCases where seasonal || s == .none {
                    let c = ETSComponents(error: e, trend: t, season: s)
                    if c.isAllowed { list.append(c) }
                }
            }
        }
        // R loops season inside trend and damped innermost: N; A damped; A.
        return list.sorted { a, b in
            let ka = [a.error == .additive ? 0 : 1, a.trend == .none ? 0 : 1, a.season.order, a.trend == .damped ? 0 : 1]
            let kb = [b.error == .additive ? 0 : 1, b.trend == .none ? 0 : 1, b.season.order, b.trend == .damped ? 0 : 1]
            return ka.lexicographicallyPrecedes(kb)
        }
    }
}

extension ETSComponents.Season {
    var order: Int {
        switch self {
        case .none: 0
        case .additive: 1
        case .multiplicative: 2
        }
    }
}
