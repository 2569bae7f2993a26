/// The orders of an ARIMA(p,d,q)(P,D,Q)m model and its regression terms, as
/// R's `forecast::Arima(y, order = c(p, d, q), seasonal = c(P, D, Q))` with
/// `include.mean` / `include.drift`.
///
/// The model for y after removing the regression part x·β is
///
///     φ(B) Φ(Bᵐ) (1 − B)ᵈ (1 − Bᵐ)ᴰ (y − xβ) = θ(B) Θ(Bᵐ) ε,   ε ~ N(0, σ²),
///
/// with x = 1 (a mean, only when d + D = 0) and/or x = t (a drift, t = 1…n).
public struct ARIMAOrder: Sendable, Hashable {
    /// The autoregressive order p.
    public var p: Int
    /// The order of differencing d.
    public var d: Int
    /// The moving-average order q.
    public var q: Int
    /// The seasonal autoregressive order P (seasonal orders are all 0 for a non-seasonal model).
    public var seasonalP: Int
    /// The seasonal order of differencing D.
    public var seasonalD: Int
    /// The seasonal moving-average order Q.
    public var seasonalQ: Int
    /// The seasonal period m (1 for a non-seasonal model).
    public var period: Int
    /// Whether a constant mean is estimated (R's `include.mean`; only used when d + D = 0).
    public var includeMean: Bool
    /// Whether a linear drift β·t is estimated (R's `include.drift`).
    public var includeDrift: Bool

    /// An order with R `Arima()`'s default: a mean exactly when d + D = 0.
    public init(p: Int, d: Int, q: Int, seasonalP: Int = 0, seasonalD: Int = 0, seasonalQ: Int = 0,
                period: Int = 1, includeMean: Bool? = nil, includeDrift: Bool = false) {
        self.p = p
        self.d = d
        self.q = q
        self.seasonalP = seasonalP
        self.seasonalD = seasonalD
        self.seasonalQ = seasonalQ
        self.period = period
        self.includeMean = includeMean ?? true
        self.includeDrift = includeDrift
    }

    /// Whether the model has a seasonal part.
    public var isSeasonal: Bool { period > 1 && seasonalP + seasonalD + seasonalQ > 0 }

    /// d + D, the number of differences.
    var differences: Int { d + (isSeasonal ? seasonalD : 0) }

    /// Whether the mean is actually in the model (R drops it when d + D > 0).
    var hasMean: Bool { includeMean && differences == 0 }

    /// The coefficients in R's order and with R's names:
    /// ar1…, ma1…, sar1…, sma1…, intercept, drift.
    var coefficientNames: [String] {
        var names: [String] = []
        names += (0..<p).map { "ar\($0 + 1)" }
        names += (0..<q).map { "ma\($0 + 1)" }
        if isSeasonal {
            names += (0..<seasonalP).map { "sar\($0 + 1)" }
            names += (0..<seasonalQ).map { "sma\($0 + 1)" }
        }
        if hasMean { names.append("intercept") }
        if includeDrift { names.append("drift") }
        return names
    }

    /// The name the command line takes and forecasts carry:
    /// `arima:p,d,q`, `arima:p,d,q:P,D,Q:m`, then `+drift`, or `-mean` for a
    /// model with d + D = 0 fitted without its mean (which `arima` may choose).
    public var name: String {
        var text = "arima:\(p),\(d),\(q)"
        if isSeasonal { text += ":\(seasonalP),\(seasonalD),\(seasonalQ):\(period)" }
        if includeDrift { text += "+drift" }
        if differences == 0 && !includeMean { text += "-mean" }
        return text
    }

    /// Parses `arima:p,d,q[:P,D,Q:m][+drift|-mean]`; nil when the text is not such a name.
    public init?(name: String) {
        guard name.hasPrefix("arima:") else { return nil }
        var body = Substring(name.dropFirst("arima:".count))
        var drift = false
        var mean: Bool? = nil
        if body.hasSuffix("+drift") {
            drift = true
            body = body.dropLast("+drift".count)
        } else if body.hasSuffix("-mean") {
            mean = false
            body = body.dropLast("-mean".count)
        }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 3 else { return nil }
        func triple(_ text: Substring) -> [Int]? {
            let numbers = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
            guard numbers.count == 3, numbers.allSatisfy({ $0 != nil && $0! >= 0 && $0! <= 99 }) else { return nil }
            return numbers.map { $0! }
        }
        guard let regular = triple(parts[0]) else { return nil }
        var seasonal = [0, 0, 0]
        var period = 1
        if parts.count == 3 {
            guard let s = triple(parts[1]), let m = Int(parts[2]), m >= 2, m <= 366 else { return nil }
            seasonal = s
            period = m
        }
        self.init(p: regular[0], d: regular[1], q: regular[2],
                  seasonalP: seasonal[0], seasonalD: seasonal[1], seasonalQ: seasonal[2],
                  period: period, includeMean: mean, includeDrift: drift)
        // `-mean` only means something for a model that would otherwise carry one.
        if mean == false && differences > 0 { return nil }
    }
}
