import Foundation

/// One slot per item of a batch spread over threads: each thread claims the
/// next item nobody has taken and writes its result into that item's slot,
/// so results come back in the items' order whatever the threads' timing.
package final class WorkSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private var next = 0
    private let lock = NSLock()

    package init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The index of the next item nobody has taken, nil when all are taken.
    package func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    /// Stores the result of item `index`.
    package func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Every result, in the items' order (each must have been set).
    package var values: [Value] { slots.map { $0! } }
}
