/// One line of a command's expected output.
///
/// - A line that is exactly `...` matches any number of lines, zero or more.
/// - Otherwise `[..]` matches any text within the line (zero or more
///   characters, never a line break), and the rest must match literally.
///
/// Both sides are compared without trailing whitespace.
enum PatternLine: Equatable, CustomStringConvertible {
    /// `...`: any number of whole lines.
    case anyLines
    /// Literal pieces with `[..]` between consecutive ones, so `a[..]b` is
    /// `["a", "b"]` and a line without wildcards is one piece.
    case line([String])

    static let lineWildcard = "[..]"
    static let linesWildcard = "..."

    init(_ text: String) {
        let text = text.trimmingTrailingWhitespace
        if text == Self.linesWildcard {
            self = .anyLines
        } else {
            self = .line(text.split(separator: Self.lineWildcard, omittingEmptySubsequences: false).map(String.init))
        }
    }

    /// The line as written in the notebook.
    var description: String {
        switch self {
        case .anyLines: Self.linesWildcard
        case .line(let pieces): pieces.joined(separator: Self.lineWildcard)
        }
    }

    /// Whether this pattern matches the single line `actual`: exactly, or
    /// with numbers compared within `NumberTolerantLine`'s tolerance. `...`
    /// is not a single-line pattern and matches no one line on its own.
    func matches(_ actual: String) -> Bool {
        guard case .line(let pieces) = self else { return false }
        let actual = actual.trimmingTrailingWhitespace
        return matchesExactly(pieces, actual) || NumberTolerantLine.matches(pieces: pieces, actual: actual)
    }

    /// Whether the pieces match `actual` letter for letter, `[..]` aside.
    ///
    /// With only one kind of wildcard, matching the first piece at the start,
    /// the last at the end, and each middle piece at its leftmost place after
    /// the previous one finds a match whenever one exists: leftmost placement
    /// leaves the most room for what follows.
    private func matchesExactly(_ pieces: [String], _ actual: String) -> Bool {
        guard pieces.count > 1 else { return actual == pieces[0] }

        let first = pieces[0]
        let last = pieces[pieces.count - 1]
        guard actual.hasPrefix(first), actual.hasSuffix(last) else { return false }
        var rest = Substring(actual).dropFirst(first.count)
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let found = rest.firstRange(of: piece) else { return false }
            rest = rest[found.upperBound...]
        }
        // The last piece must lie wholly after the middle ones, not overlap them.
        return rest.count >= last.count
    }
}
