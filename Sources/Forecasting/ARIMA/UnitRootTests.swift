/// How many differences a series needs, as R's `forecast::ndiffs` decides
/// it with its default test (KPSS) and `nsdiffs` with its default
/// (the seasonal strength of an STL decomposition).
enum UnitRootTests {
    /// The KPSS level-stationarity statistic (Kwiatkowski et al. 1992, as
    /// `urca::ur.kpss(type = "mu")`): with e = x − x̄, S_t = Σ_{s≤t} e_s and
    /// l lags,
    ///
    ///     η = Σ S_t² / n² / s²(l),   s²(l) = Σ e² / n + 2/n Σ_{k=1}^{l} (1 − k/(l+1)) Σ_t e_t e_{t−k}.
    static func kpss(_ x: [Double], lags: Int) -> Double {
        let n = x.count
        let mean = x.reduce(0, +) / Double(n)
        let e = x.map { $0 - mean }
        var cumulative = 0.0
        var numerator = 0.0
        for value in e {
            cumulative += value
            numerator += cumulative * cumulative
        }
        numerator /= Double(n) * Double(n)
        var s2 = e.reduce(0) { $0 + $1 * $1 } / Double(n)
        if lags > 0 {
            for k in 1...lags {
                var cross = 0.0
                for t in k..<n { cross += e[t] * e[t - k] }
                s2 += 2 / Double(n) * (1 - Double(k) / Double(lags + 1)) * cross
            }
        }
        return numerator / s2
    }

    /// The 5% critical value of the KPSS level test; R's `ndiffs` differences
    /// when the interpolated p-value is below 0.05, i.e. when η exceeds it.
    static let kpssCritical5 = 0.463

    /// d, the number of first differences (at most `maxD`) after which the
    /// KPSS test no longer rejects stationarity at 5%, with l = ⌊3√n/13⌋
    /// lags (forecast's choice); missing values are dropped first, as R does.
    static func regularDifferences(_ series: [Double], maxD: Int = 2) -> Int {
        var x = series.filter { !$0.isNaN }
        guard x.count > 1, !isConstant(x) else { return 0 }
        var d = 0
        func rejects(_ x: [Double]) -> Bool {
            let lags = Int((3 * Double(x.count).squareRoot() / 13).rounded(.towardZero))
            let statistic = kpss(x, lags: lags)
            return statistic.isFinite && statistic > kpssCritical5
        }
        var difference = rejects(x)
        while difference && d < maxD {
            d += 1
            x = zip(x.dropFirst(), x).map { $0 - $1 }
            if x.count < 2 || isConstant(x) { return d }
            difference = rejects(x)
        }
        return d
    }

    /// Whether every value equals the first, to R's `all.equal` tolerance
    /// (mean absolute difference ≤ 1.5·10⁻⁸ of the mean absolute value);
    /// a gap never counts as equal.
    static func isConstant(_ x: [Double]) -> Bool {
        guard let first = x.first, !first.isNaN else { return false }
        if x.contains(where: \.isNaN) { return false }
        let scale = x.reduce(0) { $0 + abs($1) } / Double(x.count)
        let spread = x.reduce(0) { $0 + abs($1 - first) } / Double(x.count)
        // Relative at every magnitude: R's all.equal switches to an absolute
        // 1.5e-8 below a mean of 1.5e-8, which would call 1e-10·(1, 2, 3, …) constant.
        return spread <= 1.5e-8 * scale
    }
}
