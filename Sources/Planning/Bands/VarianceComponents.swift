/// The one-way random-effects decomposition of values in groups,
///
///     r_gi = μ + a_g + e_gi,   Var a_g = τ²,   Var e_gi = σ²,
///
/// by the method of moments of the one-way ANOVA (Searle, Casella &
/// McCulloch 1992, *Variance Components*, §3.5), which holds for unequal
/// group sizes n_g, N = Σ n_g, G groups:
///
///     σ̂² = Σ_g Σ_i (r_gi − r̄_g)² / (N − G),
///     τ̂² = max(0, (Σ_g n_g (r̄_g − r̄)² − (G − 1) σ̂²) / (N − Σ_g n_g² / N)).
///
/// The empirical-Bayes (James–Stein) estimate of a group's effect is its
/// mean deviation shrunk by B_g = τ̂² / (τ̂² + σ̂²/n_g) (Morris 1983, JASA
/// 78:47–55), and the intraclass correlation — the correlation of two
/// members of one group — is ρ̂ = τ̂² / (τ̂² + σ̂²).
struct VarianceComponents: Sendable, Equatable {
    /// σ̂², within groups.
    var within: Double
    /// τ̂², between groups (0 when the groups differ no more than chance).
    var between: Double
    /// r̄, the grand mean.
    var grandMean: Double

    init(groups: [[Double]]) {
        let groups = groups.filter { !$0.isEmpty }
        let n = groups.reduce(0) { $0 + $1.count }
        let total = groups.reduce(0.0) { $0 + $1.reduce(0, +) }
        let grand = n > 0 ? total / Double(n) : 0
        grandMean = grand
        let means = groups.map { $0.reduce(0, +) / Double($0.count) }
        let withinSum = zip(groups, means).reduce(0.0) { sum, pair in
            sum + pair.0.reduce(0.0) { $0 + ($1 - pair.1) * ($1 - pair.1) }
        }
        let g = groups.count
        within = n > g ? withinSum / Double(n - g) : 0
        guard g >= 2, n > g else {
            between = 0
            return
        }
        let betweenSum = zip(groups, means).reduce(0.0) { $0 + Double($1.0.count) * ($1.1 - grand) * ($1.1 - grand) }
        let sizeTerm = Double(n) - groups.reduce(0.0) { $0 + Double($1.count * $1.count) } / Double(n)
        between = sizeTerm > 0 ? max(0, (betweenSum - Double(g - 1) * within) / sizeTerm) : 0
    }

    /// B = τ̂² / (τ̂² + σ̂²/n): how much of a group's mean deviation is kept.
    func shrinkage(groupSize: Int) -> Double {
        guard between > 0, groupSize > 0 else { return 0 }
        return between / (between + within / Double(groupSize))
    }

    /// ρ̂ = τ̂² / (τ̂² + σ̂²); 0 when both are 0.
    var intraclassCorrelation: Double {
        between + within > 0 ? between / (between + within) : 0
    }
}
