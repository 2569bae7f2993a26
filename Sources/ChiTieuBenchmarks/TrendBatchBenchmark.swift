import LinearAlgebra

/// Times linear-trend fits of many series that share the same years: every
/// series in ONE `LeastSquares.solve` call (one QR of the 12 × 2 design,
/// N right-hand sides), against one call per series.
///
/// For each N it prints the best of `repetitions` wall-clock times, in total
/// and per series, e.g.
///
///     trend-batch N=1000 years=12 batch: total 812.3 µs, 0.812 µs/series | loop: total 9512.0 µs, 9.512 µs/series
///
/// Benchmarks/bench_numpy.py prints the same lines for numpy.linalg.lstsq.
/// Call from main.swift: `try runTrendBatchBenchmark()`; meaningful only in a
/// release build (`swift run -c release chitieu-bench`).
func runTrendBatchBenchmark(
    seriesCounts: [Int] = [10, 1_000, 10_000],
    years: Int = 12,
    repetitions: Int = 5
) throws {
    // Centred years, as Forecasting's linear trend uses them: design [1, t − t̄].
    let centred = (0..<years).map { Double($0) - Double(years - 1) / 2 }
    let design = Matrix(columns: [[Double](repeating: 1, count: years), centred])
    var generator = SplitMix64(seed: 2014)

    for seriesCount in seriesCounts {
        let responses = Matrix(columns: (0..<seriesCount).map { _ in
            let level = generator.uniform(100, 10_000), slope = generator.uniform(-50, 50)
            return centred.map { level + slope * $0 + generator.uniform(-20, 20) }
        })
        let singles = (0..<seriesCount).map { Matrix(columns: [responses.column($0)]) }
        var checksum = 0.0

        let batch = try bestTime(of: repetitions) {
            let solution = try LeastSquares.solve(design: design, responses: responses)
            checksum += solution.coefficients[1, seriesCount - 1]
        }
        let loop = try bestTime(of: repetitions) {
            for response in singles {
                let solution = try LeastSquares.solve(design: design, responses: response)
                checksum += solution.coefficients[1, 0]
            }
        }

        let n = Double(seriesCount)
        print("trend-batch N=\(seriesCount) years=\(years)"
              + " batch: total \(format(batch)) µs, \(format(batch / n, digits: 3)) µs/series"
              + " | loop: total \(format(loop)) µs, \(format(loop / n, digits: 3)) µs/series"
              + " (checksum \(format(checksum, digits: 3)))")
    }
}

/// The smallest of `repetitions` timings of `body`, in microseconds.
private func bestTime(of repetitions: Int, _ body: () throws -> Void) throws -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<max(1, repetitions) {
        let elapsed = try clock.measure(body)
        let (seconds, attoseconds) = elapsed.components
        best = min(best, Double(seconds) * 1e6 + Double(attoseconds) * 1e-12)
    }
    return best
}

/// `value` with `digits` decimals, without Foundation.
private func format(_ value: Double, digits: Int = 1) -> String {
    guard value.isFinite else { return "\(value)" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (abs(value) * scale).rounded()
    let whole = Int(rounded / scale)
    let fraction = Int(rounded - Double(whole) * scale)
    let fractionText = String(fraction)
    let padding = String(repeating: "0", count: max(0, digits - fractionText.count))
    return (value < 0 ? "-" : "") + "\(whole)" + (digits > 0 ? "." + padding + fractionText : "")
}
