/// What can go wrong in the numeric core, with LAPACK's `info` codes mapped
/// to cases a caller can act on.
public enum LinearAlgebraError: Error, Equatable, Sendable {
    /// Operand shapes do not fit, e.g. a design of n rows with responses of m ≠ n rows.
    case dimensionMismatch(expected: String, found: String)
    /// An input holds NaN or ±∞ (LAPACK would silently spread it).
    case nonFiniteInput
    /// LAPACK rejected argument number `index` of `routine` (info < 0): a bug in the caller.
    case illegalArgument(routine: String, index: Int)
    /// A triangular factor has an exactly zero diagonal element `index` (info > 0).
    case singular(routine: String, index: Int)
    /// An iterative routine (e.g. the SVD in dgelsd) did not converge.
    case noConvergence(routine: String, info: Int)
}
