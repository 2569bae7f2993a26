extension PooledTransitionModel {
    /// A fitted pooled transition model (see `PooledTransitionModel` for the formulas).
    public struct Fitted: Sendable, Equatable {
        /// The largest count.
        public let cap: Int
        /// The level bins, covering 0…cap in order.
        public let bins: [ClosedRange<Int>]
        /// `changeProbabilities[b][δ + cap]` = π_b(δ), δ = −cap…cap.
        public let changeProbabilities: [[Double]]
        /// μ_b, the mean change from a level of bin b.
        public let binMeans: [Double]
        /// d_j, the shrunk effect of each district seen in the data (absent: 0).
        public let districtEffects: [String: Double]
        /// σ̂², the within-district variance of the changes' residuals.
        public let withinVariance: Double
        /// τ̂², the between-district variance of the changes' residuals.
        public let betweenVariance: Double
        /// The number of one-year changes the model was fitted on.
        public let changeCount: Int

        /// ρ̂ = τ̂²/(τ̂² + σ̂²): the correlation of two communes' changes in one
        /// district (0 without districts), the copula correlation of
        /// `DistrictShockSimulation`.
        ///
        /// The shrunk d_j are already in each commune's distribution, so
        /// using all of τ̂² again as a shared shock is the cautious reading:
        /// it treats next year's district deviation as uncertain as the
        /// deviations seen (with two or three years per commune, a lasting
        /// district effect and a district's good or bad year cannot be told
        /// apart). It widens the count's interval; it does not move its mean.
        public var districtCorrelation: Double {
            betweenVariance + withinVariance > 0 ? betweenVariance / (betweenVariance + withinVariance) : 0
        }

        /// The bin of level x.
        public func bin(of level: Int) -> Int {
            bins.firstIndex { $0.contains(level) } ?? bins.count - 1
        }

        /// K_j(x → ·): the distribution of next year's count from level x in a district with effect d.
        public func step(from level: Int, districtEffect d: Double) -> [Double] {
            let whole = Int(d.rounded(.down))
            let fraction = d - Double(whole)
            var next = [Double](repeating: 0, count: cap + 1)
            for (index, p) in changeProbabilities[bin(of: level)].enumerated() where p > 0 {
                let target = level + index - cap + whole
                next[min(cap, max(0, target))] += p * (1 - fraction)
                if fraction > 0 { next[min(cap, max(0, target + 1))] += p * fraction }
            }
            return next
        }

        /// The count `steps` years after a year at `level`, for a unit of `district`
        /// (nil or unseen: no district effect): the kernel applied `steps` times.
        public func distribution(from level: Int, steps: Int, district: String?) -> CountDistribution {
            precondition(steps >= 0)
            let d = district.flatMap { districtEffects[$0] } ?? 0
            let kernel = (0...cap).map { step(from: $0, districtEffect: d) }
            var current = [Double](repeating: 0, count: cap + 1)
            current[min(cap, max(0, level))] = 1
            for _ in 0..<steps {
                var next = [Double](repeating: 0, count: cap + 1)
                for x in 0...cap where current[x] > 0 {
                    for y in 0...cap { next[y] += current[x] * kernel[x][y] }
                }
                current = next
            }
            return CountDistribution(weights: current)
        }
    }
}
