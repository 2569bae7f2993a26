/// The pace the rest of the year needs, against the pace of past years:
/// after January–m brought `observed`, reaching `low` needs the remaining
/// months to bring low − observed, i.e. (low − observed) / observed times
/// what January–m brought. In past years the rest of the year brought
/// (totalᵧ − YTDᵧ) / YTDᵧ times January–m; a required ratio above every
/// past one asks for a pace the data have never shown.
public struct PaceNeeded: Sendable {
    /// The unit's id.
    public var unit: String
    /// The indicator's id.
    public var indicator: String
    /// The target year.
    public var year: Int
    /// m, the last month observed.
    public var month: Int
    /// January–m of the year.
    public var observed: Double
    /// low − observed: what the rest of the year must bring.
    public var remainingNeeded: Double
    /// (low − observed) / observed.
    public var requiredRatio: Double
    /// Past years and their rest-of-year ratios.
    public var pastYears: [Int]
    /// (totalᵧ − YTDᵧ) / YTDᵧ of each past year.
    public var pastRatios: [Double]

    /// The pace needed to reach `low` after January–`month`; nil when nothing of the year was observed or the year is over.
    public init?(target low: Double, unit: String, indicator: String, year: Int, flows: InYearFlows, month: Int) {
        guard month >= 1, month < 12, let observed = flows.yearToDate(year, through: month), observed > 0 else { return nil }
        var years: [Int] = []
        var ratios: [Double] = []
        for past in flows.yearsWithTotals where past < year {
            guard let ytd = flows.yearToDate(past, through: month), ytd > 0, let total = flows.total(past) else { continue }
            years.append(past)
            ratios.append((total - ytd) / ytd)
        }
        self.unit = unit
        self.indicator = indicator
        self.year = year
        self.month = month
        self.observed = observed
        remainingNeeded = low - observed
        requiredRatio = (low - observed) / observed
        pastYears = years
        pastRatios = ratios
    }

    /// Smallest, median and largest past ratio (NaN without past years).
    public var pastSummary: (min: Double, median: Double, max: Double) {
        let sorted = pastRatios.sorted()
        guard !sorted.isEmpty else { return (.nan, .nan, .nan) }
        let n = sorted.count
        let median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        return (sorted[0], median, sorted[n - 1])
    }
}
