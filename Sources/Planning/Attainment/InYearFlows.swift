import InputFiles

/// The in-year flows of one series — months, quarters or the spans of months
/// provinces report (`2013-01..2013-06`) — arranged by year, so that a
/// year-to-date figure and a whole year's total can be read off whatever
/// pieces were reported.
///
/// A value is the flow *in* its period (spec), so January–m is the sum of
/// the pieces that tile months 1…m exactly, and the year is the sum of
/// pieces that tile 1…12 (or the yearly value itself, where one is given).
public struct InYearFlows: Sendable {
    /// One reported flow: months `first…last` of a year.
    public struct Piece: Sendable, Equatable {
        /// The first month of the piece.
        public var first: Int
        /// The last month of the piece.
        public var last: Int
        /// The flow in those months.
        public var value: Double
    }

    /// Pieces of each year, sorted by first month.
    public private(set) var pieces: [Int: [Piece]]
    /// Yearly values given as such (granularity `year`).
    public private(set) var yearly: [Int: Double]

    /// From the observations of one (unit, indicator); missing values are left out.
    public init(_ observations: [Observation]) {
        var pieces: [Int: [Piece]] = [:]
        var yearly: [Int: Double] = [:]
        for row in observations {
            guard let value = row.value else { continue }
            if row.period.granularity == .year {
                yearly[row.period.year] = value
            } else {
                pieces[row.period.year, default: []].append(Piece(first: row.period.firstMonth, last: row.period.lastMonth, value: value))
            }
        }
        self.pieces = pieces.mapValues { $0.sorted { $0.first < $1.first } }
        self.yearly = yearly
    }

    /// Whether any in-year flow was reported.
    public var hasInYearFlows: Bool { !pieces.isEmpty }

    /// The last month m such that the year's pieces tile 1…m without a gap (0 when January is missing).
    public func coveredThrough(_ year: Int) -> Int {
        var month = 0
        for piece in pieces[year] ?? [] {
            guard piece.first == month + 1 else { break }
            month = piece.last
        }
        return month
    }

    /// The flow January…`month`, when reported pieces tile exactly those months.
    public func yearToDate(_ year: Int, through month: Int) -> Double? {
        guard month >= 1 else { return 0 }
        var covered = 0
        var sum = 0.0
        for piece in pieces[year] ?? [] {
            guard piece.first == covered + 1, piece.last <= month else { break }
            covered = piece.last
            sum += piece.value
        }
        return covered == month ? sum : nil
    }

    /// The whole year: its yearly value, else the sum of pieces tiling January–December.
    public func total(_ year: Int) -> Double? {
        yearly[year] ?? yearToDate(year, through: 12)
    }

    /// Years with a known total, ascending.
    public var yearsWithTotals: [Int] {
        Set(yearly.keys).union(pieces.keys).filter { total($0) != nil }.sorted()
    }
}
