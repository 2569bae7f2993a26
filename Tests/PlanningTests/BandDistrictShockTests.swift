import Planning
import Probability
import Testing

@Suite struct BandDistrictShockTests {
    /// 60 communes in 4 districts with varied distributions on 0…19.
    func members() -> [DistrictShockSimulation.Member] {
        var generator = SeededGenerator(seed: 99)
        return (0..<60).map { i in
            let centre = 2 + 14 * generator.uniform()
            let weights = (0...19).map { k in exp(-0.5 * pow((Double(k) - centre) / 2.0, 2)) }
            return .init(distribution: CountDistribution(weights: weights), district: i % 4)
        }
    }

    /// With ρ = 0 the simulated count of communes at 9 or more is the exact
    /// Poisson-binomial one within Monte-Carlo error: P(count ≥ k) within 3
    /// standard errors wherever 100 paths or more fall on each side, and the
    /// mean within 3 standard errors.
    @Test func noSharedShockIsTheConvolution() {
        let members = members()
        let paths = 50_000
        let simulated = DistrictShockSimulation.countProbabilities(members, bands: [9...19], correlation: 0, seed: 5, paths: paths)[0]
        let exact = CountOutcome(probabilities: PoissonBinomial.pmf(members.map { $0.distribution.probability(atLeast: 9) }), required: 30)
        let outcome = CountOutcome(probabilities: simulated, required: 30)
        var checked = 0
        for k in 1...members.count {
            let p = exact.probability(atLeast: k)
            guard p * Double(paths) >= 100, (1 - p) * Double(paths) >= 100 else { continue }
            checked += 1
            #expect(abs(outcome.probability(atLeast: k) - p) <= 3 * (p * (1 - p) / Double(paths)).squareRoot(), "k = \(k)")
        }
        #expect(checked >= 8)
        #expect(abs(outcome.expected - exact.expected) <= 3 * (exact.variance / Double(paths)).squareRoot())
    }

    /// A shared district shock keeps each commune's distribution (so the
    /// expected count) and widens the count: with ρ = 0.3 its variance is
    /// well above the independent one.
    @Test func sharedShockWidensTheCount() {
        let members = members()
        let paths = 40_000
        let exact = CountOutcome(probabilities: PoissonBinomial.pmf(members.map { $0.distribution.probability(atLeast: 9) }), required: 30)
        let shocked = CountOutcome(
            probabilities: DistrictShockSimulation.countProbabilities(members, bands: [9...19], correlation: 0.3, seed: 5, paths: paths)[0],
            required: 30)
        print("district shock ρ = 0.3: variance \(shocked.variance) against \(exact.variance) independent")
        #expect(shocked.variance > 1.5 * exact.variance)
        #expect(abs(shocked.expected - exact.expected) <= 3 * (shocked.variance / Double(paths)).squareRoot())
        #expect(shocked.hi95 - shocked.lo95 > exact.hi95 - exact.lo95)
    }

    /// ρ = 1 in one district with identical communes: all are in the band or none is.
    @Test func fullCorrelationMovesADistrictAsOne() {
        let distribution = CountDistribution(weights: [0, 0, 0, 1, 1, 2] + [Double](repeating: 0, count: 14))
        let members = (0..<10).map { _ in DistrictShockSimulation.Member(distribution: distribution, district: 0) }
        let paths = 20_000
        let counts = DistrictShockSimulation.countProbabilities(members, bands: [5...19], correlation: 1, seed: 3, paths: paths)[0]
        #expect(counts[1..<10].allSatisfy { $0 == 0 })
        #expect(abs(counts[10] - 0.5) <= 3 * (0.25 / Double(paths)).squareRoot())
    }

    @Test func sameSeedSameNumbers() {
        let members = members()
        let a = DistrictShockSimulation.countProbabilities(members, bands: [5...19, 14...19], correlation: 0.2, seed: 11, paths: 2_000)
        let b = DistrictShockSimulation.countProbabilities(members, bands: [5...19, 14...19], correlation: 0.2, seed: 11, paths: 2_000)
        let c = DistrictShockSimulation.countProbabilities(members, bands: [5...19, 14...19], correlation: 0.2, seed: 12, paths: 2_000)
        #expect(a == b)
        #expect(a != c)
        #expect(a.allSatisfy { abs($0.reduce(0, +) - 1) < 1e-12 })
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
