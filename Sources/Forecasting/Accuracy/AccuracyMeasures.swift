/// The accuracy of forecasts against the values that came, the measures of
/// R's `forecast::accuracy()` on a test set plus the M3 sMAPE and interval
/// scores. With n scored points, eᵢ = yᵢ − ŷᵢ and Q the MASE scale:
///
///     MAE   = 1/n Σ |eᵢ|
///     RMSE  = √(1/n Σ eᵢ²)
///     MAPE  = 1/n' Σ 100·|eᵢ/yᵢ|             over the n' points with yᵢ ≠ 0
///     sMAPE = 1/n Σ 200·|eᵢ|/(|yᵢ| + |ŷᵢ|)   (Makridakis & Hibon 2000, the M3 protocol)
///     MASE  = 1/n'' Σ |eᵢ|/Q                 over the n'' points with a defined Q
///     coverage_L = 100 · #{Lᵢ ≤ yᵢ ≤ Uᵢ}/n   (percent)
///     winkler_L  = 1/n Σ Wᵢ                  (`IntervalScore.winkler`)
///
/// MAE, RMSE, MAPE and MASE are R's (`forecast:::testaccuracy`, Hyndman &
/// Koehler 2006). R's MAPE is infinite when some yᵢ = 0; here those points
/// are left out and `mapeCount` says how many remain (MAPE is NaN when
/// none do). MASE is NaN when no point has a scale (training data too short
/// or constant).
///
/// `mean(of:)` averages measures over series the way the M3 competition
/// averages sMAPE: the mean over series of each series' measure, each
/// series weighing the same however many points it has. A measure that is
/// NaN for a series (an undefined MAPE or MASE) is left out of that mean.
public struct AccuracyMeasures: Sendable, Equatable {
    /// Points scored.
    public var count: Int
    /// Series the measures are averaged over (1 for the measures of one series).
    public var seriesCount: Int
    /// Mean absolute error, mean |y − ŷ|.
    public var mae: Double
    /// Root mean squared error, √(mean (y − ŷ)²).
    public var rmse: Double
    /// Percent; NaN when every actual is 0.
    public var mape: Double
    /// Points (or, for a mean over series, series) that MAPE is taken over.
    public var mapeCount: Int
    /// Percent, in [0, 200].
    public var smape: Double
    /// NaN when no point has a scale.
    public var mase: Double
    /// Points (or series) that MASE is taken over.
    public var maseCount: Int
    /// Interval levels in percent.
    public var levels: [Double]
    /// Percent of points inside the interval, one per level.
    public var coverage: [Double]
    /// Mean Winkler score, one per level.
    public var winkler: [Double]

    /// The measures of a set of points (all with the same levels). With no
    /// points every measure is NaN and the counts are 0.
    public init(points: [ScoredPoint], levels: [Double]) {
        let n = Double(points.count)
        count = points.count
        seriesCount = points.isEmpty ? 0 : 1
        self.levels = levels
        var absolute = 0.0, squared = 0.0, symmetric = 0.0
        var percent = 0.0, percentCount = 0
        var scaled = 0.0, scaledCount = 0
        var inside = Array(repeating: 0, count: levels.count)
        var score = Array(repeating: 0.0, count: levels.count)
        for point in points {
            precondition(point.levels == levels, "every point carries the measures' levels")
            let e = point.error
            absolute += abs(e)
            squared += e * e
            symmetric += point.symmetricPercentError
            if let p = point.percentError {
                percent += abs(p)
                percentCount += 1
            }
            if let q = point.scaledError {
                scaled += abs(q)
                scaledCount += 1
            }
            for l in levels.indices {
                if point.covered(l) { inside[l] += 1 }
                score[l] += point.winkler(l)
            }
        }
        mae = absolute / n
        rmse = (squared / n).squareRoot()
        smape = symmetric / n
        mape = percentCount > 0 ? percent / Double(percentCount) : .nan
        mapeCount = percentCount
        mase = scaledCount > 0 ? scaled / Double(scaledCount) : .nan
        maseCount = scaledCount
        coverage = inside.map { 100 * Double($0) / n }
        winkler = score.map { $0 / n }
    }

    /// Measures given directly (for a mean, or for tests).
    public init(count: Int, seriesCount: Int, mae: Double, rmse: Double, mape: Double, mapeCount: Int, smape: Double, mase: Double, maseCount: Int, levels: [Double], coverage: [Double], winkler: [Double]) {
        self.count = count
        self.seriesCount = seriesCount
        self.mae = mae
        self.rmse = rmse
        self.mape = mape
        self.mapeCount = mapeCount
        self.smape = smape
        self.mase = mase
        self.maseCount = maseCount
        self.levels = levels
        self.coverage = coverage
        self.winkler = winkler
    }

    /// The mean over series of each measure (see the type's notes); the
    /// members with no points are left out. `count` is the total of points,
    /// `seriesCount` the number of series averaged, `mapeCount` and
    /// `maseCount` the number of series whose MAPE and MASE are defined.
    public static func mean(of members: [AccuracyMeasures], levels: [Double]) -> AccuracyMeasures {
        let scored = members.filter { $0.count > 0 }
        func average(_ value: (AccuracyMeasures) -> Double) -> (mean: Double, count: Int) {
            var sum = 0.0, count = 0
            for member in scored {
                let x = value(member)
                if x.isNaN { continue }
                sum += x
                count += 1
            }
            return (count > 0 ? sum / Double(count) : .nan, count)
        }
        let mape = average(\.mape), mase = average(\.mase)
        return AccuracyMeasures(
            count: scored.reduce(0) { $0 + $1.count },
            seriesCount: scored.count,
            mae: average(\.mae).mean,
            rmse: average(\.rmse).mean,
            mape: mape.mean, mapeCount: mape.count,
            smape: average(\.smape).mean,
            mase: mase.mean, maseCount: mase.count,
            levels: levels,
            coverage: levels.indices.map { l in average { $0.coverage[l] }.mean },
            winkler: levels.indices.map { l in average { $0.winkler[l] }.mean })
    }
}
