// chitieu-bench: release-mode benchmarks that print per-series times.
//
//   swift run -c release chitieu-bench models [--series 10,1000,10000] [--length 12]
//   swift run -c release chitieu-bench models --data panel.csv [--frequency 12] --models ets,arima
//   swift run -c release chitieu-bench lstsq
//   swift run -c release chitieu-bench csv
//   swift run -c release chitieu-bench phases --data FILE --indicator I --horizon H --model M --output OUT
//   swift run -c release chitieu-bench review --data FOLDER --as-of 2014-06 --output OUT.html
//
// Benchmarks/compare.py runs this next to the same work in numpy and
// statsforecast and prints one table.

import InputFiles

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: "--\(name)"), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}

switch arguments.first {
case "models":
    let counts = (option("series") ?? "10,1000,10000").split(separator: ",").compactMap { Int($0) }
    let length = Int(option("length") ?? "12") ?? 12
    let models = (option("models") ?? "mean,naive,drift,linear,loglinear,quadratic").split(separator: ",").map(String.init)
    if let file = option("data") {
        benchmarkModels(file: file, frequency: Int(option("frequency") ?? "1") ?? 1, models: models)
    } else {
        benchmarkModels(seriesCounts: counts, length: length, models: models)
    }
case "lstsq":
    // The numeric core alone: one LeastSquares.solve for N trend series vs one call per series.
    // Its numpy counterpart is Benchmarks/bench_numpy.py.
    do { try runTrendBatchBenchmark() } catch { print("lstsq benchmark failed: \(error)") }
case "csv":
    benchmarkCSVThroughput()
case "phases":
    // Where `chitieu forecast` spends its time on a big file (issue 11): read, select, calibrate, forecast, render, write.
    guard let file = option("data") else { print("phases needs --data FILE"); break }
    benchmarkForecastPhases(file: file, indicator: option("indicator") ?? "revenue", horizon: Int(option("horizon") ?? "12") ?? 12,
                            model: option("model") ?? "auto", output: option("output") ?? "/tmp/chitieu-bench-phases.csv")
case "review":
    // Where `chitieu review` spends its time on a country (issue 11): read, bands, project, reconcile, review, render, write.
    guard let folder = option("data"), let asOf = option("as-of").flatMap({ Period($0) }) else { print("review needs --data FOLDER --as-of PERIOD"); break }
    benchmarkReviewPhases(folder: folder, asOf: asOf, output: option("output") ?? "/tmp/chitieu-bench-review.html")
default:
    print("usage: chitieu-bench models [--series 10,1000,10000] [--length 12] [--data FILE [--frequency F]] [--models a,b] | lstsq | csv | phases --data FILE [--indicator I] [--horizon H] [--model M] [--output OUT] | review --data FOLDER --as-of PERIOD [--output OUT]")
}
