import Planning
import Probability
import Testing

@Suite struct BandCountDistributionTests {
    /// Rounded, censored normal and Student-t laws against scipy.stats.
    @Test(arguments: ["normal-mid", "t-near-cap", "t3-low", "normal-wide"])
    func discretisingMatchesScipy(_ name: String) throws {
        let rows = try bandFixture("bands-discretised.csv").filter { $0["case"] == name }
        let centre = Double(rows[0]["centre"]!)!, spread = Double(rows[0]["spread"]!)!
        let df = Double(rows[0]["df"]!)!, cap = Int(rows[0]["cap"]!)!
        let reference = rows.map { Double($0["value"]!)! }
        let distribution = CountDistribution.discretising(cap: cap) { x in
            let z = (x - centre) / spread
            return df == 0 ? Normal().cdf(z) : StudentT(degreesOfFreedom: df).cdf(z)
        }
        let worst = zip(distribution.probabilities, reference).map { abs($0 - $1) }.max()!
        #expect(worst < 1e-12, "largest difference \(worst)")
    }

    @Test func rankedProbabilityScoreMatchesReference() throws {
        let rows = try bandFixture("bands-rps.csv")
        let distribution = CountDistribution(weights: bandFixtureValues(rows, ["kind": "w"]))
        let reference = bandFixtureValues(rows, ["kind": "rps"])
        for (y, expected) in reference.enumerated() {
            #expect(abs(distribution.rankedProbabilityScore(y) - expected) < 1e-12, "y = \(y)")
        }
        #expect(CountDistribution.pointMass(at: 7, cap: 19).rankedProbabilityScore(7) == 0)
        // A point mass k steps away from the outcome scores k.
        #expect(CountDistribution.pointMass(at: 7, cap: 19).rankedProbabilityScore(10) == 3)
    }

    @Test func probabilitiesQuantilesAndMoments() {
        let d = CountDistribution(weights: [1, 0, 2, 1] + [Double](repeating: 0, count: 16))
        #expect(d.cap == 19)
        #expect(d.probabilities[0...3] == [0.25, 0, 0.5, 0.25])
        #expect(d.cdf(1) == 0.25 && d.cdf(-1) == 0 && d.cdf(19) == 1)
        #expect(d.probability(atLeast: 2) == 0.75 && d.probability(atLeast: 0) == 1 && d.probability(atLeast: 20) == 0)
        #expect(d.probability(in: 1, 2) == 0.5 && d.probability(in: 2.5, 19) == 0.25 && d.probability(in: 5, 19) == 0)
        #expect(d.mean == 1.75)
        #expect(abs(d.variance - (0.25 * 1.75 * 1.75 + 0.5 * 0.0625 + 0.25 * 1.5625)) < 1e-15)
        #expect(d.quantile(0.2) == 0 && d.quantile(0.25) == 0 && d.quantile(0.26) == 2 && d.quantile(0.999) == 3)
        #expect(abs(d.logScore(2) - 0.6931471805599453) < 1e-15)
        #expect(abs(d.logScore(1) - 13.815510557964274) < 1e-9, "floored at 1e-6")
    }

    @Test func edgesOfTheSupport() {
        #expect(CountDistribution.pointMass(at: 25, cap: 19).probabilities[19] == 1)
        #expect(CountDistribution.pointMass(at: -3, cap: 19).probabilities[0] == 1)
        // All mass far above the cap is censored to the cap.
        let above = CountDistribution.discretising(cap: 19) { Normal(mean: 40, standardDeviation: 1).cdf($0) }
        #expect(above.probabilities[19] == 1)
    }
}
