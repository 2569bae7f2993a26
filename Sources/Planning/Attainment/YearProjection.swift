/// One unit's projection of a whole year's value: what is already observed
/// plus the distribution of the rest, and what it rests on.
public struct YearProjection: Sendable {
    /// The unit's id.
    public var unit: String
    /// Draws of the year's value, in path order (path p of every unit of one
    /// indicator comes from the same joint draw after reconciliation).
    public var draws: [Double]
    /// January–as-of, when part of the year is observed.
    public var observed: Double?
    /// Months of the year observed (0 for a projection from whole years).
    public var monthsObserved: Int
    /// The fitted model (`ets:MAM`), `ytd-share`, or `observed` (the year is complete).
    public var method: String
    /// Whether the draws were calibrated across the panel.
    public var calibrated: Bool
    /// The data used, e.g. `2009-01..2014-06 (66 values)`.
    public var basis: String

    /// The draws as a predictive distribution.
    public var value: PredictiveValue { .sample(draws) }
}

/// How the rest of a partly observed year is projected.
public enum InYearMethod: String, Sendable, CaseIterable {
    /// A model fitted to the months (or quarters) and its sample paths to December.
    case model
    /// The year = January–m ÷ the share January–m has carried in past years.
    case yearToDateShare = "ytd-share"
    /// Nothing of the year observed yet (next year's targets): the yearly
    /// model on the units' past whole-year totals, in place of the months.
    case yearlyTotals = "yearly-totals"
}

/// Which in-year method an indicator uses, and the backtest it was chosen by:
/// each method projected past years from their own January–m, scored by the
/// mean absolute percentage error of the projected median against the year's total.
public struct InYearMethodChoice: Sendable {
    /// The indicator.
    public var indicator: String
    /// m, the month the units have reached (0: nothing of the year observed).
    public var month: Int
    /// The method with the lower backtest error.
    public var chosen: InYearMethod
    /// Mean absolute percentage error of each method, and the number of (unit, year) projections scored.
    public var scores: [(method: InYearMethod, mape: Double, count: Int)]
    /// Years backtested.
    public var years: [Int]
}
