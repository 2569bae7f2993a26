import InputFiles

/// How good the review was (`assess --hindcast`): each target of a year
/// re-projected as the review would have projected it at the end of earlier
/// months of that year, seeing only what was known then, beside the outcome.
public struct HindcastRow: Sendable, Equatable {
    /// The target re-projected.
    public var target: Target
    /// The review's month: data through the end of it.
    public var month: Int
    /// The median projection of the year, as the review gave it then.
    public var projected: Double
    /// The bounds of the 80% and 95% intervals of that projection.
    public var lo80: Double, hi80: Double, lo95: Double, hi95: Double
    /// P(target met) as the review gave it: P(reaching low) for `at_least`,
    /// P(staying at or below high) for `at_most`.
    public var probability: Double
    /// The year's outcome.
    public var outcome: Double
    /// Whether the target was met (met or exceeded) in the end.
    public var reached: Bool

    /// Whether the outcome fell inside the 80% interval.
    public var inside80: Bool { outcome >= lo80 && outcome <= hi80 }
    /// Whether the outcome fell inside the 95% interval.
    public var inside95: Bool { outcome >= lo95 && outcome <= hi95 }

    /// A row from its parts.
    public init(target: Target, month: Int, projected: Double, lo80: Double, hi80: Double, lo95: Double, hi95: Double,
                probability: Double, outcome: Double, reached: Bool) {
        self.target = target
        self.month = month
        self.projected = projected
        self.lo80 = lo80
        self.hi80 = hi80
        self.lo95 = lo95
        self.hi95 = hi95
        self.probability = probability
        self.outcome = outcome
        self.reached = reached
    }
}

/// A target with an outcome that the review could not have projected at a
/// month (too few past years, say): listed, so the record's count is read
/// against all the targets, not only the ones that could be scored.
public struct HindcastGap: Sendable, Equatable {
    /// The target that could not be projected.
    public var target: Target
    /// The review's month: data through the end of it.
    public var month: Int
    /// Why, as the projection said (too few past years, say).
    public var reason: String

    /// A gap from its parts.
    public init(target: Target, month: Int, reason: String) {
        self.target = target
        self.month = month
        self.reason = reason
    }
}

/// The review's record at one month of the year, over every target with an outcome.
public struct HindcastScore: Sendable, Equatable {
    /// The review's month: data through the end of it.
    public var month: Int
    /// Targets scored at this month.
    public var count: Int
    /// Share of outcomes inside the 80% interval (NaN when none was scored).
    public var coverage80: Double
    /// Share of outcomes inside the 95% interval (NaN when none was scored).
    public var coverage95: Double
    /// Brier score of P(target met): mean of (p − 1{met})², 0 perfect, 0.25 a coin.
    public var brier: Double
    /// Targets with an outcome that could not be projected at this month.
    public var unscored: Int = 0
}

/// The review re-run at earlier months of a year, and its record: see `HindcastRow` and `HindcastScore`.
public enum Hindcast {
    /// The review re-run at the end of each of `months` of each year of the
    /// assessment (the review's settings as given, their as-of replaced), for
    /// the targets whose outcome is known; `scores` pools the years by month.
    /// The targets that could not be projected at a month come back as gaps.
    public static func run(dataset: Dataset, assessment: YearEndAssessment, months: [Int],
                           settings: PlanningReview.Settings) -> (rows: [HindcastRow], unscored: [HindcastGap]) {
        let known = assessment.outcomes.filter { $0.outcome != nil }
        guard !known.isEmpty else { return ([], []) }
        // By target, not a search per row: a country has ten thousand targets.
        let outcomeOf = Dictionary(known.map { ($0.target, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [HindcastRow] = []
        var unscored: [HindcastGap] = []
        for year in assessment.years {
            var thisYear = dataset
            // The year's band targets stay: the review scores a banded
            // indicator's units with the bands' count model, and so does its re-run.
            thisYear.bands = dataset.bands.filter { $0.period.year == year }
            thisYear.targets = known.map(\.target).filter { $0.period.year == year }
            guard !thisYear.targets.isEmpty else { continue }
            for month in months {
                var monthly = settings
                monthly.attainment.asOf = .month(year: year, month: month)
                let run = thisYear.bands.isEmpty ? AttainmentRun(dataset: thisYear, settings: monthly.attainment)
                    : PlanningReview(dataset: thisYear, settings: monthly).attainment
                for row in run.rows {
                    guard let outcome = outcomeOf[row.target] else { continue }
                    rows.append(HindcastRow(target: row.target, month: month, projected: row.projected, lo80: row.lo80, hi80: row.hi80,
                                            lo95: row.lo95, hi95: row.hi95, probability: row.probabilityMet, outcome: outcome.outcome!,
                                            reached: outcome.status == .met || outcome.status == .exceeded))
                }
                unscored += run.failures.map { HindcastGap(target: $0.target, month: month, reason: $0.reason) }
            }
        }
        return (rows, unscored)
    }

    /// Coverage and Brier score by month, months ascending (a month whose
    /// targets all went unscored has count 0 and NaN scores).
    public static func scores(_ rows: [HindcastRow], unscored: [HindcastGap] = []) -> [HindcastScore] {
        let gaps = Dictionary(grouping: unscored, by: \.month).mapValues(\.count)
        return Set(rows.map(\.month)).union(gaps.keys).sorted().map { month in
            let group = rows.filter { $0.month == month }
            let n = Double(group.count)
            return HindcastScore(
                month: month, count: group.count,
                coverage80: Double(group.filter(\.inside80).count) / n,
                coverage95: Double(group.filter(\.inside95).count) / n,
                brier: group.reduce(0.0) { $0 + ($1.probability - ($1.reached ? 1 : 0)) * ($1.probability - ($1.reached ? 1 : 0)) } / n,
                unscored: gaps[month] ?? 0)
        }
    }
}
