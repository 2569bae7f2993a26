import Foundation
import Optimization
import Testing

/// The grid-then-golden-section minimiser: it finds a smooth minimum to the
/// bracket width, prefers the global minimum the grid sees over a local one
/// nearer the start, and keeps a minimum that lies on the grid's end.
@Suite struct GridGoldenSectionTests {
    static let grid = (0...99).map { Double($0) / 100 }

    @Test func findsASmoothMinimumToTheWidth() {
        let found = GridGoldenSection.minimize(grid: Self.grid, { ($0 - 0.3137) * ($0 - 0.3137) }, value: { $0 })
        #expect(abs(found.x - 0.3137) < 1e-6 && found.result < 1e-12)
    }

    @Test func prefersTheGlobalMinimumTheGridSees() {
        // Local minimum near 0.2 (value 0.5), global near 0.8 (value 0).
        let f = { (x: Double) in min(0.5 + 10 * (x - 0.2) * (x - 0.2), 10 * (x - 0.8) * (x - 0.8)) }
        let found = GridGoldenSection.minimize(grid: Self.grid, f, value: { $0 })
        #expect(abs(found.x - 0.8) < 1e-6)
    }

    @Test func keepsAMinimumAtTheGridsEnd() {
        let found = GridGoldenSection.minimize(grid: Self.grid, { $0 }, value: { $0 })
        #expect(found.x == 0 && found.result == 0)
    }

    @Test func carriesTheCallersResult() {
        let found = GridGoldenSection.minimize(grid: Self.grid, { x in (x: x, square: (x - 0.5) * (x - 0.5)) }, value: \.square)
        #expect(abs(found.result.x - 0.5) < 1e-6 && found.x == found.result.x)
    }
}
