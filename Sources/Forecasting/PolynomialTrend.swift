import LinearAlgebra

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The least-squares engine behind the trend models: y (or log y) on
/// 1, u, …, u^degree, with u the scaled period ordinal (`TrendTimeScale`).
///
/// Batch fitting shares the factorization: series with the same frequency
/// and the same observed periods have the same design, so each such group
/// is solved by ONE `LeastSquares.solve` call with all of its responses as
/// columns. A single fit is a batch of one, so both take the same path.
struct PolynomialTrend: Sendable {
    let name: String
    let degree: Int
    let logarithmic: Bool

    /// p, the number of coefficients.
    var parameterCount: Int { degree + 1 }

    func fit(_ series: TimeSeries) throws(ModelError) -> FittedTrend {
        try fit(batch: [series])[0].get()
    }

    func fit(batch series: [TimeSeries]) -> [Result<FittedTrend, ModelError>] {
        let (groups, failures) = designGroups(series)
        var results = [Result<FittedTrend, ModelError>?](repeating: nil, count: series.count)
        for (index, error) in failures { results[index] = .failure(error) }
        for group in groups {
            let fitted = fitGroup(group.key, responses: group.responses)
            for (index, result) in zip(group.members, fitted) { results[index] = result }
        }
        return results.map { $0! }
    }

    /// Series that share one design matrix: same frequency, same observed periods.
    struct DesignKey: Hashable {
        let frequency: Int
        let times: [Int]
    }

    /// The series of one design, by their index in the batch, with their responses.
    struct DesignGroup {
        let key: DesignKey
        var members: [Int] = []
        var responses: [[Double]] = []
    }

    /// The batch split into design groups (in order of first appearance),
    /// and the series that cannot be fitted at all, with why.
    func designGroups(_ series: [TimeSeries]) -> (groups: [DesignGroup], failures: [(index: Int, error: ModelError)]) {
        var groups: [DesignGroup] = []
        var position: [DesignKey: Int] = [:]
        var failures: [(index: Int, error: ModelError)] = []
        for (index, s) in series.enumerated() {
            switch prepare(s) {
            case let .failure(error):
                failures.append((index, error))
            case let .success((times, response)):
                let key = DesignKey(frequency: s.frequency, times: times)
                let g = position[key] ?? {
                    groups.append(DesignGroup(key: key))
                    position[key] = groups.count - 1
                    return groups.count - 1
                }()
                groups[g].members.append(index)
                groups[g].responses.append(response)
            }
        }
        return (groups, failures)
    }

    /// The observed times and the response (y or log y), or why the series cannot be fitted.
    private func prepare(_ series: TimeSeries) -> Result<([Int], [Double]), ModelError> {
        let (times, values) = series.observed
        if let bad = values.first(where: { !$0.isFinite }) {
            return .failure(.numerical("the series holds the non-finite value \(bad)"))
        }
        if logarithmic, let bad = values.first(where: { $0 <= 0 }) {
            return .failure(.nonPositiveValue(bad))
        }
        guard values.count > parameterCount else {
            return .failure(.tooFewObservations(needed: parameterCount + 1, found: values.count))
        }
        return .success((times, logarithmic ? values.map { log($0) } : values))
    }

    /// Fits every response of one group with one factorization of their shared design.
    private func fitGroup(_ key: DesignKey, responses: [[Double]]) -> [Result<FittedTrend, ModelError>] {
        let n = key.times.count
        let p = parameterCount
        let timeScale = TrendTimeScale(times: key.times)
        var design = Matrix(rows: n, columns: p)
        for (i, time) in key.times.enumerated() {
            for (j, x) in timeScale.designRow(time, degree: degree).enumerated() { design[i, j] = x }
        }
        let stacked = Matrix(rows: n, columns: responses.count, columnMajor: responses.flatMap { $0 })
        let solution: LeastSquaresSolution
        do {
            solution = try LeastSquares.solve(design: design, responses: stacked)
        } catch {
            return responses.map { _ in .failure(.numerical("least squares failed: \(error)")) }
        }
        guard solution.rank == p else {
            let why = "the trend design has rank \(solution.rank), fewer than its \(p) columns"
            return responses.map { _ in .failure(.notIdentified(why)) }
        }
        let df = n - p
        return responses.enumerated().map { j, response in
            var coefficients = (0..<p).map { solution.coefficients[$0, j] }
            var rss = solution.residualSumOfSquares[j]
            // A constant series is fitted exactly: the factorization's rounding
            // would otherwise leave σ̂ ≈ 1e-16·|y| and a near-infinite likelihood.
            if response.allSatisfy({ $0 == response[0] }) {
                coefficients = [response[0]] + Array(repeating: 0, count: p - 1)
                rss = 0
            }
            let sigma2 = rss / Double(df)
            let summary = GaussianLikelihood.summary(
                parameters: originalScaleParameters(coefficients, timeScale),
                residualSumOfSquares: rss, residualCount: n, estimated: p, sigma2: sigma2)
            return .success(FittedTrend(
                modelName: name, coefficients: coefficients, timeScale: timeScale,
                unscaledCovariance: solution.unscaledCovariance, residualVariance: sigma2,
                residualDegreesOfFreedom: df, logarithmic: logarithmic,
                end: key.times[n - 1], frequency: key.frequency, summary: summary))
        }
    }

    /// The coefficients as a reader (and R) writes them.
    ///
    /// A line (on y or log y) is reported on the original time scale, as R's
    /// `coef(lm(y ~ t))`: `slope` = b₁/s, `intercept` = b₀ − slope·c (the
    /// value at ordinal 0). A quadratic is reported about the centre c, as
    /// R's `coef(lm(y ~ I(t − c) + I((t − c)²)))`: `intercept` = b₀ (the
    /// trend at c), `slope` = b₁/s (at c), `curvature` = b₂/s², then
    /// `centre` = c itself (not estimated), because expanding about ordinal
    /// 0 (t² ≈ 4·10⁶ for years) cancels away most of the intercept's digits.
    private func originalScaleParameters(_ b: [Double], _ time: TrendTimeScale) -> [FitSummary.Parameter] {
        let slope = b[1] / time.scale
        if degree == 1 {
            return [.init(name: "intercept", value: b[0] - slope * time.centre), .init(name: "slope", value: slope)]
        }
        return [
            .init(name: "intercept", value: b[0]), .init(name: "slope", value: slope),
            .init(name: "curvature", value: b[2] / (time.scale * time.scale)),
            .init(name: "centre", value: time.centre),
        ]
    }
}
