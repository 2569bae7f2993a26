import Foundation
import Testing
@testable import Forecasting

/// The differencing decisions of `arima` against R (fixture
/// `arima-unitroot.csv` from `make-arima-fixtures.R`): the KPSS statistic
/// of urca's `ur.kpss` to 1e-10 relative, `ndiffs` exactly, and for seasonal
/// series the STL seasonal strength of forecast's `seas.heuristic` to 1e-6
/// and `nsdiffs` exactly.
@Suite struct ARIMAUnitRootTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let series: String
        let kpss: Double
        let ndiffs: Int
        let strength: Double?
        let nsdiffs: Int?
        var testDescription: String { series }
    }

    static let rows: [Row] = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("arima-unitroot.csv")
        let lines = try! String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        return lines.map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Row(series: cells[0], kpss: Double(cells[1])!, ndiffs: Int(cells[2])!,
                       strength: Double(cells[3]), nsdiffs: Int(cells[4]))
        }
    }()

    @Test(arguments: rows)
    func matchesR(_ row: Row) throws {
        let series = try #require(ARIMAFixtures.shared.series[row.series])
        let observed = series.values.filter { !$0.isNaN }
        let lags = Int((3 * Double(observed.count).squareRoot() / 13).rounded(.towardZero))
        #expect(relativeError(UnitRootTests.kpss(observed, lags: lags), row.kpss) <= 1e-10)
        #expect(UnitRootTests.regularDifferences(series.values) == row.ndiffs)
        if let strength = row.strength, let nsdiffs = row.nsdiffs {
            let ours = AutoARIMA.seasonalStrength(series.values, period: series.frequency)
            #expect(abs(ours - strength) <= 1e-6, "\(row.series): seasonal strength \(ours) vs R \(strength)")
            #expect((ours > 0.64 ? 1 : 0) == nsdiffs)
        }
    }
}
