import Forecasting
import InputFiles

/// Projects the new-rural bands: each commune's count of criteria met at
/// the target year, and for each band target the number of communes in the
/// band — its expectation, 95% interval and the probability of reaching the
/// required count.
///
/// 1. Each history becomes whole counts up to the target (`CountHistory`);
///    a unit without a value, or with one outside 0…cap, gets its own
///    `BandUnitError` and the rest go on.
/// 2. The method: the one asked for, or by `BandMethodChoice` (a backtest
///    holding out each unit's last year, scored by RPS and log score).
/// 3. Each unit's `CountDistribution` at the target by that method.
/// 4. Each band's count over the units that are descendants of `band.unit`
///    — a unit's ancestors are its `parent`, then the parents of that in
///    `parents` (the units file), and so on: exactly by `PoissonBinomial`
///    for independent units, and by `DistrictShockSimulation` with ρ̂ from
///    the pooled model, reported when ρ̂ > 0.
///
/// Bands are taken as given: all histories are of the bands' indicator.
public enum BandProjection {
    /// - Parameters:
    ///   - histories: one per unit (commune), with its parent (district).
    ///   - targetPeriod: the target year (a year ordinal, e.g. 2014).
    ///   - bands: the band targets (`bands.csv` rows of this indicator).
    ///   - parents: unit → parent id beyond the histories' own (the units
    ///     file), to find which units count toward a band of a province.
    ///   - cap: the largest count (19 criteria).
    ///   - method: nil chooses by backtest.
    ///   - correlation: nil estimates ρ from the data; a value overrides it.
    ///   - seed: the seed of the district-shock simulation.
    ///   - paths: the paths of the district-shock simulation.
    public static func run(histories: [UnitHistory], targetPeriod: Int, bands: [BandTarget],
                           parents: [String: String] = [:], cap: Int = 19, method: BandMethod? = nil,
                           correlation: Double? = nil, seed: UInt64 = ModelOptions.defaultSeed,
                           paths: Int = 10_000) -> BandProjectionResult {
        precondition(cap >= 1 && paths >= 1)
        let prepared = histories.map { CountHistory.make($0, target: targetPeriod, cap: cap) }
        let usable = prepared.compactMap { try? $0.get() }
        let choice = method.map { BandMethodChoice(chosen: $0, scores: [], basis: "requested") }
            ?? BandMethodChoice.backtest(usable, cap: cap)
        let (forecasts, fittedPooled) = choice.chosen.distributions(usable, target: targetPeriod, cap: cap)
        // ρ̂ comes from the pooled model's changes whichever method projects the units.
        let pooled = fittedPooled ?? (try? PooledTransitionModel(cap: cap).fit(usable))
        let rho = min(1, max(0, correlation ?? pooled?.districtCorrelation ?? 0))

        var units: [Result<UnitBandProjection, BandUnitError>] = []
        var next = 0
        for item in prepared {
            switch item {
            case let .failure(error):
                units.append(.failure(error))
            case let .success(history):
                units.append(forecasts[next].map { distribution in
                    UnitBandProjection(
                        unit: history.unit, parent: history.parent, lastPeriod: history.lastTime, lastValue: history.lastLevel,
                        distribution: distribution,
                        bandProbabilities: bands.map { distribution.probability(in: $0.minValue, $0.maxValue) })
                })
                next += 1
            }
        }
        let outcomes = outcomes(bands: bands, histories: histories, units: units, parents: parents, rho: rho, seed: seed, paths: paths)
        return BandProjectionResult(
            targetPeriod: targetPeriod, cap: cap, units: units, bands: outcomes, method: choice,
            districtCorrelation: rho, pooledModel: pooled, seed: seed, paths: paths)
    }

    /// Each band's count over its units: exact, and simulated when ρ > 0.
    /// Bands over the same units share one simulation (the same paths), so
    /// their counts are consistent with each other and the work is done once.
    static func outcomes(bands: [BandTarget], histories: [UnitHistory], units: [Result<UnitBandProjection, BandUnitError>],
                         parents: [String: String], rho: Double, seed: UInt64, paths: Int) -> [BandOutcome] {
        var outcomes: [BandOutcome] = []
        var memberIndices: [[Int]] = []
        for (b, band) in bands.enumerated() {
            var members: [Int] = []
            var missing: [String] = []
            for (i, (history, result)) in zip(histories, units).enumerated() where isDescendant(history, of: band.unit, parents: parents) {
                if case .success = result { members.append(i) } else { missing.append(history.unit) }
            }
            let probabilities = members.map { i in (try? units[i].get())!.bandProbabilities[b] }
            outcomes.append(BandOutcome(
                band: band, units: members.map { histories[$0].unit }, unprojectedUnits: missing,
                independent: CountOutcome(probabilities: PoissonBinomial.pmf(probabilities), required: band.count),
                districtShock: nil))
            memberIndices.append(members)
        }
        guard rho > 0 else { return outcomes }
        for members in Set(memberIndices) {
            let group = bands.indices.filter { memberIndices[$0] == members }
            let projections = members.map { (try? units[$0].get())! }
            let districtIDs = Array(Set(projections.compactMap(\.parent))).sorted()
            let index = Dictionary(uniqueKeysWithValues: districtIDs.enumerated().map { ($1, $0) })
            let simulated = DistrictShockSimulation.countProbabilities(
                projections.map { .init(distribution: $0.distribution, district: $0.parent.flatMap { index[$0] }) },
                bands: group.map { bands[$0].integerRange }, correlation: rho, seed: seed, paths: paths)
            for (position, b) in group.enumerated() {
                outcomes[b].districtShock = CountOutcome(probabilities: simulated[position], required: bands[b].count)
            }
        }
        return outcomes
    }

    /// Whether `ancestor` is the history's parent or an ancestor of it through `parents`.
    static func isDescendant(_ history: UnitHistory, of ancestor: String, parents: [String: String]) -> Bool {
        var current = history.parent
        var seen = Set<String>()
        while let id = current, seen.insert(id).inserted {
            if id == ancestor { return true }
            current = parents[id]
        }
        return false
    }
}

extension BandTarget {
    /// The whole counts in [minValue, maxValue].
    var integerRange: ClosedRange<Int> {
        let lo = Int((minValue - 1e-9).rounded(.up))
        let hi = max(lo, Int((maxValue + 1e-9).rounded(.down)))
        return lo...hi
    }
}
