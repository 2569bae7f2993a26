import Foundation
import Testing

@Suite struct BacktestCommandTests {
    let panel = CommandRunner.fixtures.appendingPathComponent("backtest-panel")

    func backtest(_ extra: [String]) throws -> CommandRunner.Outcome {
        try CommandRunner.run(["backtest", "--data", panel.path, "--indicator", "output"] + extra)
    }

    /// The long-form CSV for naive and mean, 4 origins, horizon 3, against
    /// Fixtures/make-backtest-panel.py (numpy/scipy, from the definitions).
    /// The panel has a missing year that falls on an origin, a zero actual,
    /// values of both signs and a series too short for 3 of its 4 origins.
    @Test func csvMatchesTheIndependentComputation() throws {
        let result = try backtest(["--horizon", "3", "--origins", "4", "--models", "naive,mean", "--level", "80,95", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = csvRows(try String(contentsOf: panel.appendingPathComponent("expected-naive-mean.csv"), encoding: .utf8))
        let actual = csvRows(result.stdout)
        try #require(actual.count == expected.count)
        #expect(actual[0] == expected[0], "header")
        for (a, e) in zip(actual.dropFirst(), expected.dropFirst()) {
            let label = e[0..<4].joined(separator: " ")
            #expect(Array(a[0..<6]) == Array(e[0..<6]), "\(label): model, unit, indicator, horizon, series, n")
            for column in 6..<e.count {
                if e[column].isEmpty {
                    #expect(a[column].isEmpty, "\(label) \(expected[0][column]) should be undefined")
                    continue
                }
                let x = try #require(Double(a[column]), "\(label) \(expected[0][column])")
                let y = try #require(Double(e[column]))
                #expect(abs(x - y) <= 1e-10 * max(abs(y), 1), "\(label) \(expected[0][column]): \(x) vs \(y)")
            }
        }
    }

    @Test func tableHasOneRowPerModelAndSaysWhatWasSkipped() throws {
        let result = try backtest(["--horizon", "3", "--origins", "4"])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.hasPrefix("Backtest of output (yearly): 4 series, horizon 1–3, 4 origins 1 year apart"))
        for model in ["naive", "drift", "linear"] {
            #expect(out.contains("\n\(model) "), "a row for \(model)")
        }
        #expect(out.contains("sMAPE %"))
        #expect(out.contains("in 95%"))
        // gamma (5 years) leaves naive 2 values at its latest origin only: 3 of 16 pairs skipped.
        #expect(out.contains("naive: skipped 3 of 16 (series, origin) pairs"))
        // linear needs 3 values, so gamma's latest origin is skipped too.
        #expect(out.contains("linear: skipped 4 of 16"))
        #expect(out.contains("Note: the models were scored on different numbers of series"))
        let vietnamese = try backtest(["--horizon", "3", "--origins", "4", "--lang", "vi"])
        #expect(vietnamese.stdout.hasPrefix("Kiểm định dự báo"))
        #expect(vietnamese.stdout.contains("bỏ qua 3 trên 16"))
    }

    /// Without --origins: 5, or fewer so the longest series (15 years) keeps
    /// 3 values at the earliest origin: horizon 10 leaves (15 − 10 − 3) + 1 = 3.
    @Test func defaultOriginsShrinkForShortData() throws {
        let five = try backtest(["--horizon", "3", "--format", "json"])
        let json5 = try #require(try JSONSerialization.jsonObject(with: Data(five.stdout.utf8)) as? [String: Any])
        #expect(json5["origins"] as? Int == 5)
        let three = try backtest(["--horizon", "10", "--models", "naive", "--format", "json"])
        #expect(three.status == 0, "\(three.stderr)")
        let json3 = try #require(try JSONSerialization.jsonObject(with: Data(three.stdout.utf8)) as? [String: Any])
        #expect(json3["origins"] as? Int == 3)
    }

    @Test func jsonCarriesPlanModelsAndSeries() throws {
        let result = try backtest(["--horizon", "2", "--origins", "2", "--step", "2", "--models", "naive,linear", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["indicator"] as? String == "output")
        #expect(json["step"] as? Int == 2)
        #expect(json["levels"] as? [Double] == [80, 95])
        let models = try #require(json["models"] as? [[String: Any]])
        #expect(models.map { $0["model"] as? String } == ["naive", "linear"])
        let series = try #require(models[0]["series"] as? [[String: Any]])
        #expect(series.map { $0["unit"] as? String } == ["alpha", "beta", "gamma", "delta"])
        // alpha ends in 2014: origins 2014 − 2 = 2012 and 2012 − 2 = 2010.
        #expect(series[0]["origins"] as? [String] == ["2012", "2010"])
        #expect(series[0]["fitted"] as? [String] == ["naive"])
        let overall = try #require(models[0]["overall"] as? [String: Any])
        for key in ["n", "series", "mae", "rmse", "mape", "smape", "mase", "coverage_80", "coverage_95", "winkler_80", "winkler_95"] {
            #expect(overall[key] != nil, "missing \(key)")
        }
        #expect((models[0]["horizons"] as? [Any])?.count == 2)
    }

    /// --unit narrows the panel; the unit rows are the same as in the whole panel's run.
    @Test func unitsCanBeChosen() throws {
        let some = try backtest(["--horizon", "3", "--origins", "4", "--models", "naive", "--unit", "alpha,delta", "--format", "csv"])
        #expect(some.status == 0, "\(some.stderr)")
        let rows = csvRows(some.stdout).dropFirst()
        #expect(Set(rows.map { $0[1] }) == ["all", "alpha", "delta"])
        let whole = csvRows(try backtest(["--horizon", "3", "--origins", "4", "--models", "naive", "--format", "csv"]).stdout)
        #expect(rows.filter { $0[1] == "alpha" } == whole.filter { $0[1] == "alpha" })
        #expect(rows.first?[4] == "2", "the panel row averages 2 series")
        #expect(try backtest(["--horizon", "3", "--unit", "omega"]).status == 64)
    }

    @Test func markdownAndExcel() throws {
        let markdown = try backtest(["--horizon", "2", "--origins", "2", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("### Backtest of output"))
        #expect(markdown.stdout.contains("| naive |"))
        let excel = try backtest(["--horizon", "2", "--origins", "2", "--excel"])
        #expect(excel.stdout.hasPrefix("\u{FEFF}model,unit,indicator,horizon,"))
    }

    @Test func writesTheOutputFileWhole() throws {
        let folder = try CommandRunner.temporaryFolder()
        let path = folder.appendingPathComponent("scores.csv").path
        let result = try backtest(["--horizon", "2", "--origins", "2", "--format", "csv", "--output", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("model,unit,indicator,horizon,series,n,mae,"))
        let input = panel.appendingPathComponent("observations.csv").path
        let refused = try CommandRunner.run(["backtest", "--data", input, "--indicator", "output", "--horizon", "1", "--output", input])
        #expect(refused.status == 64)
    }

    @Test func usageErrorsExit64() throws {
        #expect(try backtest(["--horizon", "0"]).status == 64)
        #expect(try backtest(["--horizon", "2", "--origins", "0"]).status == 64)
        #expect(try backtest(["--horizon", "2", "--step", "0"]).status == 64)
        #expect(try backtest(["--horizon", "2", "--level", "80,100"]).status == 64)
        let unknownModel = try backtest(["--horizon", "2", "--models", "naive,crystal-ball"])
        #expect(unknownModel.status == 64)
        #expect(unknownModel.stderr.contains("crystal-ball"))
        let unknownIndicator = try CommandRunner.run(["backtest", "--data", panel.path, "--indicator", "nope", "--horizon", "1"])
        #expect(unknownIndicator.status == 64)
        #expect(unknownIndicator.stderr.contains("the data hold: output"))
    }

    @Test func badDataExit65() throws {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("observations.csv")
        try "unit,indicator,period,value\na,output,2010,1\na,output,20x1,2\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["backtest", "--data", file.path, "--indicator", "output", "--horizon", "1"])
        #expect(result.status == 65)
        #expect(result.stderr.contains(":3:"))
    }

    /// When no origin leaves any series enough data, nothing is scored: the
    /// data cannot answer, so exit 65, say why, and print no empty table.
    @Test func nothingScoredExits65() throws {
        let result = try backtest(["--horizon", "14", "--origins", "1", "--models", "linear"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("no forecast could be scored"))
        #expect(result.stdout.isEmpty)
    }
}
