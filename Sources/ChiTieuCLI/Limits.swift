import ArgumentParser

/// Bounds on what a command may be asked to produce, far beyond any real use
/// (a century of months ahead, a hundred thousand paths a unit), so that a
/// typo such as `--horizon 1000000` or `--paths 100000000` gets a message
/// instead of a 335 MB file or an exhausted machine.
enum Limits {
    /// Periods ahead: 100 years of months.
    static let horizon = 1_200
    /// Sample paths per unit behind a probability.
    static let paths = 100_000
    /// Backtest origins per unit.
    static let origins = 1_000

    /// Throws unless `value` lies in `range`, naming the option.
    static func check(_ value: Int, _ range: ClosedRange<Int>, option: String) throws {
        guard range.contains(value) else {
            throw ValidationError("\(option) must be from \(range.lowerBound) to \(range.upperBound), found \(value)")
        }
    }
}
