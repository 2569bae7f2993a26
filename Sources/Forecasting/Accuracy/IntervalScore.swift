/// How a prediction interval fared against the value that came.
///
/// For a central (1 − α) interval [L, U] (α = 1 − level/100) and an actual y,
/// the Winkler score (Winkler 1972, "A decision-theoretic approach to
/// interval estimation", JASA 67:187–191; Gneiting & Raftery 2007, eq. 43,
/// call it the interval score) is
///
///     W = (U − L) + (2/α)·(L − y)   if y < L
///     W = (U − L)                   if L ≤ y ≤ U
///     W = (U − L) + (2/α)·(y − U)   if y > U
///
/// Lower is better: a narrow interval scores well until the value falls
/// outside it, and then pays 2/α per unit of the miss (40 per unit at 95%).
/// It is a proper scoring rule, so calibrated honest intervals do best on
/// average. Coverage is the indicator L ≤ y ≤ U, bounds included.
public enum IntervalScore {
    /// The Winkler score of the interval [lower, upper] at `level` percent for `actual`.
    public static func winkler(lower: Double, upper: Double, level: Double, actual: Double) -> Double {
        let alpha = 1 - level / 100
        let width = upper - lower
        if actual < lower { return width + 2 / alpha * (lower - actual) }
        if actual > upper { return width + 2 / alpha * (actual - upper) }
        return width
    }

    /// Whether `actual` lies in [lower, upper], bounds included.
    public static func covers(lower: Double, upper: Double, actual: Double) -> Bool {
        lower <= actual && actual <= upper
    }
}
