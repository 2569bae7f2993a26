import Foundation

/// How many threads ChiTieu's batch work uses: `CHITIEU_THREADS` from the
/// environment (a whole number from 1), otherwise every active core.
///
/// Every parallel piece of work (reading a big file, fitting, forecasting,
/// writing) splits its items so that the result does not depend on this
/// number: one core and two give the same bytes (`ThreadCountTests`).
package enum Workers {
    /// The threads a batch uses.
    package static let count: Int = {
        if let text = ProcessInfo.processInfo.environment["CHITIEU_THREADS"], let n = Int(text), n >= 1 {
            return n
        }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()
}
