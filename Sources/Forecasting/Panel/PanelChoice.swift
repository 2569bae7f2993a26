/// The member set the panel forecast uses, chosen on the panel's own
/// rolling-origin errors (`PanelValidation`): among every subset of 1, 3 or
/// 5 members of the pool, the one whose median forecast has the least mean
/// absolute scaled error, averaged first within each horizon and then over
/// horizons (so the many short-horizon rows do not outvote the long ones).
///
/// Medians rather than means or fitted weights: on yearly panels of
/// 10–40 points the errors of a weight vector estimated from the same
/// errors are larger than those of a median of well-chosen members, and a
/// median ignores one member's blow-up (Petropoulos & Svetunkov 2020;
/// Kourentzes, Barrow & Petropoulos 2019, "Another look at forecast
/// selection and combination: evidence from forecast pooling"). Odd sizes
/// keep the median one member's forecast at every point. Ties go to the
/// larger set, then to the pool's order.
struct PanelChoice: Sendable {
    /// The chosen members, in pool order.
    var members: [PanelMember]
    /// The chosen set's validation score (mean absolute scaled error).
    var score: Double
    /// Each pool member's own score, alone.
    var memberScores: [(member: PanelMember, score: Double)]
    /// Number of series the validation scored.
    var seriesCount: Int

    static let subsetSizes = [5, 3, 1]

    /// The best subset of `pool` on `rows` (forecasts in `pool`'s order), or
    /// nil when no row was scored.
    static func choose(from pool: [PanelMember], sizes: [Int] = subsetSizes, rows: PanelValidation.Rows, horizon: Int) -> PanelChoice? {
        guard rows.count > 0 else { return nil }
        var rowsAtStep = [Double](repeating: 0, count: horizon + 1)
        for h in rows.step { rowsAtStep[h] += 1 }
        let scoredSteps = Double((1...horizon).filter { rowsAtStep[$0] > 0 }.count)
        let inverseScale = rows.scale.map { 1 / $0 }

        /// The score of the median of the members at `indices`.
        func score(_ indices: [Int]) -> Double {
            var perStep = [Double](repeating: 0, count: horizon + 1)
            let f = indices.map { rows.forecasts[$0] }
            for i in 0..<rows.count {
                let combined: Double
                switch f.count {
                case 1: combined = f[0][i]
                case 3: combined = median3(f[0][i], f[1][i], f[2][i])
                default: combined = median5(f[0][i], f[1][i], f[2][i], f[3][i], f[4][i])
                }
                perStep[rows.step[i]] += abs(rows.actual[i] - combined) * inverseScale[i]
            }
            var total = 0.0
            for h in 1...horizon where rowsAtStep[h] > 0 { total += perStep[h] / rowsAtStep[h] }
            return total / scoredSteps
        }

        var best: (indices: [Int], score: Double)? = nil
        for size in sizes where size <= pool.count {
            for subset in combinations(of: pool.count, size) {
                let s = score(subset)
                guard s.isFinite else { continue }
                if best == nil || s < best!.score { best = (subset, s) }
            }
        }
        guard let best else { return nil }
        return PanelChoice(
            members: best.indices.map { pool[$0] }, score: best.score,
            memberScores: pool.indices.map { (pool[$0], score([$0])) },
            seriesCount: Set(rows.series).count)
    }

    /// The k-element subsets of 0..<n in lexicographic order.
    static func combinations(of n: Int, _ k: Int) -> [[Int]] {
        guard k > 0, k <= n else { return [] }
        var result: [[Int]] = []
        var current = Array(0..<k)
        while true {
            result.append(current)
            var i = k - 1
            while i >= 0 && current[i] == n - k + i { i -= 1 }
            if i < 0 { return result }
            current[i] += 1
            for j in (i + 1)..<k { current[j] = current[j - 1] + 1 }
        }
    }
}
