/// The minimum of a function of one variable over an interval, found on a
/// grid and refined by golden-section search between the best grid point's
/// neighbours (Kiefer 1953), to a bracket narrower than `width`.
///
/// The grid guards against local minima between its points' spacing and
/// the golden section converges linearly (ratio 0.618 a step) inside one
/// bracket: a profile likelihood in a smoothing parameter (theta's α, SES's
/// α) costs some 90 + 50 evaluations and is found to 10⁻¹² where a
/// simplex run stops at its own tolerance.
///
/// `f` returns whatever the caller needs at a point; `value` its objective.
/// Ties keep the earlier grid point; the refined point replaces the grid's
/// best only when strictly lower.
public enum GridGoldenSection {
    /// The minimiser of `value(f(x))` over the grid, refined between its
    /// neighbours: (x, f(x)) at the best point found.
    @inlinable
    public static func minimize<Result>(
        grid: [Double], width: Double = 1e-12, _ f: (Double) -> Result, value: (Result) -> Double
    ) -> (x: Double, result: Result) {
        precondition(!grid.isEmpty, "a grid of at least one point")
        var best = (x: grid[0], result: f(grid[0]))
        var bestIndex = 0
        for k in grid.indices.dropFirst() {
            let result = f(grid[k])
            if value(result) < value(best.result) {
                best = (grid[k], result)
                bestIndex = k
            }
        }
        var lo = grid[max(bestIndex - 1, 0)]
        var hi = grid[min(bestIndex + 1, grid.count - 1)]
        let golden = (5.0.squareRoot() - 1) / 2
        var x1 = hi - golden * (hi - lo)
        var x2 = lo + golden * (hi - lo)
        var f1 = f(x1)
        var f2 = f(x2)
        while hi - lo > width {
            if value(f1) <= value(f2) {
                hi = x2; x2 = x1; f2 = f1
                x1 = hi - golden * (hi - lo)
                f1 = f(x1)
            } else {
                lo = x1; x1 = x2; f1 = f2
                x2 = lo + golden * (hi - lo)
                f2 = f(x2)
            }
        }
        for candidate in [(x1, f1), (x2, f2)] where value(candidate.1) < value(best.result) { best = candidate }
        return best
    }
}
