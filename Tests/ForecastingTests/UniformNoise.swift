/// Deterministic noise for generated test panels: a 64-bit linear
/// congruential generator (Knuth's MMIX constants), uniform on [−1, 1).
struct UniformNoise {
    var state: UInt64

    mutating func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(1 << 52) - 1
    }
}
