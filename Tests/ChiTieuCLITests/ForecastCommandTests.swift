import Foundation
import Testing

@Suite struct ForecastCommandTests {
    let panel = CommandRunner.fixtures.appendingPathComponent("linear-panel")

    /// `--model linear --format csv` against R's predict(lm(y ~ t), interval = "prediction"),
    /// made by Fixtures/make-linear-panel.R (one series has a missing year).
    @Test func linearCSVMatchesR() throws {
        let result = try CommandRunner.run([
            "forecast", "--data", panel.appendingPathComponent("observations.csv").path,
            "--indicator", "flow", "--horizon", "3", "--model", "linear", "--level", "80,95", "--format", "csv",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = csvRows(try String(contentsOf: panel.appendingPathComponent("expected-linear.csv"), encoding: .utf8))
        let actual = csvRows(result.stdout)
        try #require(actual.count == expected.count)
        #expect(actual[0] == expected[0], "header")
        for (a, e) in zip(actual.dropFirst(), expected.dropFirst()) {
            #expect(Array(a[0..<4]) == Array(e[0..<4]))
            for column in 4..<e.count {
                let x = try #require(Double(a[column])), y = try #require(Double(e[column]))
                #expect(abs(x - y) <= 1e-8 * abs(y), "\(e[0]) \(e[2]) column \(column): \(x) vs R \(y)")
            }
        }
    }

    @Test func jsonCarriesFitSummary() throws {
        let result = try CommandRunner.run([
            "forecast", "--data", panel.appendingPathComponent("observations.csv").path,
            "--indicator", "flow", "--unit", "nile", "--horizon", "2", "--model", "linear", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(json.count == 1)
        let series = json[0]
        #expect(series["unit"] as? String == "nile")
        #expect(series["model"] as? String == "linear")
        for key in ["parameters", "loglik", "aic", "aicc", "bic", "sigma2", "n", "forecast"] {
            #expect(series[key] != nil, "missing \(key)")
        }
        #expect(series["n"] as? Int == 12)
        #expect((series["forecast"] as? [Any])?.count == 2)
    }

    @Test func tableIsReadable() throws {
        let result = try CommandRunner.run([
            "forecast", "--data", panel.appendingPathComponent("observations.csv").path,
            "--indicator", "flow", "--unit", "nile", "--horizon", "2", "--model", "linear",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1913"))
        #expect(result.stdout.contains("80% interval"))
        #expect(result.stdout.contains("model linear"))
    }

    @Test func unknownIndicatorIsAUsageError() throws {
        let result = try CommandRunner.run(["forecast", "--data", panel.path, "--indicator", "nope", "--horizon", "1"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("the data hold: flow"))
    }

    @Test func badLevelAndHorizonAreUsageErrors() throws {
        let data = panel.appendingPathComponent("observations.csv").path
        #expect(try CommandRunner.run(["forecast", "--data", data, "--indicator", "flow", "--horizon", "0"]).status == 64)
        #expect(try CommandRunner.run(["forecast", "--data", data, "--indicator", "flow", "--horizon", "1", "--level", "80,100"]).status == 64)
        #expect(try CommandRunner.run(["forecast", "--data", data, "--indicator", "flow", "--horizon", "1", "--model", "crystal-ball"]).status == 64)
    }

    /// Without --data the bundled Sơn La dataset is used, with its unit and indicator names.
    @Test func bundledDatasetByDefault() throws {
        let english = try CommandRunner.run(["forecast", "--indicator", "revenue_plan_mof", "--horizon", "1", "--model", "naive"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.hasPrefix("Sơn La (son-la) — revenue_plan_mof: "))
        #expect(english.stdout.contains("(billion VND) — model naive"))
        // naive repeats the last plan, 1,975.5 bn VND (2014).
        #expect(english.stdout.contains("  2015        1,976   "))
        let vietnamese = try CommandRunner.run(["forecast", "--indicator", "revenue_plan_mof", "--horizon", "1", "--model", "naive", "--lang", "vi"])
        #expect(vietnamese.stdout.contains("(tỷ đồng) — mô hình naive"))
        #expect(vietnamese.stdout.contains("  2015    1.976   "))
    }

    /// --cap keeps every forecast and bound inside [0, cap].
    @Test func capBoundsTheIntervals() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("observations.csv")
        try "unit,indicator,period,value\nx,crit,2010,2\nx,crit,2011,5\nx,crit,2012,9\nx,crit,2013,13\nx,crit,2014,17\n".write(to: input, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["forecast", "--data", input.path, "--indicator", "crit", "--horizon", "3", "--cap", "19", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let values = csvRows(result.stdout).dropFirst().flatMap { $0[4...].compactMap(Double.init) }
        #expect(values.count == 15)
        #expect(values.allSatisfy { $0 >= 0 && $0 <= 19 })
        #expect(values.contains(19))
        #expect(try CommandRunner.run(["forecast", "--data", input.path, "--indicator", "crit", "--horizon", "1", "--cap", "0"]).status == 64)
    }

    /// The HTML page is self-contained and shows a unit named `<script>` as text.
    @Test func htmlEscapesNames() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("observations.csv")
        var text = "unit,indicator,period,value\n"
        for year in 2001...2008 { text += "<script>alert(1)</script>,flow,\(year),\(Double(year - 2000) * 1.5 + Double(year % 2))\n" }
        try text.write(to: input, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["forecast", "--data", input.path, "--indicator", "flow", "--horizon", "1", "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!result.stdout.contains("<script"))
    }

    /// A forecast that grows past the largest Double is that unit's error;
    /// the other units are forecast and no empty or infinite cell is written
    /// (issue 19, item 3).
    @Test func nonFiniteForecastIsTheUnitsOwnError() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("observations.csv")
        var text = "unit,indicator,period,value\n"
        for (k, year) in (2001...2012).enumerated() {
            text += "boom,flow,\(year),\(pow(2.0, Double(k)) * 1000)\n"
            text += "calm,flow,\(year),\(100 + 3 * k + (k % 2))\n"
        }
        try text.write(to: input, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["forecast", "--data", input.path, "--indicator", "flow", "--horizon", "1200",
                                            "--model", "loglinear", "--calibrate", "none", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("boom") && result.stderr.contains("not a finite number"), "\(result.stderr)")
        let rows = csvRows(result.stdout).dropFirst()
        #expect(rows.count == 1200 && rows.allSatisfy { $0[0] == "calm" })
        #expect(rows.allSatisfy { row in row.dropFirst(4).allSatisfy { Double($0)?.isFinite == true } })
    }

    /// When no series can be forecast (all too short) the command says why
    /// for each, writes no output file and exits 65 (issue 19, item 11).
    @Test func tooShortEverywhereIsExit65AndNoFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("observations.csv")
        try "unit,indicator,period,value\na,flow,2001,1\na,flow,2002,2\n".write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.csv")
        let result = try CommandRunner.run(["forecast", "--data", input.path, "--indicator", "flow", "--horizon", "2",
                                            "--model", "linear", "--format", "csv", "--output", output.path])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("a/flow") || result.stderr.contains("a flow") || result.stderr.contains("a,"), "\(result.stderr)")
        #expect(result.stderr.contains("too few observations"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path), "no header-only file")
    }

    /// An indicator never observed below 0 is never forecast below 0; one
    /// that has been negative (a balance) keeps its negative bounds
    /// (issue 19, item 7).
    @Test func nonNegativeIndicatorsStayAtOrAboveZero() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("observations.csv")
        let falling = [100, 80, 61, 45, 30, 22, 15, 10]
        var text = "unit,indicator,period,value\n"
        for (k, value) in falling.enumerated() {
            text += "a,investment,\(2006 + k),\(value)\n"
            text += "a,balance,\(2006 + k),\(value - 40)\n"
        }
        try text.write(to: input, atomically: true, encoding: .utf8)
        func cells(_ indicator: String) throws -> [Double] {
            let result = try CommandRunner.run(["forecast", "--data", input.path, "--indicator", indicator, "--horizon", "4",
                                                "--model", "drift", "--calibrate", "none", "--format", "csv"])
            #expect(result.status == 0, "\(result.stderr)")
            return csvRows(result.stdout).dropFirst().flatMap { $0.dropFirst(4).compactMap(Double.init) }
        }
        let investment = try cells("investment")
        #expect(investment.count == 20 && investment.allSatisfy { $0 >= 0 }, "\(investment)")
        #expect(investment.contains(0), "the falling drift reaches 0 and stops there")
        #expect(try cells("balance").contains { $0 < -40 }, "a balance may go below 0")
    }

    /// A --cap that the data already pass is refused with the observation's
    /// position, not applied silently to every forecast (issue 19, item 7).
    @Test func capBelowAnObservationIsRefused() throws {
        let observations = CommandRunner.fixtures.appendingPathComponent("linear-panel/observations.csv")
        let result = try CommandRunner.run(["forecast", "--data", observations.path, "--indicator", "flow", "--horizon", "2",
                                            "--model", "linear", "--cap", "600"])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("\(observations.path):2:"), "\(result.stderr)")
        #expect(result.stderr.contains("expected a value at most the --cap 600 of flow"), "\(result.stderr)")
    }
}
