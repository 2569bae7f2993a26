import InputFiles

/// One unit's projection at the target year.
public struct UnitBandProjection: Sendable, Equatable {
    /// The unit's id.
    public var unit: String
    /// Its district's id; nil for a unit of its own.
    public var parent: String?
    /// The unit's last observed year up to the target, and its count then.
    public var lastPeriod: Int
    /// Its count in that year.
    public var lastValue: Int
    /// P(X = k), k = 0…cap, at the target year.
    public var distribution: CountDistribution
    /// `bandProbabilities[b]` = P(min_b ≤ X ≤ max_b) for band b of the request
    /// (with cumulative bands, P(X ≥ min_b)): `lagging` flags a commune whose
    /// probability of the band it was assigned is low.
    public var bandProbabilities: [Double]
}

/// What a band target's count is projected to be.
public struct BandOutcome: Sendable, Equatable {
    /// The band target.
    public var band: BandTarget
    /// The projected units that count toward the band (descendants of `band.unit`).
    public var units: [String]
    /// Units of the band that have no projection (see `BandProjectionResult.units`):
    /// the counts cover the projected units only.
    public var unprojectedUnits: [String]
    /// Independent units: the exact Poisson-binomial count (`PoissonBinomial`).
    public var independent: CountOutcome
    /// Units of one district sharing a shock (`DistrictShockSimulation`); nil when ρ = 0.
    public var districtShock: CountOutcome?

    /// What a report shows: the district-shock simulation when ρ > 0, else the exact count.
    public var reported: CountOutcome { districtShock ?? independent }
    /// `simulation` or `exact`, naming `reported`.
    public var computation: String { districtShock == nil ? "exact" : "simulation" }
}

/// Everything `BandProjection.run` found.
public struct BandProjectionResult: Sendable {
    /// The target year.
    public var targetPeriod: Int
    /// The largest count (19 criteria).
    public var cap: Int
    /// One per history, in the order given: the projection or why there is none.
    public var units: [Result<UnitBandProjection, BandUnitError>]
    /// One per band, in the order given.
    public var bands: [BandOutcome]
    /// The method used and its backtest against the other.
    public var method: BandMethodChoice
    /// The copula's ρ: the `correlation` asked for, else ρ̂ (the correlation
    /// of two communes' yearly changes within a district,
    /// `PooledTransitionModel.Fitted.districtCorrelation`); 0 when neither
    /// was given nor could be estimated.
    public var districtCorrelation: Double
    /// The pooled model fitted on all histories (its bins, district effects, σ̂², τ̂²); nil if it could not be.
    public var pooledModel: PooledTransitionModel.Fitted?
    /// The simulation's seed and number of paths.
    public var seed: UInt64
    /// Paths of the district-shock simulation.
    public var paths: Int

    /// The successful projections.
    public var projections: [UnitBandProjection] {
        units.compactMap { if case let .success(p) = $0 { p } else { nil } }
    }

    /// The units without a projection, with the reason.
    public var failures: [BandUnitError] {
        units.compactMap { if case let .failure(e) = $0 { e } else { nil } }
    }
}
