@testable import Planning
import Testing

/// The smoothed empirical distribution behind calibrated intervals and probabilities.
@Suite struct CalibrationDistributionTests {
    static let samples: [String: [Double]] = [
        "a": [0.3, -1.2, 2.5, 0.0, 0.7],
        "b": [-2.1, -0.4, -0.4, 0.1, 0.9, 1.3, 1.7, 3.2, -0.8, 0.05, 2.2],
    ]

    /// Quantiles as numpy's `median_unbiased` (R type 8) gives them (Fixtures/make-calibration-quantiles.py).
    @Test func quantilesMatchNumpy() throws {
        let rows = try calibrationFixture("calibration-quantiles.csv")
        #expect(rows.count == 28)
        for row in rows {
            let distribution = EmpiricalDistribution(Self.samples[row["sample"]!]!)
            let p = Double(row["p"]!)!, expected = Double(row["q"]!)!
            #expect(abs(distribution.quantile(p) - expected) < 1e-12, "sample \(row["sample"]!), p = \(p)")
        }
    }

    /// F inverts Q between the first and last order statistics, and is held
    /// at (2/3)/(n + 1/3) and (n − 1/3)/(n + 1/3) outside them.
    @Test func distributionFunctionInvertsTheQuantile() {
        let distribution = EmpiricalDistribution(Self.samples["a"]!)
        let n = 5.0
        let (low, high) = ((2.0 / 3) / (n + 1.0 / 3), (n - 1.0 / 3) / (n + 1.0 / 3))
        for p in stride(from: low, through: high, by: 0.01) {
            #expect(abs(distribution.cumulativeProbability(distribution.quantile(p)) - p) < 1e-12)
        }
        #expect(abs(distribution.cumulativeProbability(-5) - low) < 1e-15)
        #expect(abs(distribution.cumulativeProbability(2.5) - high) < 1e-15)
        #expect(abs(distribution.survival(9) - (1 - high)) < 1e-15)
        // x₍₂₎ = 0 is the ((2 − 1/3)/(n + 1/3))-quantile.
        #expect(abs(distribution.cumulativeProbability(0) - (2 - 1.0 / 3) / (n + 1.0 / 3)) < 1e-15)
    }

    /// At a tie, F is the probability of the last tied order statistic (x₍₃₎ = −0.4 in b).
    @Test func tiesTakeTheLastOrderStatistic() {
        let distribution = EmpiricalDistribution(Self.samples["b"]!)
        #expect(abs(distribution.cumulativeProbability(-0.4) - (4 - 1.0 / 3) / (11 + 1.0 / 3)) < 1e-15)
    }
}
