/// The seed of one unit's random draws, from the run's seed and the unit's
/// id alone: the draws of a unit do not depend on where its rows stand in
/// the files, nor on which other units are in the data, so a shuffled or
/// extended dataset gives every unit the same paths (a property test
/// shuffles the rows of every file).
///
/// The id is hashed by 64-bit FNV-1a (Fowler–Noll–Vo) over its UTF-8 bytes,
/// a fixed function, unlike Swift's `Hasher`, which is seeded per process;
/// `SeededGenerator` mixes the result further.
public enum UnitSeed {
    /// The seed of `unit`'s draws under the run's seed `base`: base + (FNV-1a(unit) | 1) · 0x9E3779B97F4A7C15 (mod 2⁶⁴).
    public static func seed(_ base: UInt64, unit: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in unit.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return base &+ (hash | 1) &* 0x9E37_79B9_7F4A_7C15
    }
}
