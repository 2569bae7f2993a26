import Testing
import Forecasting

/// Defined answers at the edges: too few points, constant series, gaps,
/// non-positive values for the log model, an empty series.
@Suite struct EdgeCaseTests {
    /// The fewest observed values each model needs (p + 1 for the trends:
    /// at least one residual degree of freedom).
    static let needed: [String: Int] = ["mean": 2, "naive": 2, "drift": 3, "linear": 3, "loglinear": 3, "quadratic": 4]

    @Test(arguments: foundationModelNames)
    func tooFewObservations(name: String) throws {
        let model = try #require(modelsByName[name])
        let k = Self.needed[name]!
        // k − 1 observed values, spread over a gap so the span is longer than the count.
        var values = (0..<(k - 1)).map { 10 + 3 * Double($0) }
        if values.count >= 2 { values.insert(.nan, at: 1) }
        let short = TimeSeries(start: 2000, frequency: 1, values: values)
        #expect(throws: ModelError.tooFewObservations(needed: k, found: k - 1)) { try model.fit(short) }
        let enough = TimeSeries(start: 2000, frequency: 1, values: (0..<k).map { 10 + 3 * Double($0) + Double($0 % 2) })
        _ = try model.fit(enough)
    }

    @Test(arguments: foundationModelNames)
    func emptySeries(name: String) throws {
        let model = try #require(modelsByName[name])
        let needed = Self.needed[name]!
        for empty in [TimeSeries(start: 2014, frequency: 1, values: []),
                      TimeSeries(start: 2014, frequency: 1, values: [.nan, .nan])] {
            #expect(empty.count == 0)
            #expect(throws: ModelError.tooFewObservations(needed: needed, found: 0)) { try model.fit(empty) }
            let batch = try #require(ModelCatalog.model(named: name)).fit(batch: [empty, empty])
            #expect(batch.count == 2)
            for result in batch {
                #expect(throws: ModelError.tooFewObservations(needed: needed, found: 0)) { try result.get() }
            }
        }
        #expect(try #require(ModelCatalog.model(named: name)).fit(batch: []).isEmpty)
    }

    /// A constant series has σ̂ = 0: every interval has zero width and sits on the constant.
    @Test(arguments: foundationModelNames)
    func constantSeries(name: String) throws {
        let model = try #require(modelsByName[name])
        let constant = TimeSeries(start: 2005, frequency: 1, values: [7.25, 7.25, .nan, 7.25, 7.25, 7.25, 7.25])
        let fitted = try model.fit(constant)
        let forecast = try fitted.forecast(horizon: 4, levels: [50, 95, 99])
        #expect(fitted.summary.sigma2 == 0)
        for h in 0..<4 {
            #expect(abs(forecast.mean[h] - 7.25) <= 7.25 * 1e-15, "\(name): \(forecast.mean[h])")
            for l in 0..<3 {
                #expect(forecast.lower[l][h] == forecast.mean[h] && forecast.upper[l][h] == forecast.mean[h])
            }
        }
        // A perfect fit has an unbounded likelihood: reported as nil, never ±∞.
        #expect(fitted.summary.logLikelihood == nil && fitted.summary.aic == nil && fitted.summary.bic == nil)
    }

    /// Time is the period ordinal: a missing year is a gap in t, not a shift.
    @Test func trendsFitAcrossGapsAtTheirOwnTimes() throws {
        let line = TimeSeries(start: 2001, frequency: 1, values: [3, 5, .nan, 9, 11.5, .nan, .nan, 17])
        let f = try LinearTrend().forecast(line, horizon: 2, levels: [95])
        let closed = TimeSeries(start: 2001, frequency: 1, values: line.values.filter { !$0.isNaN })
        let g = try LinearTrend().forecast(closed, horizon: 2, levels: [95])
        #expect(f.start == 2009 && g.start == 2006)
        #expect(f.mean != g.mean)
        // Exactly quadratic data with gaps: the quadratic recovers it to rounding.
        let t = [2001, 2002, 2004, 2005, 2008, 2009, 2010]
        let quad = TimeSeries(frequency: 1, observations: t.map { ($0, 4 + 0.5 * Double($0 - 2000) + 0.25 * Double(($0 - 2000) * ($0 - 2000))) })
        let q = try QuadraticTrend().forecast(quad, horizon: 3, levels: [80])
        for (h, time) in q.times.enumerated() {
            let s = Double(time - 2000)
            #expect(abs(q.mean[h] - (4 + 0.5 * s + 0.25 * s * s)) <= 1e-10 * q.mean[h])
        }
    }

    /// Leading and trailing gaps are trimmed: the forecast starts after the last observation.
    @Test(arguments: foundationModelNames)
    func trailingGapsAreTrimmed(name: String) throws {
        let model = try #require(modelsByName[name])
        let padded = TimeSeries(start: 1999, frequency: 1, values: [.nan, 4, 5.5, 5, 7, 8.5, .nan, .nan])
        let plain = TimeSeries(start: 2000, frequency: 1, values: [4, 5.5, 5, 7, 8.5])
        #expect(try model.forecast(padded, horizon: 3, levels: [80]) == model.forecast(plain, horizon: 3, levels: [80]))
    }

    @Test func logLinearRejectsNonPositiveValues() throws {
        let withZero = TimeSeries(start: 2010, frequency: 1, values: [3, 4, 0, 6, 7])
        #expect(throws: ModelError.nonPositiveValue(0)) { try LogLinearTrend().fit(withZero) }
        let negative = TimeSeries(start: 2010, frequency: 1, values: [3, .nan, -2.5, 6, 7])
        #expect(throws: ModelError.nonPositiveValue(-2.5)) { try LogLinearTrend().fit(negative) }
        // The linear models take the same series.
        _ = try LinearTrend().fit(negative)
        // In a batch, the bad unit fails alone.
        let good = TimeSeries(start: 2010, frequency: 1, values: [3, 4, 5, 6, 7.5])
        let batch = LogLinearTrend().fit(batch: [good, withZero, good])
        #expect(throws: ModelError.nonPositiveValue(0)) { try batch[1].get() }
        #expect(try batch[0].get() == batch[2].get())
    }

    @Test(arguments: foundationModelNames)
    func nonFiniteValuesFailPerUnit(name: String) throws {
        let model = try #require(ModelCatalog.model(named: name))
        let bad = TimeSeries(start: 2010, frequency: 1, values: [4, .infinity, 6, 7, 8])
        let good = TimeSeries(start: 2010, frequency: 1, values: [4, 5, 6.5, 7, 8])
        let batch = model.fit(batch: [bad, good])
        #expect(throws: ModelError.self) { try batch[0].get() }
        _ = try batch[1].get()
    }
}
