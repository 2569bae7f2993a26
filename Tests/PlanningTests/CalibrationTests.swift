import Forecasting
import Planning
import Probability
import Testing

/// Panel calibration against a process whose true probabilities are known
/// (`DriftingPanel`; truth from Fixtures/make-calibration-truth.py).
@Suite struct CalibrationTests {
    static let horizon = 5

    /// The drift model calibrated on a simulated panel of 200 units, 5 origins each.
    static func calibration(units: Int = 200, seed: UInt64 = 1) throws -> PanelCalibration {
        let panel = DriftingPanel.units(units, future: 0, seed: seed).map(\.history)
        return try #require(PanelCalibration.estimate(
            try yearlyPanel(panel), model: AnyForecastingModel(RandomWalkWithDrift()), horizon: horizon, origins: 5))
    }

    /// P(z_h ≥ t) of the process, `truth[h − 1][t]`, t on the grid −4, −3.95, …, 4.
    static func truth() throws -> [[Double: Double]] {
        var table = [[Double: Double]](repeating: [:], count: horizon)
        for row in try calibrationFixture("calibration-truth.csv") {
            table[Int(row["h"]!)! - 1][Double(row["t"]!)!] = Double(row["p"]!)!
        }
        return table
    }

    /// 1. On fresh units of the process, the calibrated P(Y_{T+h} ≥ c)
    /// matches the true probability within 0.03 on average (the nominal
    /// normal one does not). Targets c = ŷ_h + t·σ_h for t over the grid
    /// −2.5 … 2.5, a different t for each unit and step; the truth of such a
    /// target is P(z_h ≥ t) because z_h is pivotal.
    @Test func calibratedProbabilitiesMatchTheTruth() throws {
        let calibration = try Self.calibration()
        #expect(calibration.method == .empirical)
        #expect(calibration.summary.holdoutsPerHorizon == [1000, 1000, 1000, 1000, 1000])
        let truth = try Self.truth()
        let fresh = DriftingPanel.units(300, future: 0, seed: 2).map(\.history)
        var calibratedError = [Double](repeating: 0, count: Self.horizon)
        var nominalError = [Double](repeating: 0, count: Self.horizon)
        for (i, forecast) in try forecasts(RandomWalkWithDrift(), of: fresh, horizon: Self.horizon).enumerated() {
            let sigma = calibration.standardDeviations(of: forecast)
            for h in 1...Self.horizon {
                let t = ((-2.5 + 0.05 * Double((i * 37 + h * 11) % 101)) * 100).rounded() / 100
                let c = forecast.mean[h - 1] + t * sigma[h - 1]
                let p = calibration.probability(atLeast: c, stepsAhead: h, forecast: forecast)
                let expected = try #require(truth[h - 1][t])
                calibratedError[h - 1] += abs(p - expected) / Double(fresh.count)
                nominalError[h - 1] += abs(Normal().survival(t) - expected) / Double(fresh.count)
            }
        }
        let calibratedMAE = calibratedError.reduce(0, +) / Double(Self.horizon)
        let nominalMAE = nominalError.reduce(0, +) / Double(Self.horizon)
        print("calibration, P(Y ≥ c) mean absolute error by horizon: calibrated \(calibratedError), nominal \(nominalError); overall \(calibratedMAE) vs \(nominalMAE)")
        #expect(calibratedMAE <= 0.03)
        #expect(calibratedError.allSatisfy { $0 <= 0.04 })
        #expect(nominalMAE >= 0.04 && nominalMAE >= 3 * calibratedMAE, "the nominal probabilities are visibly off on this process")
        #expect(nominalError[4] >= 0.06, "most of all five steps ahead")
    }

    /// 2. Reliability: of fresh targets given a calibrated probability in
    /// [0.75, 0.85], the share reached is the bin's mean probability within
    /// three binomial standard errors (plus 0.01 for the calibration's own error).
    @Test func targetsGivenEightyPercentAreReachedEightyPercentOfTheTime() throws {
        let calibration = try Self.calibration()
        let units = DriftingPanel.units(3000, future: Self.horizon, seed: 3)
        let fitted = try forecasts(RandomWalkWithDrift(), of: units.map(\.history), horizon: Self.horizon)
        var generator = SeededGenerator(seed: 4)
        var calibratedBin: (p: Double, hit: Double, n: Double) = (0, 0, 0)
        var nominalBin: (p: Double, hit: Double, n: Double) = (0, 0, 0)
        for (unit, forecast) in zip(units, fitted) {
            let sigma = calibration.standardDeviations(of: forecast)
            for h in 1...Self.horizon {
                let c = forecast.mean[h - 1] + (4 * generator.uniform() - 3) * sigma[h - 1]
                let reached: Double = unit.future[h - 1] >= c ? 1 : 0
                let p = calibration.probability(atLeast: c, stepsAhead: h, forecast: forecast)
                if (0.75...0.85).contains(p) { calibratedBin = (calibratedBin.p + p, calibratedBin.hit + reached, calibratedBin.n + 1) }
                let nominal = Normal().survival((c - forecast.mean[h - 1]) / sigma[h - 1])
                if (0.75...0.85).contains(nominal) { nominalBin = (nominalBin.p + nominal, nominalBin.hit + reached, nominalBin.n + 1) }
            }
        }
        let (meanP, share) = (calibratedBin.p / calibratedBin.n, calibratedBin.hit / calibratedBin.n)
        let tolerance = 3 * (meanP * (1 - meanP) / calibratedBin.n).squareRoot() + 0.01
        print("calibration, reliability in 0.75–0.85: calibrated p̄ \(meanP), reached \(share) of \(Int(calibratedBin.n)); nominal p̄ \(nominalBin.p / nominalBin.n), reached \(nominalBin.hit / nominalBin.n) of \(Int(nominalBin.n))")
        #expect(calibratedBin.n >= 500)
        #expect(abs(share - meanP) <= tolerance)
        #expect(nominalBin.p / nominalBin.n - nominalBin.hit / nominalBin.n >= 0.04, "nominal probabilities promise more than comes")
    }

    /// Reliability of a target on the sum over all five steps, from the
    /// calibrated paths (whole holdout vectors) and from the nominal
    /// Gaussian paths: only the calibrated ones keep their promise.
    @Test func sumsOverStepsFromCalibratedPathsAreReliable() throws {
        let calibration = try Self.calibration()
        let units = DriftingPanel.units(1000, future: Self.horizon, seed: 5)
        let fitted = try forecasts(RandomWalkWithDrift(), of: units.map(\.history), horizon: Self.horizon)
        var generator = SeededGenerator(seed: 6)
        var calibratedBin: (p: Double, hit: Double, n: Double) = (0, 0, 0)
        var nominalBin: (p: Double, hit: Double, n: Double) = (0, 0, 0)
        for (unit, forecast) in zip(units, fitted) {
            let paths = calibration.samplePaths(around: forecast, count: 400, generator: &generator).sums(over: 0..<Self.horizon)
            let gaussian = SamplePaths.gaussian(around: forecast, count: 400, generator: &generator).sums(over: 0..<Self.horizon)
            let spread = calibration.standardDeviations(of: forecast).reduce(0, +)
            let target = forecast.mean.reduce(0, +) + (4 * generator.uniform() - 3) * spread / 2
            let reached: Double = unit.future.reduce(0, +) >= target ? 1 : 0
            let p = Double(paths.filter { $0 >= target }.count) / Double(paths.count)
            let nominal = Double(gaussian.filter { $0 >= target }.count) / Double(gaussian.count)
            if (0.75...0.85).contains(p) { calibratedBin = (calibratedBin.p + p, calibratedBin.hit + reached, calibratedBin.n + 1) }
            if (0.75...0.85).contains(nominal) { nominalBin = (nominalBin.p + nominal, nominalBin.hit + reached, nominalBin.n + 1) }
        }
        let (meanP, share) = (calibratedBin.p / calibratedBin.n, calibratedBin.hit / calibratedBin.n)
        let tolerance = 3 * (meanP * (1 - meanP) / calibratedBin.n).squareRoot() + 0.01
        print("calibration, sums over 5 steps in 0.75–0.85: calibrated p̄ \(meanP), reached \(share) of \(Int(calibratedBin.n)); nominal p̄ \(nominalBin.p / nominalBin.n), reached \(nominalBin.hit / nominalBin.n) of \(Int(nominalBin.n))")
        #expect(calibratedBin.n >= 100)
        #expect(abs(share - meanP) <= tolerance)
    }

    /// The summary's cross-fitted coverage is near the levels; the nominal is well below.
    @Test func summaryReportsNominalAndCrossFittedCoverage() throws {
        let summary = try Self.calibration().summary
        print("calibration, summary: \(summary)")
        #expect(summary.seriesCount == 200 && summary.completeHoldouts == 1000)
        #expect(summary.levels == [80, 95])
        #expect(abs(summary.calibratedCoverage[0] - 80) <= 3 && abs(summary.calibratedCoverage[1] - 95) <= 2)
        #expect(summary.nominalCoverage[1] <= 90)
        // The process does not change with time: calibrated on the earlier origins, the latest ones are covered as well.
        #expect(abs(summary.latestOriginCoverage[0] - 80) <= 4 && abs(summary.latestOriginCoverage[1] - 95) <= 3)
        #expect(summary.widthFactors[4] > summary.widthFactors[0], "the drift model's intervals are too narrow more at longer horizons")
    }
}
