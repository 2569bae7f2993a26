import LinearAlgebra

/// Starting values of the initial state x₀ = (ℓ₀, b₀, s₀ … s_{−m+1}), R's
/// `forecast:::initstate`, from which the likelihood is maximised:
///
/// - season: with at least three full periods, the classical decomposition
///   (`ClassicalDecomposition`); with fewer, the residuals of a regression on
///   a linear trend and one Fourier pair, y − (c + d·t) (additive) or
///   y / (c + d·t) (multiplicative). The m − 1 free seasonal terms are the
///   seasonal values of periods m, m − 1, …, 2 (the last one is implied);
///   multiplicative ones are kept ≥ 0.01 and rescaled if they sum past m;
/// - level and trend from the first max(10, 2m) seasonally adjusted values:
///   their mean (no trend), or the intercept and slope of their least-squares
///   line on t = 1, 2, … (additive trend).
enum ETSInitialState {
    /// The free starting states: ℓ₀, b₀ (with trend), then m − 1 seasonal terms.
    static func start(_ y: [Double], components: ETSComponents, period m: Int) throws(ModelError) -> [Double] {
        let n = y.count
        var adjusted = y
        var seasonTerms: [Double] = []
        if components.hasSeason {
            guard n >= 4 else { throw .tooFewObservations(needed: 4, found: n) }
            let seasonal: [Double]
            if n < 3 * m {
                seasonal = try fourierResiduals(y, period: m, multiplicative: components.season == .multiplicative)
            } else {
                let kind: ClassicalDecomposition.Kind = components.season == .additive ? .additive : .multiplicative
                guard let d = ClassicalDecomposition(y, period: m, kind: kind) else {
                    throw .tooFewObservations(needed: 2 * m, found: n)
                }
                seasonal = d.seasonal
            }
            seasonTerms = (1..<m).reversed().map { seasonal[$0] }
            if components.season == .additive {
                adjusted = zip(y, seasonal).map { $0 - $1 }
            } else {
                seasonTerms = seasonTerms.map { max($0, 0.01) }
                let total = seasonTerms.reduce(0, +)
                if total > Double(m) {
                    let denominator = seasonTerms.reduce(0) { $0 + $1 + 0.01 }
                    seasonTerms = seasonTerms.map { $0 / denominator }
                }
                adjusted = zip(y, seasonal).map { $0 / max($1, 0.01) }
            }
        }
        let count = min(max(10, 2 * (components.hasSeason ? m : 1)), n)
        let head = Array(adjusted[0..<count])
        if !components.hasTrend {
            return [head.reduce(0, +) / Double(count)] + seasonTerms
        }
        // Least-squares line on t = 1 … count.
        let tMean = Double(count + 1) / 2
        let yMean = head.reduce(0, +) / Double(count)
        var sxy = 0.0, sxx = 0.0
        for (i, v) in head.enumerated() {
            let dt = Double(i + 1) - tMean
            sxy += dt * (v - yMean)
            sxx += dt * dt
        }
        var slope = sxy / sxx
        var level = yMean - slope * tMean
        if abs(level + slope) < 1e-8 {
            level *= 1 + 0.001
            slope *= 1 - 0.001
        }
        return [level, slope] + seasonTerms
    }

    /// y − (c + d t) or y / (c + d t), with c, d from the regression of y on
    /// 1, t, sin(2πt/m), cos(2πt/m), t = 1 … n (R's `tslm(y ~ trend + fourier(y, 1))`).
    static func fourierResiduals(_ y: [Double], period m: Int, multiplicative: Bool) throws(ModelError) -> [Double] {
        let n = y.count
        var columns: [[Double]] = [Array(repeating: 1, count: n), (1...n).map(Double.init)]
        let angles = (1...n).map { 2 * Double.pi * Double($0) / Double(m) }
        let sines = angles.map { sin($0) }
        // For m = 2 the sine column is zero; R's fourier() drops it.
        if sines.contains(where: { abs($0) > 1e-10 }) { columns.append(sines) }
        columns.append(angles.map { cos($0) })
        let design = Matrix(columns: columns)
        let response = Matrix(rows: n, columns: 1, columnMajor: y)
        let solution: LeastSquaresSolution
        do {
            solution = try LeastSquares.solve(design: design, responses: response)
        } catch {
            throw .numerical("the starting seasonal regression failed: \(error)")
        }
        let c = solution.coefficients[0, 0], d = solution.coefficients[1, 0]
        return y.enumerated().map { i, v in
            let trend = c + d * Double(i + 1)
            return multiplicative ? v / trend : v - trend
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
