/// Where the smoothing parameters may lie: R `ets()`'s default
/// `bounds = "both"`, the intersection of
///
/// - the usual region: 10⁻⁴ ≤ α ≤ 0.9999, 10⁻⁴ ≤ β ≤ α, 10⁻⁴ ≤ γ ≤ 1 − α,
///   0.8 ≤ φ ≤ 0.98 (R's `lower`, `upper` and `check.param`), and
/// - the admissible region, where the model is forecastable (HKOS 2008,
///   ch. 10; R's `admissible`): for non-seasonal models
///   1 − 1/φ < α < 1 + 1/φ and α(φ − 1) < β < (1 + φ)(2 − α); for seasonal
///   ones a set of linear conditions and the roots of the characteristic
///   polynomial
///
///       P(z) = φ(1 − α − γ) + (α + β − αφ + γ − 1) z + (α + β − αφ) (z² + … + z^{m−1})
///              + (α + β − φ) z^m + z^{m+1}
///
///   all in the unit disc (|z| ≤ 1 + 10⁻¹⁰).
struct ETSParameterSpace: Sendable {
    static let lower = (alpha: 1e-4, beta: 1e-4, gamma: 1e-4, phi: 0.8)
    static let upper = (alpha: 0.9999, beta: 0.9999, gamma: 0.9999, phi: 0.98)

    let components: ETSComponents
    /// Seasonal period (1 without season).
    let period: Int

    /// R's `initparam`: α = l + 0.2(u − l)/m, β = l + 0.1(min(u, α) − l),
    /// γ = l + 0.05(min(u, 1 − α) − l), φ = l + 0.99(u − l).
    func startingPoint() -> ETSSmoothing {
        let (lo, up) = (Self.lower, Self.upper)
        var s = ETSSmoothing(alpha: lo.alpha + 0.2 * (up.alpha - lo.alpha) / Double(period))
        if s.alpha > 1 || s.alpha < 0 { s.alpha = lo.alpha + 0.002 }
        if components.hasTrend {
            s.beta = lo.beta + 0.1 * (min(up.beta, s.alpha) - lo.beta)
            if s.beta < 0 || s.beta > s.alpha { s.beta = s.alpha - 0.001 }
        }
        if components.hasSeason {
            s.gamma = lo.gamma + 0.05 * (min(up.gamma, 1 - s.alpha) - lo.gamma)
            if s.gamma < 0 || s.gamma > 1 - s.alpha { s.gamma = 1 - s.alpha - 0.001 }
        }
        if components.isDamped {
            s.phi = lo.phi + 0.99 * (up.phi - lo.phi)
            if s.phi < 0 || s.phi > 1 { s.phi = up.phi - 0.001 }
        }
        return s
    }

    /// Whether the parameters lie in both regions (R's `check.param` with
    /// `bounds = "both"`).
    func contains(_ s: ETSSmoothing) -> Bool {
        var workspace = PolynomialWorkspace()
        return contains(s, workspace: &workspace)
    }

    /// `contains(_:)` with the characteristic polynomial in `workspace`, so
    /// that an optimiser testing thousands of points allocates nothing.
    func contains(_ s: ETSSmoothing, workspace: inout PolynomialWorkspace) -> Bool {
        let (lo, up) = (Self.lower, Self.upper)
        if s.alpha < lo.alpha || s.alpha > up.alpha { return false }
        if components.hasTrend && (s.beta < lo.beta || s.beta > s.alpha || s.beta > up.beta) { return false }
        if components.isDamped && (s.phi < lo.phi || s.phi > up.phi) { return false }
        if components.hasSeason && (s.gamma < lo.gamma || s.gamma > 1 - s.alpha || s.gamma > up.gamma) { return false }
        return Self.isAdmissible(
            alpha: s.alpha, beta: components.hasTrend ? s.beta : nil,
            gamma: components.hasSeason ? s.gamma : nil, phi: s.phi, period: period, workspace: &workspace)
    }

    /// R's `admissible(alpha, beta, gamma, phi, m)`; nil β or γ for a model
    /// without that component.
    static func isAdmissible(alpha: Double, beta: Double?, gamma: Double?, phi: Double, period m: Int) -> Bool {
        var workspace = PolynomialWorkspace()
        return isAdmissible(alpha: alpha, beta: beta, gamma: gamma, phi: phi, period: m, workspace: &workspace)
    }

    static func isAdmissible(
        alpha: Double, beta: Double?, gamma: Double?, phi: Double, period m: Int, workspace: inout PolynomialWorkspace
    ) -> Bool {
        if phi < 0 || phi > 1 + 1e-8 { return false }
        guard let gamma else {
            if alpha < 1 - 1 / phi || alpha > 1 + 1 / phi { return false }
            if let beta, beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha) { return false }
            return true
        }
        guard m > 1 else { return true }
        let beta = beta ?? 0
        if gamma < max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha { return false }
        let md = Double(m)
        if alpha < 1 - 1 / phi - gamma * (1 - md + phi + phi * md) / (2 * phi * md) { return false }
        if beta < -(1 - phi) * (gamma / md + alpha) { return false }
        workspace.reset(count: m + 2)
        workspace.a[0] = phi * (1 - alpha - gamma)
        workspace.a[1] = alpha + beta - alpha * phi + gamma - 1
        for k in 2..<m { workspace.a[k] = alpha + beta - alpha * phi }
        workspace.a[m] = alpha + beta - phi
        workspace.a[m + 1] = 1
        return workspace.rootsInsideDisc(radius: 1 + 1e-10)
    }

    /// Whether every root of Σ cₖ zᵏ (coefficients in increasing order) has
    /// modulus at most `radius` (see `PolynomialWorkspace.rootsInsideDisc`).
    static func rootsInsideDisc(_ coefficients: [Double], radius: Double) -> Bool {
        var workspace = PolynomialWorkspace()
        workspace.reset(count: coefficients.count)
        for k in coefficients.indices { workspace.a[k] = coefficients[k] }
        return workspace.rootsInsideDisc(radius: radius)
    }
}

/// Room for a polynomial's coefficients and one step of the Schur–Cohn
/// recursion, reused from one admissibility test to the next.
struct PolynomialWorkspace: Sendable {
    /// The coefficients a₀ … a_d in `a[0..<count]`, in increasing order.
    var a: [Double] = []
    var count = 0
    private var next: [Double] = []

    /// Makes room for `count` coefficients (their values are the caller's to set).
    mutating func reset(count: Int) {
        if a.count < count {
            a = [Double](repeating: 0, count: count)
            next = a
        }
        self.count = count
    }

    /// Whether every root of the polynomial has modulus at most `radius`,
    /// by the Schur–Cohn test on P(radius·z): a real polynomial a₀ + … + a_d z^d
    /// has all its roots strictly inside the unit circle iff |a₀| < |a_d|
    /// and the same holds, recursively, for the degree d − 1 polynomial with
    /// coefficients a_d a_{k+1} − a₀ a_{d−1−k}. Overwrites the coefficients.
    mutating func rootsInsideDisc(radius: Double) -> Bool {
        var scale = 1.0
        for k in 0..<count {
            a[k] *= scale
            scale *= radius
        }
        // A vanishing leading coefficient lowers the degree (the root went to ∞
        // in the reciprocal picture, i.e. it is not a root at all here).
        var length = count
        while length > 1, abs(a[length - 1]) <= 1e-300 { length -= 1 }
        // The test runs at every evaluation of an ETS likelihood (monthly:
        // degree 13), so it works on the buffers directly, swaps them instead
        // of copying, and rescales by one reciprocal instead of d divisions.
        return a.withUnsafeMutableBufferPointer { current in
            next.withUnsafeMutableBufferPointer { following in
                var p = current.baseAddress!, q = following.baseAddress!
                while length > 1 {
                    let d = length - 1
                    let a0 = p[0], ad = p[d]
                    if !(abs(a0) < abs(ad)) { return false }
                    var norm = 0.0
                    for k in 0..<d {
                        let value = ad * p[k + 1] - a0 * p[d - 1 - k]
                        q[k] = value
                        norm = max(norm, abs(value))
                    }
                    // Rescaled to keep the numbers of moderate size (the test
                    // compares moduli only, so a common factor changes nothing).
                    if norm > 0 {
                        let inverse = 1 / norm
                        for k in 0..<d { q[k] *= inverse }
                    }
                    swap(&p, &q)
                    length = d
                }
                return true
            }
        }
    }
}
