/// Why forecasts of a unit tree could not be made to add up.
///
/// Shape mismatches between the caller's arrays and the hierarchy (a base
/// forecast vector of the wrong length) are bugs in the caller and stop on a
/// `precondition`, as `Matrix` does; these cases are conditions of the data
/// or of the command line, which a caller reports to the user.
public enum ReconciliationError: Error, Equatable, Sendable {
    /// No unit with a series has children that all have series: there is no
    /// parent–child sum to enforce.
    case noHierarchy
    /// The units list names this id twice.
    case duplicateUnit(String)
    /// `--reconcile` was given something other than `none`, `bu`, `mint`.
    case unknownMethod(String)
    /// MinT needs the one-step residuals of every node, and none were given.
    case residualsRequired
    /// The residual matrix has `found` columns; the hierarchy has `expected` nodes.
    case residualShape(expected: Int, found: Int)
    /// After dropping the time rows with a missing residual, `completeRows`
    /// remain; the shrinkage estimate needs at least `needed` (= 2).
    case tooFewResiduals(completeRows: Int, needed: Int)
    /// A matrix MinT must factor is not numerically positive definite:
    /// `"W"` (the shrunk residual covariance) or `"SᵀW⁻¹S"`.
    case notPositiveDefinite(matrix: String)
    /// A node's sample paths or residual series do not line up with the
    /// others': they differ in start, frequency, path count or horizon.
    case misaligned(node: String, expected: String, found: String)
    /// The tree's node has no forecast (or no residuals) among those given.
    case missingNode(String)
}

extension ReconciliationError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .noHierarchy:
            "no unit with a series has all its child units with series; there is no total to reconcile"
        case .duplicateUnit(let id):
            "unit \(id) is listed twice"
        case .unknownMethod(let text):
            "unknown reconciliation \"\(text)\"; expected one of \(ReconciliationMethod.allCases.map(\.rawValue).joined(separator: ", "))"
        case .residualsRequired:
            "MinT reconciliation needs the one-step residuals of every unit"
        case .residualShape(let expected, let found):
            "the residual matrix has \(found) columns, expected one per unit of the tree (\(expected))"
        case .tooFewResiduals(let rows, let needed):
            "only \(rows) periods have residuals for every unit of the tree; MinT needs at least \(needed)"
        case .notPositiveDefinite(let matrix):
            "the matrix \(matrix) of MinT reconciliation is not positive definite"
        case .misaligned(let node, let expected, let found):
            "the forecasts of \(node) do not line up with the others: expected \(expected), found \(found)"
        case .missingNode(let id):
            "unit \(id) of the tree has no forecast to reconcile"
        }
    }
}
