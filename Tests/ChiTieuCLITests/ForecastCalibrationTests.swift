import Foundation
import Testing

/// `forecast` calibrates a panel's intervals by default and says so; the
/// 64 provinces' MoF revenue plans (Datasets/vietnam-provinces) are a panel
/// whose nominal drift intervals are far too narrow.
@Suite struct ForecastCalibrationTests {
    static let provinces = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Datasets/vietnam-provinces")

    func forecast(_ extra: [String]) throws -> CommandRunner.Outcome {
        try CommandRunner.run(["forecast", "--data", Self.provinces.path, "--indicator", "revenue_collected_plan",
                               "--horizon", "2", "--model", "drift", "--format", "json"] + extra)
    }

    @Test func calibratedByDefaultNominalOnRequest() throws {
        let calibrated = try forecast([])
        #expect(calibrated.status == 0, "\(calibrated.stderr)")
        #expect(calibrated.stdout.contains("\"intervals\": \"calibrated\"") || calibrated.stdout.contains("\"intervals\":\"calibrated\""))
        #expect(calibrated.stderr.contains("calibrated on its own holdout errors across 64 series"))
        let nominal = try forecast(["--calibrate", "none"])
        #expect(nominal.stdout.contains("nominal") && !nominal.stdout.contains("\"calibrated\""))

        // Nominal 95% intervals cover about 64% of these holdouts, so calibration widens them.
        func widths(_ text: String) throws -> [Double] {
            let objects = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
            return objects.flatMap { ($0["forecast"] as? [[String: Any]] ?? []).map { ($0["hi_95"] as! Double) - ($0["lo_95"] as! Double) } }
        }
        let (wide, narrow) = (try widths(calibrated.stdout), try widths(nominal.stdout))
        #expect(wide.count == narrow.count && !wide.isEmpty)
        #expect(zip(wide, narrow).filter { $0 > $1 }.count > wide.count * 3 / 4)
    }

    /// Two units shown are calibrated on the whole panel of 64.
    @Test func someUnitsCalibratedOnTheirPanel() throws {
        let result = try forecast(["--unit", "son-la,dien-bien"])
        #expect(result.status == 0 && result.stdout.contains("calibrated") && result.stderr.contains("64 series"))
    }

    /// One series is too few to calibrate on: nominal, and the output says so.
    @Test func singleSeriesStaysNominal() throws {
        let result = try CommandRunner.run(["forecast", "--indicator", "revenue_plan_mof", "--horizon", "2", "--model", "drift"])
        #expect(result.status == 0 && result.stdout.contains("nominal intervals"))
    }
}
