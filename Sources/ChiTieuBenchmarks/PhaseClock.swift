import Foundation

/// Wall time per named phase of one run, in the order the phases first
/// ran; a phase timed twice adds up (the review's projections, one per
/// indicator and year).
struct PhaseClock {
    private let clock = ContinuousClock()
    private(set) var phases: [(name: String, seconds: Double)] = []

    /// Runs `work`, adding its wall time to `phase`.
    mutating func time<T>(_ phase: String, _ work: () throws -> T) rethrows -> T {
        let start = clock.now
        let result = try work()
        let elapsed = seconds(clock.now - start)
        if let index = phases.firstIndex(where: { $0.name == phase }) {
            phases[index].seconds += elapsed
        } else {
            phases.append((phase, elapsed))
        }
        return result
    }

    /// One line per phase: its name, seconds and `extra` (per-series time, share of the total).
    func lines(_ extra: (Double) -> String = { _ in "" }) -> [String] {
        phases.map { $0.name.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: " %8.3f s", $0.seconds) + extra($0.seconds) }
    }
}
