import Probability

/// Prediction intervals of the form  centre ± q·se, where q is the
/// (1 + L/100)/2 quantile of a symmetric reference distribution (Student t
/// for regression-type models, the normal for random walks).
///
/// Every model here builds its `Forecast` through this one function, so the
/// quantile convention (R's `qt((1 − L)/2, df)`, `qnorm(0.5 + L/200)`) and
/// the layout `lower[level][step]` are written once.
enum SymmetricIntervals {
    /// The reference distribution whose quantiles scale the standard errors.
    enum Reference {
        /// Student's t with the given degrees of freedom.
        case studentT(degreesOfFreedom: Double)
        /// The standard normal.
        case normal

        /// The upper (1 + L/100)/2 quantile, the half-width multiplier of an L% interval.
        func multiplier(level: Double) -> Double {
            let p = 0.5 + level / 200
            switch self {
            case let .studentT(df): return QuantileMemo.studentT(degreesOfFreedom: df, probability: p)
            case .normal: return Normal().quantile(p)
            }
        }
    }

    /// A forecast with intervals centre[h] ± q_L·se[h] at each level L.
    ///
    /// - Parameter backTransform: applied to the centres and to both bounds
    ///   after the interval is formed (e.g. `exp` for a model fitted on
    ///   logarithms: the point becomes the median and the bounds stay
    ///   quantiles, with no bias adjustment).
    static func forecast(
        model: String, start: Int, frequency: Int,
        centres: [Double], standardErrors: [Double], levels: [Double],
        reference: Reference, backTransform: (Double) -> Double = { $0 }
    ) -> Forecast {
        precondition(centres.count == standardErrors.count)
        var lower: [[Double]] = []
        var upper: [[Double]] = []
        for level in levels {
            let q = reference.multiplier(level: level)
            lower.append(zip(centres, standardErrors).map { backTransform($0 - q * $1) })
            upper.append(zip(centres, standardErrors).map { backTransform($0 + q * $1) })
        }
        return Forecast(
            model: model, start: start, frequency: frequency,
            mean: centres.map(backTransform), levels: levels, lower: lower, upper: upper)
    }
}
