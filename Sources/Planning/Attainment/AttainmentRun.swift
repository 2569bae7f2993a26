import Forecasting
import InputFiles

/// Every target of a dataset scored by the probability of reaching it
/// (`chitieu attain`): the data are cut at the as-of period, each
/// (indicator, year) with a target is projected for all its units at once
/// (`IndicatorProjection`), and each target reads its unit's distribution.
public struct AttainmentRun: Sendable {
    /// One row per target that could be projected, in the targets file's order.
    public var rows: [AttainmentProbability]
    /// Targets that could not be projected, with the reason (one unit's failure never stops the rest).
    public var failures: [(target: Target, reason: String)]
    /// The projections of each (indicator, year), with their method choices and calibration.
    public var projections: [IndicatorProjection]
    /// The pace the rest of the year needs, for the targets of years partly observed.
    public var pace: [PaceNeeded]

    /// How targets are projected and scored.
    public struct Settings: Sendable {
        /// The models, paths, seed and calibration of the projections.
        public var projection: IndicatorProjection.Settings
        /// The probabilities that separate on track, at risk and off track.
        public var thresholds: StatusThresholds
        /// The end of the data the review may see (`--as-of 2014-06`); nil: all of it.
        public var asOf: Period?
        /// How the units of a tree are made to add up (`--reconcile`).
        public var reconciliation: ReconciliationMethod

        /// Settings; MinT reconciliation unless given.
        public init(projection: IndicatorProjection.Settings, thresholds: StatusThresholds = StatusThresholds(), asOf: Period? = nil,
                    reconciliation: ReconciliationMethod = .mint) {
            self.projection = projection
            self.thresholds = thresholds
            self.asOf = asOf
            self.reconciliation = reconciliation
        }
    }

    /// Scores every target of `dataset`.
    ///
    /// - Parameters:
    ///   - dataset: the observations, units and targets.
    ///   - settings: models, paths, thresholds, as-of period and reconciliation.
    ///   - counts: per indicator and target year, and unit, a count
    ///     distribution that replaces the generic projection (the bands' pooled
    ///     model of criteria met); targets of other years keep the generic one.
    public init(dataset: Dataset, settings: Settings, counts: [IndicatorYear: [String: (value: PredictiveValue, method: String, basis: String)]] = [:]) {
        let observations = settings.asOf.map { asOf in dataset.observations.filter { $0.isKnown(asOf: asOf) } } ?? dataset.observations
        var projections: [String: IndicatorProjection] = [:]
        var order: [String] = []
        rows = []
        failures = []
        pace = []
        // A review as of a month of year Y projects Y and later; the targets of
        // years already over are the year-end summary's (`YearEndAssessment`).
        let firstYear = settings.asOf?.year ?? .min
        for target in dataset.targets where target.period.year >= firstYear {
            let key = "\(target.indicator)|\(target.period.year)"
            if let distribution = counts[IndicatorYear(indicator: target.indicator, year: target.period.year)]?[target.unit] {
                rows.append(AttainmentProbability(target: target, value: distribution.value, thresholds: settings.thresholds,
                                                  method: distribution.method, calibrated: false, basis: distribution.basis))
                continue
            }
            if projections[key] == nil {
                var projection = IndicatorProjection(indicator: target.indicator, year: target.period.year,
                                                     observations: observations, settings: settings.projection)
                projection.reconcile(units: dataset.units, method: settings.reconciliation)
                projections[key] = projection
                order.append(key)
            }
            let projection = projections[key]!
            guard let result = projection.projections[target.unit] else {
                failures.append((target, "no observations of \(target.indicator) for \(target.unit)"))
                continue
            }
            switch result {
            case let .failure(error):
                failures.append((target, error.description))
            case let .success(year):
                rows.append(AttainmentProbability(target: target, value: year.value, thresholds: settings.thresholds,
                                                  method: year.method, calibrated: year.calibrated, basis: year.basis,
                                                  observed: year.monthsObserved > 0 ? year.observed : nil))
                if year.monthsObserved > 0, target.direction == .atLeast,
                   let needed = PaceNeeded(target: target.low, unit: target.unit, indicator: target.indicator,
                                           year: target.period.year, flows: projection.flows[target.unit]!, month: year.monthsObserved) {
                    pace.append(needed)
                }
            }
        }
        self.projections = order.map { projections[$0]! }
    }
}
