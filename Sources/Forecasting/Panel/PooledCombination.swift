/// The default forecast (`--model auto`): a median of cheap forecasters
/// chosen on the panel's own past, with intervals as wide as the panel's
/// past errors (with the global autoregressions alone, choosing one lag
/// order, `--model global`).
///
/// The units of one indicator (a province's communes, the 63 provinces,
/// a competition's series) share behaviour, so the model learns from all of
/// them together instead of choosing per series on 8–14 points, which is
/// mostly noise:
///
/// 1. **Prepare** each series: interior gaps filled by linear interpolation
///    (so a year stays a year), quarterly and monthly series seasonally
///    adjusted (`SeasonalAdjustment`).
/// 2. **Validate** every member of the pool (`PanelMember.pool`: naive,
///    drift, ses, ar1d, dotm, and the global autoregressions with 0, 2, 3
///    lags) from rolling origins H, H + s, H + 2s periods before each
///    series' end (`PanelValidation`; H = 6 yearly, 8 quarterly, 18 monthly,
///    s = ⌈H/3⌉), with the global models refitted on the cut panel.
/// 3. **Choose** the subset of 1, 3 or 5 members whose median forecast had
///    the least mean absolute scaled error (`PanelChoice`).
/// 4. **Fit** the chosen global members on the whole panel and forecast each
///    series by the median of the chosen members; intervals from the
///    chosen median's validation errors (`PanelIntervals`).
///
/// A panel with fewer than `minimumPanel` series long enough to validate
/// (H + 4 values) uses `PanelMember.smallPanelDefault` without validating,
/// and Gaussian random-walk intervals (`RandomWalkWithDrift`'s σ̂ on the
/// adjusted changes) around the median. Panels above `validationSample`
/// series validate on that many, picked by a hash of their values, so the
/// choice does not depend on the order of the series, and the cost stays
/// linear in the panel.
///
/// `pool`, `subsetSizes` and `smallPanelDefault` are the knobs; `auto` and
/// `global` set them as above.
///
/// The fitted name lists the members: `median(drift,ses,ar1d,dotm,global:3)`,
/// or a single member's name. The summary's parameters carry the choice's
/// evidence: `validation_mase` of the chosen median, `validation_mase:<member>`
/// of each member alone, `validation_series`.
///
/// Unlike the per-series models, a unit's forecast depends on the panel it
/// was fitted with (that is the point): `fit(batch:)` of a panel differs
/// from `fit(_:)` of one of its series. It depends on nothing else: not on
/// the order of the series, nor on the number of cores.
public struct PooledCombination: ForecastingModel {
    public let name: String
    /// Every series learns from its panel: the member set, the global
    /// coefficients and the intervals are the panel's.
    public var learnsFromPanel: Bool { true }
    /// Series a panel needs for the members to be chosen on it (smaller panels get the default members).
    public var minimumPanel: Int
    /// Series drawn from the panel to validate the combinations on, at most.
    public var validationSample: Int
    /// The members the choice is made from.
    var pool: [PanelMember]
    /// The numbers of members a combination may have (odd, so a median is one member's forecast).
    var subsetSizes: [Int]
    /// The members used when the panel is too small to validate.
    var smallPanelDefault: [PanelMember]

    /// The full pool, combinations of 1, 3 or 5 members (`--model auto`).
    public init(minimumPanel: Int = 20, validationSample: Int = 2_000) {
        self.init(name: "auto", pool: PanelMember.pool, subsetSizes: PanelChoice.subsetSizes,
                  smallPanelDefault: PanelMember.smallPanelDefault, minimumPanel: minimumPanel, validationSample: validationSample)
    }

    init(name: String, pool: [PanelMember], subsetSizes: [Int], smallPanelDefault: [PanelMember],
         minimumPanel: Int = 20, validationSample: Int = 2_000) {
        self.name = name
        self.pool = pool
        self.subsetSizes = subsetSizes
        self.smallPanelDefault = smallPanelDefault
        self.minimumPanel = minimumPanel
        self.validationSample = validationSample
    }

    /// The global autoregression alone (Montero-Manso & Hyndman 2021): one
    /// set of coefficients for the whole panel, its lag order (0, 2 or 3
    /// lagged changes) chosen on the panel's rolling-origin errors; 2 lags
    /// for a panel too small to choose (`--model global`).
    public static var global: PooledCombination {
        let lags = PanelMember.pool.filter { if case .global = $0 { true } else { false } }
        return PooledCombination(name: "global", pool: lags, subsetSizes: [1], smallPanelDefault: [.global(lags: 2)])
    }

    /// H, the horizon validated and fitted directly, by frequency.
    static func validationHorizon(frequency: Int) -> Int {
        switch frequency {
        case 1: 6
        case 4: 8
        case 12: 18
        default: max(6, 2 * frequency)
        }
    }

    public func fit(_ series: TimeSeries) throws(ModelError) -> PanelFitted {
        try fit(batch: [series])[0].get()
    }

    public func fit(batch series: [TimeSeries]) -> [Result<PanelFitted, ModelError>] {
        var results = [Result<PanelFitted, ModelError>](repeating: .failure(.notIdentified("not fitted")), count: series.count)
        // Series of different frequencies are different panels.
        for frequency in Set(series.map(\.frequency)).sorted() {
            let members = series.indices.filter { series[$0].frequency == frequency }
            for (index, result) in zip(members, fitPanel(members.map { series[$0] }, frequency: frequency)) {
                results[index] = result
            }
        }
        return results
    }
}
