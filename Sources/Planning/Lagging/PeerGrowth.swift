import Probability

/// How far each unit's growth lies below that of its peers — the other
/// children of the same parent — as a robust z-score:
///
///   zᵢ = (gᵢ − median(g)) / (1.4826 · MAD(g)),
///
/// the median and the median absolute deviation (scaled to the standard
/// deviation for normal data) resisting the very outliers being looked for.
/// Growth gᵢ is this year's January–m over last year's (for in-year data),
/// or the last year over the one before (for yearly data).
public enum PeerGrowth {
    /// Fewer peers than this give no score: a median and MAD of three values say little.
    public static let minimumPeers = 4

    /// Robust z-scores of the growth rates in `growth` (unit → growth), by
    /// group (unit → parent); units in groups too small, or with zero MAD, get none.
    public static func scores(growth: [String: Double], parent: [String: String]) -> [String: (z: Double, gap: Double)] {
        var groups: [String: [String]] = [:]
        for unit in growth.keys.sorted() {
            guard let p = parent[unit] else { continue }
            groups[p, default: []].append(unit)
        }
        var result: [String: (z: Double, gap: Double)] = [:]
        for members in groups.values where members.count >= minimumPeers {
            let values = members.map { growth[$0]! }
            let center = median(values)
            let mad = 1.4826 * median(values.map { abs($0 - center) })
            guard mad > 0 else { continue }
            for unit in members { result[unit] = ((growth[unit]! - center) / mad, growth[unit]! - center) }
        }
        return result
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }
}
