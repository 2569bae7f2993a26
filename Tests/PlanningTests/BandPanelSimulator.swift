import Forecasting
import Planning
import Probability

/// A known transition model to simulate commune panels from, written
/// independently of `PooledTransitionModel`: the change from level x is drawn
/// from the pmf of x's bin over 0, 1, 2, 3, plus the district's effect
/// d = f + φ as +f, and +1 more with probability φ; the result is clamped to 0…cap.
struct BandPanelSimulator {
    var cap = 19
    /// Upper ends of the level bins: 0…4, 5…8, 9…13, 14…19.
    var binTops = [4, 8, 13, 19]
    /// P(Δ = 0, 1, 2, 3) by bin: the higher the level, the slower the progress.
    var changes: [[Double]] = [[0.25, 0.40, 0.25, 0.10], [0.30, 0.40, 0.22, 0.08], [0.40, 0.38, 0.17, 0.05], [0.55, 0.33, 0.12, 0.0]]
    /// District effects.
    var districtEffects: [Double]

    func bin(_ x: Int) -> Int { binTops.firstIndex { x <= $0 }! }

    /// P(next = y | x, district j), y = 0…cap.
    func kernel(from x: Int, district j: Int) -> [Double] {
        let d = districtEffects[j]
        let whole = Int(d.rounded(.down)), fraction = d - d.rounded(.down)
        var next = [Double](repeating: 0, count: cap + 1)
        for (delta, p) in changes[bin(x)].enumerated() {
            next[min(cap, max(0, x + delta + whole))] += p * (1 - fraction)
            next[min(cap, max(0, x + delta + whole + 1))] += p * fraction
        }
        return next
    }

    func step(from x: Int, district j: Int, _ generator: inout SeededGenerator) -> Int {
        let u = generator.uniform()
        var cumulative = 0.0
        for (y, p) in kernel(from: x, district: j).enumerated() {
            cumulative += p
            if u < cumulative { return y }
        }
        return cap
    }

    /// True P(X_{t+h} = y | X_t = x).
    func truth(from x: Int, steps: Int, district j: Int) -> [Double] {
        var current = [Double](repeating: 0, count: cap + 1)
        current[x] = 1
        for _ in 0..<steps {
            var next = [Double](repeating: 0, count: cap + 1)
            for from in 0...cap where current[from] > 0 {
                for (y, p) in kernel(from: from, district: j).enumerated() { next[y] += current[from] * p }
            }
            current = next
        }
        return current
    }

    /// `perDistrict` communes in each district, observed `years` (first year 2011),
    /// starting at levels spread over 0…12.
    func panel(perDistrict: Int, years: Int, seed: UInt64) -> [UnitHistory] {
        var generator = SeededGenerator(seed: seed)
        var histories: [UnitHistory] = []
        for j in districtEffects.indices {
            for c in 0..<perDistrict {
                var levels = [Int(generator.uniform() * 13)]
                for _ in 1..<years { levels.append(step(from: levels.last!, district: j, &generator)) }
                histories.append(UnitHistory(
                    unit: "d\(j)-c\(c)", parent: "d\(j)",
                    series: TimeSeries(start: 2011, frequency: 1, values: levels.map(Double.init))))
            }
        }
        return histories
    }
}
