/// Seasonal-trend decomposition by loess (Cleveland, Cleveland, McRae &
/// Terpenning 1990), as R's `stl(x, s.window)` without robustness weights
/// (`robust = FALSE`: two inner passes, no outer ones), for the seasonal
/// strength that `forecast::nsdiffs` tests.
///
/// Each inner pass: detrend; smooth each cycle-subseries by loess (degree
/// 0, span s.window), extended one period at each end; low-pass filter
/// that (moving averages of m, m and 3, then loess of degree 1 and span
/// l.window); seasonal = smoothed subseries − low-pass; trend = loess
/// (degree 1, span t.window) of the deseasonalised series. Loess is
/// evaluated every ⌈span/10⌉ points and interpolated linearly between, as R does.
struct STLDecomposition {
    let seasonal: [Double]
    let trend: [Double]

    /// Needs more than two full periods (n > 2m).
    init(_ y: [Double], period m: Int, seasonalWindow: Int) {
        let n = y.count
        func odd(_ w: Int) -> Int { max(3, w % 2 == 0 ? w + 1 : w) }
        func nextOdd(_ x: Double) -> Int {
            let r = Int(x.rounded(.toNearestOrEven))
            return r % 2 == 0 ? r + 1 : r
        }
        let ns = odd(seasonalWindow)
        let nt = odd(nextOdd((1.5 * Double(m) / (1 - 1.5 / Double(seasonalWindow))).rounded(.up)))
        let nl = odd(nextOdd(Double(m)))
        func jump(_ w: Int) -> Int { Int((Double(w) / 10).rounded(.up)) }
        var trend = [Double](repeating: 0, count: n)
        var seasonal = [Double](repeating: 0, count: n)
        for _ in 0..<2 {
            let detrended = zip(y, trend).map { $0 - $1 }
            // Cycle-subseries smoothing, one period beyond each end.
            var cycle = [Double](repeating: 0, count: n + 2 * m)
            for j in 0..<m {
                let sub = Swift.stride(from: j, to: n, by: m).map { detrended[$0] }
                let k = sub.count
                let smooth = Self.loess(sub, span: ns, degree: 0, jump: jump(ns))
                let before = Self.estimate(sub, span: ns, degree: 0, at: 0, left: 1, right: min(ns, k)) ?? smooth[0]
                let after = Self.estimate(sub, span: ns, degree: 0, at: Double(k + 1), left: max(1, k - ns + 1), right: k) ?? smooth[k - 1]
                let extended = [before] + smooth + [after]
                for (i, value) in extended.enumerated() { cycle[i * m + j] = value }
            }
            var low = Self.movingAverage(cycle, m)
            low = Self.movingAverage(low, m)
            low = Self.movingAverage(low, 3)
            low = Self.loess(low, span: nl, degree: 1, jump: jump(nl))
            for i in 0..<n { seasonal[i] = cycle[m + i] - low[i] }
            let deseasonalised = zip(y, seasonal).map { $0 - $1 }
            trend = Self.loess(deseasonalised, span: nt, degree: 1, jump: jump(nt))
        }
        self.seasonal = seasonal
        self.trend = trend
    }

    /// Means of `length` consecutive values.
    static func movingAverage(_ x: [Double], _ length: Int) -> [Double] {
        guard x.count >= length else { return [] }
        var sum = x[0..<length].reduce(0, +)
        var result = [sum / Double(length)]
        for j in 1...(x.count - length) {
            sum += x[length + j - 1] - x[j - 1]
            result.append(sum / Double(length))
        }
        return result
    }

    /// Loess at every `jump`-th point (positions 1…n), linear in between.
    static func loess(_ y: [Double], span: Int, degree: Int, jump: Int) -> [Double] {
        let n = y.count
        guard n >= 2 else { return y }
        var result = [Double](repeating: 0, count: n)
        let step = min(jump, n - 1)
        let half = (span + 1) / 2
        func window(_ i: Int) -> (Int, Int) {
            if span >= n { return (1, n) }
            if i < half { return (1, span) }
            if i >= n - half + 1 { return (n - span + 1, n) }
            return (i - half + 1, span + i - half)
        }
        var computed: [Int] = []
        var i = 1
        while i <= n {
            let (left, right) = window(i)
            result[i - 1] = estimate(y, span: span, degree: degree, at: Double(i), left: left, right: right) ?? y[i - 1]
            computed.append(i)
            i += step
        }
        if computed.last != n {
            let (left, right) = window(n)
            result[n - 1] = estimate(y, span: span, degree: degree, at: Double(n), left: left, right: right) ?? y[n - 1]
            computed.append(n)
        }
        for (a, b) in zip(computed, computed.dropFirst()) where b - a > 1 {
            let slope = (result[b - 1] - result[a - 1]) / Double(b - a)
            for j in (a + 1)..<b { result[j - 1] = result[a - 1] + slope * Double(j - a) }
        }
        return result
    }

    /// The loess fit at x from the points left…right (1-based positions as
    /// abscissae), tricube weights over h = the larger distance to the
    /// window's ends (widened when the span exceeds n); nil if no weight.
    static func estimate(_ y: [Double], span: Int, degree: Int, at x: Double, left: Int, right: Int) -> Double? {
        let n = y.count
        let range = Double(n - 1)
        var h = max(x - Double(left), Double(right) - x)
        if span > n { h += Double((span - n) / 2) }
        let upper = 0.999 * h, lower = 0.001 * h
        var weights = [Double](repeating: 0, count: right - left + 1)
        var total = 0.0
        for j in left...right {
            let r = abs(Double(j) - x)
            var w = 0.0
            if r <= upper {
                if r <= lower || h == 0 {
                    w = 1
                } else {
                    let u = r / h
                    let v = 1 - u * u * u
                    w = v * v * v
                }
            }
            weights[j - left] = w
            total += w
        }
        guard total > 0 else { return nil }
        for k in weights.indices { weights[k] /= total }
        if degree > 0 && h > 0 {
            var a = 0.0
            for j in left...right { a += weights[j - left] * Double(j) }
            var b = 0.0
            for j in left...right { b += weights[j - left] * (Double(j) - a) * (Double(j) - a) }
            if b.squareRoot() > 0.001 * range {
                let c = (x - a) / b
                for j in left...right { weights[j - left] *= c * (Double(j) - a) + 1 }
            }
        }
        var value = 0.0
        for j in left...right { value += weights[j - left] * y[j - 1] }
        return value
    }

    /// forecast's seasonal strength max(0, min(1, 1 − var(R)/var(R + S))) of
    /// `mstl` (one STL with s.window = 11 for a single period), with R = x − S − T.
    static func seasonalStrength(_ y: [Double], period m: Int) -> Double {
        let stl = STLDecomposition(y, period: m, seasonalWindow: 11)
        let remainder = y.indices.map { y[$0] - stl.seasonal[$0] - stl.trend[$0] }
        let withSeason = y.indices.map { remainder[$0] + stl.seasonal[$0] }
        func variance(_ v: [Double]) -> Double {
            let mean = v.reduce(0, +) / Double(v.count)
            return v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count - 1)
        }
        return max(0, min(1, 1 - variance(remainder) / variance(withSeason)))
    }
}
