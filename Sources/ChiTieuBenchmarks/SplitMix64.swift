// Deterministic data, so every benchmark run times the same work.

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, fast, reproducible generator.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform on [0, 1) with 53 random bits.
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Irwin–Hall: the sum of 12 uniforms minus 6 has mean 0 and variance 1.
    mutating func approximatelyNormal() -> Double { (0..<12).reduce(0) { acc, _ in acc + uniform() } - 6 }

    /// Uniform on [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * uniform() }
}
