/// The two sums the simple models are built from, accumulated in index
/// order so a fit is reproducible to the bit.
extension Array where Element == Double {
    /// Σ xᵢ in index order.
    var sum: Double { reduce(0, +) }

    /// Σ (xᵢ − c)².
    func sumOfSquares(about c: Double = 0) -> Double {
        reduce(0) { $0 + ($1 - c) * ($1 - c) }
    }
}
