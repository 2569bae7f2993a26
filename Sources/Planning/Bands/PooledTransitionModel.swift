/// Year-on-year changes of a bounded count, learnt from all units at once
/// and given back to each unit as a predictive distribution: the default
/// method of `BandProjection` (a commune has two or three yearly points,
/// far too few for a model of its own; 188 communes have hundreds of
/// changes between them).
///
/// The change Δ = x_t − x_{t−1} (whole criteria, one year apart) is
/// modelled conditional on the level x_{t−1}, in level bins b(x):
///
///     P(Δ = δ | x) = π_{b(x)}(δ),
///     π_b(δ) = (n_b(δ) + α π(δ)) / (n_b + α),
///
/// n_b(δ) the number of changes δ from levels in bin b, π the pmf of all
/// changes, α = `smoothing` (a Dirichlet prior centred on the pooled
/// distribution, so a thin bin borrows from the rest). Bins are runs of
/// adjacent levels, formed from 0 upwards by adding levels until a bin holds
/// m changes (a short last bin joins the one before), m = `minimumPerBin`
/// or by default max(40, N/5) of N changes — about five bins: a level's
/// changes depend on how many criteria are left, and the data say how
/// finely that can be resolved. (On panels simulated like Sơn La's, 12
/// districts × 16 communes × 3 years, finer bins cost more in noise than
/// they gain in detail: `BandPooledModelTests`.)
///
/// District effects (partial pooling): with residuals r = Δ − μ_{b(x)}, μ_b
/// the mean of π_b, grouped by district, `VarianceComponents` gives σ̂²
/// (within), τ̂² (between) and the district effect
///
///     d_j = B_j (r̄_j − r̄),   B_j = τ̂² / (τ̂² + σ̂²/n_j),
///
/// the James–Stein/empirical-Bayes estimate (Morris 1983): a district with
/// many communes keeps most of its own deviation, a small one is pulled to
/// the province's. The bins' π_b are then re-estimated from the changes net
/// of their district's effect (Δ − d_j, split as below), so that adding d_j
/// back does not count it twice. A commune of district j moves by Δ + d_j, the fractional
/// shift made by mixing: with d_j = f + φ (f whole, 0 ≤ φ < 1), Δ + f with
/// probability 1 − φ and Δ + f + 1 with probability φ (so E shifts by d_j
/// exactly before the bounds).
///
/// Bounds: x_{t+1} = min(cap, max(0, x_t + Δ + shift)) — a commune at the
/// cap stays there, one at 0 cannot fall. The h-year distribution is the
/// one-year kernel applied h times (a Markov chain on 0…cap): p_{t+1}(y) =
/// Σ_x p_t(x) K_j(x → y).
public struct PooledTransitionModel: Sendable, Equatable {
    /// The largest count (19 criteria).
    public var cap: Int
    /// Changes each level bin must hold (before the last bin is merged back); nil: max(40, N/5).
    public var minimumPerBin: Int?
    /// α, the weight of the pooled change distribution in each bin's.
    public var smoothing: Double
    /// Whether the bins' change distributions are taken net of the district effects.
    public var adjustsForDistricts: Bool

    /// 19 criteria, bins of max(40, N/5), smoothing 5, district-adjusted, unless given.
    public init(cap: Int = 19, minimumPerBin: Int? = nil, smoothing: Double = 5, adjustsForDistricts: Bool = true) {
        precondition(cap >= 1 && (minimumPerBin ?? 1) >= 1 && smoothing >= 0)
        self.cap = cap
        self.minimumPerBin = minimumPerBin
        self.smoothing = smoothing
        self.adjustsForDistricts = adjustsForDistricts
    }

    /// Why the model cannot be fitted.
    public enum FitError: Error, Equatable, Sendable {
        /// No unit has two observed consecutive years, so no change to learn from.
        case noChanges
    }

    /// Fits on the one-year changes of every history (a history with a
    /// value outside 0…cap or none at all is left out).
    public func fit(_ histories: [UnitHistory]) throws(FitError) -> Fitted {
        try fit(histories.compactMap { try? CountHistory.make($0, target: Int.max, cap: cap).get() })
    }

    /// Fits on every unit's one-year changes.
    func fit(_ histories: [CountHistory]) throws(FitError) -> Fitted {
        let steps = histories.flatMap { history in history.steps.map { (history.parent, $0) } }
        guard !steps.isEmpty else { throw .noChanges }
        let bins = levelBins(steps.map(\.1.from))
        var binOfLevel = [Int](repeating: 0, count: cap + 1)
        for (b, range) in bins.enumerated() { for x in range { binOfLevel[x] = b } }
        let raw = changeDistributions(steps.map { (binOfLevel[$0.1.from], $0.1.change, 0.0) }, bins: bins.count)
        let means = raw.map { pmf in pmf.enumerated().reduce(0.0) { $0 + Double($1.offset - cap) * $1.element } }

        // District effects from the residuals r = Δ − μ_b.
        var residuals: [String: [Double]] = [:]
        for (parent, step) in steps {
            guard let parent else { continue }
            residuals[parent, default: []].append(Double(step.change) - means[binOfLevel[step.from]])
        }
        let districts = residuals.keys.sorted()
        let components = VarianceComponents(groups: districts.map { residuals[$0]! })
        var effects: [String: Double] = [:]
        for district in districts {
            let group = residuals[district]!
            let mean = group.reduce(0, +) / Double(group.count)
            effects[district] = components.shrinkage(groupSize: group.count) * (mean - components.grandMean)
        }
        // The bins' changes net of the district effects, so that adding d_j back does not count it twice.
        let changes = adjustsForDistricts
            ? changeDistributions(steps.map { (binOfLevel[$0.1.from], $0.1.change, $0.0.flatMap { effects[$0] } ?? 0) }, bins: bins.count)
            : raw
        let netMeans = changes.map { pmf in pmf.enumerated().reduce(0.0) { $0 + Double($1.offset - cap) * $1.element } }
        return Fitted(
            cap: cap, bins: bins, changeProbabilities: changes, binMeans: netMeans, districtEffects: effects,
            withinVariance: components.within, betweenVariance: components.between, changeCount: steps.count)
    }

    /// π_b for each bin from (bin, change, shift) triples: each change counts
    /// as Δ − shift, a fractional shift split between the two whole changes
    /// around it; smoothed toward the pooled distribution with weight α.
    func changeDistributions(_ steps: [(bin: Int, change: Int, shift: Double)], bins: Int) -> [[Double]] {
        let width = 2 * cap + 1
        var counts = [[Double]](repeating: [Double](repeating: 0, count: width), count: bins)
        for step in steps {
            let u = -step.shift
            let whole = Int(u.rounded(.down))
            let fraction = u - Double(whole)
            let index = step.change + whole + cap
            counts[step.bin][min(width - 1, max(0, index))] += 1 - fraction
            if fraction > 0 { counts[step.bin][min(width - 1, max(0, index + 1))] += fraction }
        }
        var pooled = [Double](repeating: 0, count: width)
        for row in counts { for i in 0..<width { pooled[i] += row[i] } }
        let total = pooled.reduce(0, +)
        pooled = pooled.map { $0 / total }
        return counts.map { row in
            let n = row.reduce(0, +)
            return (0..<width).map { (row[$0] + smoothing * pooled[$0]) / (n + smoothing) }
        }
    }

    /// Runs of adjacent levels covering 0…cap, each holding at least
    /// `minimumPerBin` of the given levels where there are enough.
    func levelBins(_ levels: [Int]) -> [ClosedRange<Int>] {
        let minimumPerBin = self.minimumPerBin ?? max(40, levels.count / 5)
        var count = [Int](repeating: 0, count: cap + 1)
        for x in levels { count[x] += 1 }
        var bins: [ClosedRange<Int>] = []
        var start = 0
        var held = 0
        for x in 0...cap {
            held += count[x]
            if held >= minimumPerBin, x < cap {
                bins.append(start...x)
                start = x + 1
                held = 0
            }
        }
        if held < minimumPerBin, let previous = bins.popLast() {
            bins.append(previous.lowerBound...cap)
        } else {
            bins.append(start...cap)
        }
        return bins
    }
}
