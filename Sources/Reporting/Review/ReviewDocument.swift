import InputFiles
import Planning

/// Everything the mid-year risk review shows, already computed: the
/// renderers (table, Markdown, HTML with SVG charts, CSV, JSON) only lay it
/// out and translate its words. Every number carries what it rests on.
public struct ReviewDocument: Sendable {
    /// The dataset's root unit name, e.g. "Sơn La".
    public var region: String
    /// The last observed period, e.g. 2014-06 (nil: a projection from whole years only).
    public var asOf: Period?
    /// Every target's projection, in the targets file's order.
    public var targets: [TargetRow]
    /// The pace the rest of the year needs, for targets of a year partly observed.
    public var pace: [PaceRow]
    /// The band targets.
    public var bands: [BandRow]
    /// The lagging units, most at risk first.
    public var lagging: [LaggingRow]
    /// Fan charts of the main targets (HTML only).
    public var charts: [FanChart]
    /// Method and data notes, one sentence each, in the report's language
    /// (built by the caller: e.g. "Probabilities calibrated on 12 district series, 95% coverage 94%").
    public var notes: [String]
    /// The probabilities that set each status: a probability is printed with
    /// enough digits to show on which side of them it lies.
    public var thresholds = StatusThresholds()

    /// A document from its parts.
    public init(region: String, asOf: Period?, targets: [TargetRow], pace: [PaceRow], bands: [BandRow], lagging: [LaggingRow], charts: [FanChart], notes: [String]) {
        self.region = region; self.asOf = asOf; self.targets = targets; self.pace = pace
        self.bands = bands; self.lagging = lagging; self.charts = charts; self.notes = notes
    }

    /// One target's projection.
    public struct TargetRow: Sendable {
        /// The unit's id.
        public var unit: String
        /// The unit's display name.
        public var unitName: String
        /// The indicator's id.
        public var indicator: String
        /// The indicator's display name.
        public var indicatorName: String
        /// e.g. "billion VND" (translated by the renderer).
        public var measure: String
        /// The target's period.
        public var period: Period
        /// The target's low end.
        public var low: Double
        /// The target's high end.
        public var high: Double
        /// Which way the target points.
        public var direction: TargetDirection
        /// The projected median of the target period's value.
        public var projected: Double
        /// The bounds of the 80% and 95% intervals.
        public var lo80: Double, hi80: Double, lo95: Double, hi95: Double
        /// P(value ≥ low) (for at_most: P(value ≤ high) is in pHigh and drives the status).
        public var pLow: Double
        /// P(value ≥ high) (for at_most: P(value ≤ high), which drives the status).
        public var pHigh: Double
        /// On track, at risk, off track or not scored.
        public var status: AttainmentStatus
        /// The fitted model (`ets:AAdN`) or method (`ytd-share`).
        public var method: String
        /// `calibrated` or `nominal`.
        public var calibration: String
        /// What the number rests on, e.g. "budget_revenue 2009-01..2014-06, 66 months".
        public var basis: String
        /// Why a target is not scored (its numbers are then NaN); empty otherwise.
        public var note: String = ""

        /// A row from its parts.
        public init(
            unit: String, unitName: String, indicator: String, indicatorName: String, measure: String,
            period: Period, low: Double, high: Double, direction: TargetDirection = .atLeast,
            projected: Double, lo80: Double, hi80: Double, lo95: Double, hi95: Double,
            pLow: Double, pHigh: Double, status: AttainmentStatus,
            method: String, calibration: String, basis: String
        ) {
            self.unit = unit; self.unitName = unitName; self.indicator = indicator; self.indicatorName = indicatorName
            self.measure = measure; self.period = period; self.low = low; self.high = high; self.direction = direction
            self.projected = projected; self.lo80 = lo80; self.hi80 = hi80; self.lo95 = lo95; self.hi95 = hi95
            self.pLow = pLow; self.pHigh = pHigh; self.status = status
            self.method = method; self.calibration = calibration; self.basis = basis
        }

        /// The probability that decides the status: P(value ≥ low) for an
        /// at-least target, P(value ≤ high) for an at-most one.
        public var pMet: Double { direction == .atMost ? pHigh : pLow }
    }

    /// The pace needed for the rest of the year, against past years.
    public struct PaceRow: Sendable {
        /// The unit's id.
        public var unit: String
        /// The unit's display name.
        public var unitName: String
        /// The indicator's id.
        public var indicator: String
        /// The indicator's display name.
        public var indicatorName: String
        /// The indicator's measure, e.g. "billion VND".
        public var measure: String
        /// Observed January–as-of.
        public var observed: Double
        /// low − observed: what the rest of the year must bring.
        public var remainingNeeded: Double
        /// remainingNeeded ÷ observed (the ratio the rest of the year must reach).
        public var requiredRatio: Double
        /// The same ratio (rest of year ÷ January–as-of) in past years: min, median, max.
        public var pastRatioMin: Double, pastRatioMedian: Double, pastRatioMax: Double
        /// The years the past ratios come from.
        public var pastYears: [Int]

        /// A row from its parts.
        public init(
            unit: String, unitName: String, indicator: String, indicatorName: String, measure: String,
            observed: Double, remainingNeeded: Double, requiredRatio: Double,
            pastRatioMin: Double, pastRatioMedian: Double, pastRatioMax: Double, pastYears: [Int]
        ) {
            self.unit = unit; self.unitName = unitName; self.indicator = indicator; self.indicatorName = indicatorName
            self.measure = measure; self.observed = observed; self.remainingNeeded = remainingNeeded
            self.requiredRatio = requiredRatio; self.pastRatioMin = pastRatioMin
            self.pastRatioMedian = pastRatioMedian; self.pastRatioMax = pastRatioMax; self.pastYears = pastYears
        }
    }

    /// One band target.
    public struct BandRow: Sendable {
        /// The parent unit whose children are counted.
        public var unit: String
        /// The indicator counted.
        public var indicator: String
        /// Display names (empty: the renderers show the ids).
        public var unitName: String = ""
        /// The indicator's display name (empty: the renderers show the id).
        public var indicatorName: String = ""
        /// The band's period.
        public var period: Period
        /// The band's lower bound, included.
        public var minValue: Double
        /// The band's upper bound, included.
        public var maxValue: Double
        /// The number of units the band requires.
        public var targetCount: Int
        /// Units the band is counted over (e.g. 188 communes).
        public var unitCount: Int
        /// The expected number of units in the band.
        public var expected: Double
        /// The bounds of the count's 95% interval.
        public var lo95: Int, hi95: Int
        /// P(count ≥ targetCount).
        public var pMet: Double
        /// On track, at risk or off track, from `pMet`.
        public var status: AttainmentStatus
        /// P(count = k) for k = 0…unitCount.
        public var distribution: [Double]

        /// A row from its parts.
        public init(
            unit: String, indicator: String, unitName: String = "", indicatorName: String = "",
            period: Period, minValue: Double, maxValue: Double, targetCount: Int, unitCount: Int,
            expected: Double, lo95: Int, hi95: Int, pMet: Double, status: AttainmentStatus, distribution: [Double]
        ) {
            self.unit = unit; self.indicator = indicator; self.unitName = unitName; self.indicatorName = indicatorName
            self.period = period; self.minValue = minValue; self.maxValue = maxValue; self.targetCount = targetCount
            self.unitCount = unitCount; self.expected = expected; self.lo95 = lo95; self.hi95 = hi95
            self.pMet = pMet; self.status = status; self.distribution = distribution
        }
    }

    /// One lagging unit, in rank order (highest risk first).
    public struct LaggingRow: Sendable {
        /// 1 for the unit most at risk.
        public var rank: Int
        /// The unit's id.
        public var unit: String
        /// The unit's display name.
        public var unitName: String
        /// The unit's level.
        public var level: String
        /// The parent's display name.
        public var parentName: String
        /// The parent's id, for the CSV (empty: the CSV shows `parentName`).
        public var parent: String = ""
        /// The indicator's id.
        public var indicator: String
        /// The indicator's display name (empty: the renderers show the id).
        public var indicatorName: String = ""
        /// Why the unit is flagged.
        public var reason: LaggingReason
        /// The gap in the indicator's measure (target − projection, or distance to peers' median growth in points).
        public var gap: Double
        /// The gap's measure, e.g. "billion VND", "criteria", "percentage points".
        public var gapMeasure: String
        /// A risk score in [0, 1] (1 − probability, or a scaled robust score); ranks the rows.
        public var risk: Double

        /// A row from its parts.
        public init(
            rank: Int, unit: String, unitName: String, level: String, parentName: String, parent: String = "",
            indicator: String, indicatorName: String = "", reason: LaggingReason,
            gap: Double, gapMeasure: String, risk: Double
        ) {
            self.rank = rank; self.unit = unit; self.unitName = unitName; self.level = level
            self.parentName = parentName; self.parent = parent; self.indicator = indicator
            self.indicatorName = indicatorName; self.reason = reason; self.gap = gap
            self.gapMeasure = gapMeasure; self.risk = risk
        }
    }

    /// A fan chart of one target series: history, forecast median and 80/95% bands, the target range.
    public struct FanChart: Sendable {
        /// The chart's title.
        public var title: String
        /// What the values are measured in.
        public var measure: String
        /// Period labels and values observed (e.g. years, or months).
        public var history: [(label: String, value: Double)]
        /// Period labels with the forecast median and its 80% and 95% bands.
        public var forecast: [(label: String, median: Double, lo80: Double, hi80: Double, lo95: Double, hi95: Double)]
        /// The target's low end, drawn as a line; nil: none.
        public var targetLow: Double?
        /// The target's high end, when a range.
        public var targetHigh: Double?

        /// A chart from its parts.
        public init(
            title: String, measure: String,
            history: [(label: String, value: Double)],
            forecast: [(label: String, median: Double, lo80: Double, hi80: Double, lo95: Double, hi95: Double)],
            targetLow: Double? = nil, targetHigh: Double? = nil
        ) {
            self.title = title; self.measure = measure; self.history = history; self.forecast = forecast
            self.targetLow = targetLow; self.targetHigh = targetHigh
        }
    }
}
