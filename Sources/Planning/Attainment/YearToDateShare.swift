import Probability

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The year projected from its first months by the share of the year those
/// months have carried in the past:  year = YTD ÷ share.
///
/// With past shares sᵧ = YTDᵧ(m) / totalᵧ of n years, the log share of the
/// current year is predicted as a new draw from the same normal population,
/// log s ~ ℓ̄ + s_ℓ √(1 + 1/n) · t₍ₙ₋₁₎ (the prediction interval of a normal
/// sample), which carries both the spread of the share across years and the
/// uncertainty of its mean. Working on logs keeps the share positive and the
/// year's distribution right-skewed, as a ratio's is. It needs n ≥ 3 past
/// years (two degrees of freedom, so the t draw has a finite variance).
public struct YearToDateShare: Sendable {
    /// Past years with both January–m and a whole-year total, and their shares.
    public var years: [Int]
    /// January–m over the year, one per past year.
    public var shares: [Double]

    /// Past years the share needs (so that its t draw has a finite variance).
    public static let minimumYears = 3

    /// The past shares of January–`month` before `year`, or nil with fewer than `minimumYears`.
    public init?(flows: InYearFlows, before year: Int, month: Int) {
        var years: [Int] = []
        var shares: [Double] = []
        for past in flows.yearsWithTotals where past < year {
            guard let ytd = flows.yearToDate(past, through: month), let total = flows.total(past),
                  ytd > 0, total > 0 else { continue }
            years.append(past)
            shares.append(ytd / total)
        }
        guard years.count >= Self.minimumYears else { return nil }
        self.years = years
        self.shares = shares
    }

    /// Draws of the year's total from the observed January–m flow.
    public func draws(yearToDate: Double, count: Int, generator: inout SeededGenerator) -> [Double] {
        let logs = shares.map { log($0) }
        let n = Double(logs.count)
        let mean = logs.reduce(0, +) / n
        let sd = (logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
        let scale = sd * (1 + 1 / n).squareRoot()
        let degrees = logs.count - 1
        return (0..<count).map { _ in
            // Student t as Z / √(χ²_ν / ν), χ²_ν a sum of ν squared normals.
            let z = generator.normal()
            var chiSquare = 0.0
            for _ in 0..<degrees { let w = generator.normal(); chiSquare += w * w }
            let t = z / (chiSquare / Double(degrees)).squareRoot()
            return yearToDate / exp(mean + scale * t)
        }
    }

    /// The rest of the year as a multiple of January–m in each past year: (total − YTD) / YTD = 1/s − 1.
    public var restRatios: [Double] { shares.map { 1 / $0 - 1 } }
}
