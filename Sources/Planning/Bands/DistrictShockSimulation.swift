import ParallelWork
import Probability

/// Counts of units in bands when the units of one district move together:
/// a Gaussian copula with one shared factor per district.
///
/// For path s, district j draws z_j ~ N(0, 1), unit i of district j draws
/// ε_i ~ N(0, 1), and
///
///     u_i = Φ(√ρ z_j + √(1 − ρ) ε_i),   X_i = F_i⁻¹(u_i),
///
/// F_i the unit's `CountDistribution` (`quantile`). Each X_i keeps its own
/// distribution exactly (u_i is uniform), and two units of one district
/// have latent correlation ρ — the shared good or bad year of a district
/// (its budget, its staff, its weather). Units without a district get a
/// factor of their own. With ρ = 0 the units are independent and the
/// counts follow `PoissonBinomial`; with ρ > 0 a count's variance grows
/// (the units' indicator covariances are positive), so intervals widen and
/// a probability of reaching a target far from the mean moves toward ½.
///
/// ρ comes from the data (`PooledTransitionModel.Fitted.districtCorrelation`):
/// the share of the variance of yearly changes that lies between districts.
/// Every path uses its own stream `SeededGenerator(seed: seed, stream: s)`,
/// so the result depends only on the seed, not on the order paths are run in.
public enum DistrictShockSimulation {
    /// One unit of the simulation: its distribution and its district's index (nil: its own).
    public struct Member: Sendable {
        /// P(X = k) of the unit.
        public var distribution: CountDistribution
        /// The index of its district; nil: a unit of its own.
        public var district: Int?

        /// A member from its parts.
        public init(distribution: CountDistribution, district: Int?) {
            self.distribution = distribution
            self.district = district
        }
    }

    /// For each band (a closed range of counts), P(number of members in it = k), k = 0…members.
    public static func countProbabilities(_ members: [Member], bands: [ClosedRange<Int>], correlation rho: Double,
                                          seed: UInt64, paths: Int) -> [[Double]] {
        precondition(paths >= 1 && rho >= 0 && rho <= 1)
        let districts = (members.compactMap(\.district).max() ?? -1) + 1
        let cumulative = members.map { member in
            member.distribution.probabilities.reduce(into: [Double]()) { $0.append(($0.last ?? 0) + $1) }
        }
        let shared = rho.squareRoot(), own = (1 - rho).squareRoot()
        // Every path draws from its own stream (seed, s), so paths can be
        // simulated in pieces on every core and their whole-number tallies
        // added: the same counts in any order, on one core or many.
        let pieces = ParallelPieces.map(count: paths, minimumPiece: 250) { range -> [[Int]] in
            let normal = Normal()
            var tallies = [[Int]](repeating: [Int](repeating: 0, count: members.count + 1), count: bands.count)
            var shocks = [Double](repeating: 0, count: districts)
            var inBand = [Int](repeating: 0, count: bands.count)
            for s in range {
                var generator = SeededGenerator(seed: seed, stream: UInt64(s))
                for j in 0..<districts { shocks[j] = generator.normal() }
                for b in bands.indices { inBand[b] = 0 }
                for (i, member) in members.enumerated() {
                    let factor = member.district.map { shocks[$0] } ?? generator.normal()
                    let u = normal.cdf(shared * factor + own * generator.normal())
                    let x = quantile(cumulative[i], u)
                    for (b, band) in bands.enumerated() where band.contains(x) { inBand[b] += 1 }
                }
                for b in bands.indices { tallies[b][inBand[b]] += 1 }
            }
            return tallies
        }
        var tallies = pieces[0]
        for piece in pieces.dropFirst() {
            for b in bands.indices {
                for k in tallies[b].indices { tallies[b][k] += piece[b][k] }
            }
        }
        return tallies.map { row in row.map { Double($0) / Double(paths) } }
    }

    /// The smallest k with cumulative[k] ≥ u (the last index if rounding leaves the sum short of u).
    static func quantile(_ cumulative: [Double], _ u: Double) -> Int {
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] >= u { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
