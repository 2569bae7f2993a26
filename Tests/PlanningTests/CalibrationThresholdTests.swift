import Forecasting
import Planning
import Probability
import Testing

/// When a panel is calibrated, and what the holdouts hold.
@Suite struct CalibrationThresholdTests {
    static let drift = AnyForecastingModel(RandomWalkWithDrift())

    static func panel(units: Int, length: Int, seed: UInt64 = 7) throws -> SeriesSelection {
        var generator = SeededGenerator(seed: seed)
        return try yearlyPanel((0..<units).map { _ in
            var y = [100.0]
            for _ in 1..<length { y.append(y[y.count - 1] + 1 + generator.normal()) }
            return y
        })
    }

    /// 3. Nine series never suffice, whatever their length.
    @Test func fewerThanTenSeriesGiveNil() throws {
        #expect(PanelCalibration.estimate(try Self.panel(units: 9, length: 60), model: Self.drift, horizon: 3, origins: 20) == nil)
        #expect(PanelCalibration.estimate(try Self.panel(units: 10, length: 60), model: Self.drift, horizon: 3, origins: 20) != nil)
    }

    /// Ten series × 2 origins = 20 errors per horizon: nil; × 3 = 30: calibrated, symmetrized.
    @Test func fewerThanThirtyErrorsPerHorizonGiveNil() throws {
        let panel = try Self.panel(units: 10, length: 20)
        #expect(PanelCalibration.estimate(panel, model: Self.drift, horizon: 4, origins: 2) == nil)
        let calibration = try #require(PanelCalibration.estimate(panel, model: Self.drift, horizon: 4, origins: 3))
        #expect(calibration.method == .symmetrized)
        #expect(calibration.summary.holdoutsPerHorizon == [30, 30, 30, 30])
        #expect(calibration.summary.seriesCount == 10)
    }

    /// A panel above `maximumSeries` is calibrated on that many of its series,
    /// every (n/max)-th: the same calibration as on those series alone.
    @Test func largePanelsAreSampledEvenly() throws {
        let panel = try Self.panel(units: 40, length: 20)
        let sampled = try #require(PanelCalibration.estimate(panel, model: Self.drift, horizon: 3, origins: 5, maximumSeries: 16))
        #expect(sampled.summary.seriesCount == 16)
        var every = panel
        let kept = (0..<16).map { $0 * 40 / 16 }
        #expect(kept == [0, 2, 5, 7, 10, 12, 15, 17, 20, 22, 25, 27, 30, 32, 35, 37])
        every.keys = kept.map { panel.keys[$0] }
        every.series = kept.map { panel.series[$0] }
        every.granularities = kept.map { panel.granularities[$0] }
        let alone = try #require(PanelCalibration.estimate(every, model: Self.drift, horizon: 3, origins: 5))
        let forecast = Forecast(model: "drift", start: 20, frequency: 1, mean: [0, 0, 0], levels: [95],
                                lower: [[-2, -3, -4]], upper: [[2, 3, 4]])
        #expect(sampled.calibrated(forecast) == alone.calibrated(forecast))
        #expect(PanelCalibration.estimate(panel, model: Self.drift, horizon: 3, origins: 5)?.summary.seriesCount == 40)
    }

    /// Short series skip origins (the drift model needs 3 values), and those
    /// holdouts do not count: 12 series of 6 values, horizon 2, origins 3
    /// leave trainings of 4, 3, 2 values — 24 holdouts, below 30.
    @Test func skippedOriginsDoNotCount() throws {
        #expect(PanelCalibration.estimate(try Self.panel(units: 12, length: 6), model: Self.drift, horizon: 2, origins: 3) == nil)
        #expect(PanelCalibration.estimate(try Self.panel(units: 15, length: 6), model: Self.drift, horizon: 2, origins: 3) != nil)
    }

    /// Naive on y = t: from every origin the error at step h is h and the
    /// naive σ̂ is 1 (every change is 1), so z_h = h/√h = √h exactly; stored
    /// as normal scores u = Φ⁻¹(T_ν(√h)) with ν = n − 2 for the origins'
    /// training lengths n = 9, 8, 7, the symmetrized distribution at h holds
    /// ±u for the three ν, and its 2.5% and 97.5% points are the extreme ±u (ν = 7).
    @Test func standardizedErrorsByHand() throws {
        let lines = try yearlyPanel((0..<10).map { _ in (0..<12).map(Double.init) })
        let calibration = try #require(PanelCalibration.estimate(
            lines, model: AnyForecastingModel(NaiveForecast()), horizon: 3, origins: 3))
        let forecast = Forecast(model: "naive", start: 12, frequency: 1, mean: [0, 0, 0], levels: [95],
                                lower: [[-1.959963984540054, -2, -3]], upper: [[1.959963984540054, 2, 3]])
        let calibrated = calibration.calibrated(forecast)
        // σ = (1, 2/1.96, 3/1.96): bounds at the definition-8 quantiles of {±u}, which are ±u at ν = 7.
        let sigma = [1, 2 / 1.959963984540054, 3 / 1.959963984540054]
        for h in 0..<3 {
            let root = Normal().quantile(StudentT(degreesOfFreedom: 7).cdf(Double(h + 1).squareRoot()))
            #expect(abs(calibrated.upper[0][h] - sigma[h] * root) < 1e-12)
            #expect(abs(calibrated.lower[0][h] + sigma[h] * root) < 1e-12)
        }
        // The nominal 80% interval ±1.2816·√h holds an error of h only at h = 1, the 95% one (±1.96·√h) at every h.
        #expect(calibration.summary.nominalCoverageByHorizon.map { $0[0] } == [100, 0, 0])
        #expect(calibration.summary.nominalCoverageByHorizon.map { $0[1] } == [100, 100, 100])
    }

    /// Steps beyond the holdouts' horizon use the last horizon's distribution on the forecast's own σ.
    @Test func stepsBeyondTheHorizonUseTheLast() throws {
        let calibration = try #require(PanelCalibration.estimate(try Self.panel(units: 40, length: 25), model: Self.drift, horizon: 2, origins: 4))
        let values: [Double] = (0..<25).map { t in
            let wiggle: Double = t % 3 == 0 ? 0.7 : -0.3
            return 100 + Double(t) + wiggle
        }
        let series = TimeSeries(start: 1980, frequency: 1, values: values)
        let forecast = try RandomWalkWithDrift().fit(series).forecast(horizon: 4, levels: [80, 95])
        let calibrated = calibration.calibrated(forecast)
        let sigma = calibration.standardDeviations(of: forecast)
        for h in 2..<4 {
            let factorAtH = (calibrated.upper[1][h] - forecast.mean[h]) / sigma[h]
            let factorAtTwo = (calibrated.upper[1][1] - forecast.mean[1]) / sigma[1]
            #expect(abs(factorAtH - factorAtTwo) < 1e-9)
        }
        var generator = SeededGenerator(seed: 1)
        let paths = calibration.samplePaths(around: forecast, count: 50, generator: &generator)
        for path in paths.values {
            let z: [Double] = (1..<4).map { h in (path[h] - forecast.mean[h]) / sigma[h] }
            #expect(abs(z[1] - z[0]) < 1e-9 && abs(z[2] - z[0]) < 1e-9)
        }
    }

    /// The same seed gives the same paths; a symmetrized calibration's paths
    /// are as often below the point as above.
    @Test func pathsAreSeededAndSymmetrized() throws {
        let calibration = try #require(PanelCalibration.estimate(try Self.panel(units: 12, length: 20), model: Self.drift, horizon: 3, origins: 4))
        #expect(calibration.method == .symmetrized)
        let forecast = try RandomWalkWithDrift().fit(TimeSeries(start: 1980, frequency: 1, values: [1, 3, 2, 5, 6, 8])).forecast(horizon: 3, levels: [80, 95])
        var first = SeededGenerator(seed: 9), second = SeededGenerator(seed: 9)
        let a = calibration.samplePaths(around: forecast, count: 4000, generator: &first)
        #expect(a == calibration.samplePaths(around: forecast, count: 4000, generator: &second))
        let below = Double(a.step(0).filter { $0 < forecast.mean[0] }.count) / 4000
        #expect(abs(below - 0.5) < 0.03)
        // Probabilities from the paths and from the smoothed distribution agree to within 1/n and sampling error.
        let c = forecast.mean[2] + 0.8 * calibration.standardDeviations(of: forecast)[2]
        let fromPaths = Double(a.step(2).filter { $0 >= c }.count) / 4000
        #expect(abs(fromPaths - calibration.probability(atLeast: c, stepsAhead: 3, forecast: forecast)) < 0.03)
    }
}
