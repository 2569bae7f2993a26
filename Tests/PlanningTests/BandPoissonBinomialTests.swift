import Planning
import Probability
import Testing

@Suite struct BandPoissonBinomialTests {
    /// The recursion against numpy's DFT of the characteristic function (`make-bands.py`), to 1e-12.
    @Test(arguments: ["small", "communes188", "extremes"])
    func matchesTheDFTReference(_ name: String) throws {
        let rows = try bandFixture("bands-poisson-binomial.csv")
        let p = bandFixtureValues(rows, ["case": name, "kind": "p"])
        let reference = bandFixtureValues(rows, ["case": name, "kind": "pmf"])
        let pmf = PoissonBinomial.pmf(p)
        try #require(pmf.count == reference.count)
        let worst = zip(pmf, reference).map { abs($0 - $1) }.max()!
        #expect(worst < 1e-12, "largest difference \(worst)")
        #expect(abs(pmf.reduce(0, +) - 1) < 1e-12)
    }

    /// Exact enumeration of all 2¹² outcomes.
    @Test func matchesExactEnumeration() {
        let p = [0.12, 0.5, 0.93, 0.4, 0.07, 0.66, 0.81, 0.29, 0.55, 0.999, 0.01, 0.73]
        var exact = [Double](repeating: 0, count: p.count + 1)
        for outcome in 0..<(1 << p.count) {
            var probability = 1.0
            var successes = 0
            for (i, q) in p.enumerated() {
                if outcome & (1 << i) != 0 { probability *= q; successes += 1 } else { probability *= 1 - q }
            }
            exact[successes] += probability
        }
        let worst = zip(PoissonBinomial.pmf(p), exact).map { abs($0 - $1) }.max()!
        #expect(worst < 1e-15)
    }

    /// "Band probabilities match a brute-force simulation": 10⁶ seeded draws
    /// of 40 independent communes; P(count ≥ k) within 3 standard errors
    /// √(P(1 − P)/10⁶) at every k where the normal approximation of the
    /// tally holds (at least 100 draws expected on each side).
    @Test func matchesBruteForceSimulation() {
        var generator = SeededGenerator(seed: 7)
        let p = (0..<40).map { _ in generator.uniform() }
        let outcome = CountOutcome(probabilities: PoissonBinomial.pmf(p), required: 20)
        let draws = 1_000_000
        var tally = [Int](repeating: 0, count: p.count + 1)
        for _ in 0..<draws {
            var count = 0
            for q in p where generator.uniform() < q { count += 1 }
            tally[count] += 1
        }
        var atLeast = 0
        var checked = 0
        for k in stride(from: p.count, through: 1, by: -1) {
            atLeast += tally[k]
            let simulated = Double(atLeast) / Double(draws)
            let exact = outcome.probability(atLeast: k)
            let se = (exact * (1 - exact) / Double(draws)).squareRoot()
            guard exact * Double(draws) >= 100, (1 - exact) * Double(draws) >= 100 else { continue }
            checked += 1
            #expect(abs(simulated - exact) <= 3 * se, "k = \(k): simulated \(simulated), exact \(exact)")
        }
        #expect(checked >= 12)
    }

    @Test func outcomeSummaries() {
        // Four certain successes and one coin: count is 4 or 5 with probability ½ each.
        let outcome = CountOutcome(probabilities: PoissonBinomial.pmf([1, 1, 1, 1, 0.5]), required: 5)
        #expect(outcome.probabilities == [0, 0, 0, 0, 0.5, 0.5])
        #expect(outcome.expected == 4.5)
        #expect(outcome.lo95 == 4 && outcome.hi95 == 5)
        #expect(outcome.pMet == 0.5)
        #expect(abs(outcome.variance - 0.25) < 1e-15)
        #expect(CountOutcome(probabilities: [1], required: 1).pMet == 0, "more required than there are units")
        #expect(CountOutcome(probabilities: [0.3, 0.7], required: 0).pMet == 1)
        #expect(PoissonBinomial.pmf([]) == [1])
    }
}
