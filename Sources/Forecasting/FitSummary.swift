/// What a fitted model reports about itself, on R's conventions so values
/// compare one to one with R (`logLik`, `AIC`, `BIC`).
public struct FitSummary: Sendable, Equatable {
    /// Named parameters in a fixed order (e.g. `intercept`, `slope`).
    public var parameters: [Parameter]
    /// Log-likelihood; nil where the model has none (R's `naive()` reports none).
    public var logLikelihood: Double?
    /// Akaike's criterion, −2 log L + 2k; nil without a likelihood.
    public var aic: Double?
    /// AIC corrected for small samples, AIC + 2k(k + 1)/(n − k − 1).
    public var aicc: Double?
    /// Schwarz's criterion, −2 log L + k log n.
    public var bic: Double?
    /// The innovation (residual) variance σ².
    public var sigma2: Double
    /// Number of observations the model was fitted on.
    public var observationCount: Int

    /// One named parameter of a fitted model.
    public struct Parameter: Sendable, Equatable {
        /// Its name as R's forecast package prints it (`alpha`, `ar1`, `drift`).
        public var name: String
        /// Its estimate.
        public var value: Double
        /// A parameter from its name and estimate.
        public init(name: String, value: Double) {
            self.name = name
            self.value = value
        }
    }

    /// A summary from its parts.
    public init(parameters: [Parameter], logLikelihood: Double?, aic: Double?, aicc: Double?, bic: Double?, sigma2: Double, observationCount: Int) {
        self.parameters = parameters
        self.logLikelihood = logLikelihood
        self.aic = aic
        self.aicc = aicc
        self.bic = bic
        self.sigma2 = sigma2
        self.observationCount = observationCount
    }

    /// Information criteria from a log-likelihood with `k` estimated
    /// parameters (σ² counted) on `n` observations:
    /// AIC = −2ℓ + 2k, AICc = AIC + 2k(k+1)/(n−k−1), BIC = −2ℓ + k·log n.
    public static func criteria(logLikelihood ll: Double, parameterCount k: Int, observationCount n: Int) -> (aic: Double, aicc: Double?, bic: Double) {
        let aic = -2 * ll + 2 * Double(k)
        let aicc: Double? = n - k - 1 > 0 ? aic + 2 * Double(k * (k + 1)) / Double(n - k - 1) : nil
        let bic = -2 * ll + Double(k) * log(Double(n))
        return (aic, aicc, bic)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
