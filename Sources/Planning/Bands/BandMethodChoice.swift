/// The choice between the pooled transitions and the units' own trends,
/// by a backtest on the panel itself.
///
/// Each unit with two or more observed years holds out its last one, y_i
/// at year T_i; both methods are fitted on the panel with those years
/// removed (every unit's earlier years) and forecast each held-out year
/// (horizon T_i − T'_i, T'_i the unit's previous observed year). The
/// forecasts are scored by the mean over units of
///
/// - the ranked probability score RPS = Σ_{k<cap} (F_i(k) − 1{y_i ≤ k})²
///   (`CountDistribution.rankedProbabilityScore`), the discrete CRPS, and
/// - the log score −ln P_i(y_i) (floored at 10⁻⁶),
///
/// both proper (Gneiting & Raftery 2007, JASA 102:359–378), lower better.
/// The choice is the lower mean RPS — it rewards putting mass near the
/// outcome, not only on it, and one surprise cannot dominate it as it can
/// the log score. A tie, or a panel with nothing to score, keeps the pooled
/// model (the default). Units with one year are not scored.
///
/// With the Sơn La panel (2011–2013) the backtest fits on 2011–2012 and
/// scores 2013: the trend method then has two points per commune and uses
/// its straight-line fallback, not the logistic curve it uses with three.
public struct BandMethodChoice: Sendable, Equatable {
    /// One method's backtest scores.
    public struct Score: Sendable, Equatable {
        /// The method scored.
        public var method: BandMethod
        /// Mean ranked probability score over the scored units.
        public var meanRPS: Double
        /// Mean log score over the scored units.
        public var meanLogScore: Double
        /// Units scored (those with a held-out year the method could forecast).
        public var units: Int
    }

    /// The method used for the projections.
    public var chosen: BandMethod
    /// Scores of both methods, pooled first; empty when the choice was not made by backtest.
    public var scores: [Score]
    /// Why this method: `backtest`, `requested`, or `default` (nothing to score).
    public var basis: String

    /// A choice from its parts.
    public init(chosen: BandMethod, scores: [Score], basis: String) {
        self.chosen = chosen
        self.scores = scores
        self.basis = basis
    }

    /// Backtests both methods on the histories (see the type's description).
    static func backtest(_ histories: [CountHistory], cap: Int) -> BandMethodChoice {
        var training: [CountHistory] = []
        var heldOut: [(index: Int, time: Int, level: Int)] = []
        for history in histories {
            guard let earlier = history.withoutLast else {
                training.append(history)
                continue
            }
            heldOut.append((training.count, history.lastTime, history.lastLevel))
            training.append(earlier)
        }
        var scores: [Score] = []
        for method in BandMethod.allCases {
            // Each unit is forecast to its own held-out year, so fit once per distinct year.
            var rps = 0.0, log = 0.0, scored = 0
            for year in Set(heldOut.map(\.time)).sorted() {
                let (forecasts, _) = method.distributions(training, target: year, cap: cap)
                for item in heldOut where item.time == year {
                    guard case let .success(distribution) = forecasts[item.index] else { continue }
                    rps += distribution.rankedProbabilityScore(item.level)
                    log += distribution.logScore(item.level)
                    scored += 1
                }
            }
            scores.append(Score(method: method, meanRPS: scored > 0 ? rps / Double(scored) : .nan,
                                meanLogScore: scored > 0 ? log / Double(scored) : .nan, units: scored))
        }
        let pooled = scores[0], trend = scores[1]
        guard pooled.units > 0 || trend.units > 0 else {
            return BandMethodChoice(chosen: .pooledTransition, scores: scores, basis: "default")
        }
        // A method that could score no unit loses; otherwise the lower mean RPS wins, ties to pooled.
        let trendWins = pooled.units == 0 || (trend.units > 0 && trend.meanRPS < pooled.meanRPS - 1e-12)
        return BandMethodChoice(chosen: trendWins ? .saturatingTrend : .pooledTransition, scores: scores, basis: "backtest")
    }
}
