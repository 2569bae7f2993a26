#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The maximised Gaussian log-likelihood of residuals, as R's `logLik.lm`
/// (and `Arima`) report it:
///
///     ℓ = −n/2 · (log 2π + log(RSS/n) + 1)
///
/// with σ² estimated by maximum likelihood, RSS/n.
enum GaussianLikelihood {
    /// A `FitSummary` whose likelihood and criteria come from `n` residuals
    /// with sum of squares `rss`, `estimated` parameters besides σ².
    ///
    /// A perfect fit (RSS = 0) has an unbounded likelihood; it is reported
    /// as nil (with nil criteria) rather than +∞ so that every number in a
    /// summary stays finite and serialisable.
    static func summary(
        parameters: [FitSummary.Parameter], residualSumOfSquares rss: Double,
        residualCount n: Int, estimated: Int, sigma2: Double
    ) -> FitSummary {
        guard rss > 0, n > 0 else {
            return FitSummary(
                parameters: parameters, logLikelihood: nil, aic: nil, aicc: nil, bic: nil,
                sigma2: sigma2, observationCount: n)
        }
        let count = Double(n)
        let ll = -count / 2 * (log(2 * Double.pi) + log(rss / count) + 1)
        let ic = FitSummary.criteria(logLikelihood: ll, parameterCount: estimated + 1, observationCount: n)
        return FitSummary(
            parameters: parameters, logLikelihood: ll, aic: ic.aic, aicc: ic.aicc, bic: ic.bic,
            sigma2: sigma2, observationCount: n)
    }
}
