import Testing

/// `[..]` within a line, `...` across lines, and how stdout and stderr
/// become the lines compared.
@Suite struct MatchingTests {
    @Test(arguments: [
        ("a[..]c", "abc", true),
        ("a[..]c", "ac", true),
        ("a[..]c", "abd", false),
        ("a[..]c", "xabc", false),
        ("[..]", "", true),
        ("[..]", "anything at all", true),
        ("Sơn La ([..]) — [..] units", "Sơn La (son-la) — 12 units", true),
        ("Sơn La ([..]) — [..] units", "Sơn La (son-la) — 12 unit", false),
        ("ab[..]ba", "aba", false),
        ("ab[..]ba", "abba", true),
        ("[..]x[..]x[..]", "axbxc", true),
        ("[..]x[..]x[..]", "axb", false),
        ("exact", "exact   ", true),
        ("exact", "exac", false),
        ("2015  1,918[..]", "2015  1,918   1,486 – 2,350", true),
    ])
    func withinLine(pattern: String, actual: String, matches: Bool) {
        #expect(PatternLine(pattern).matches(actual) == matches)
    }

    @Test func lineWildcardDoesNotCrossLines() {
        #expect(!OutputComparison(expected: [PatternLine("a[..]c")], actual: ["ab", "c"]).matches)
    }

    @Test(arguments: [
        (["..."], [String](), true),
        (["..."], ["x", "y", "z"], true),
        (["a", "...", "z"], ["a", "z"], true),
        (["a", "...", "z"], ["a", "b", "c", "z"], true),
        (["a", "...", "z"], ["a", "b", "c"], false),
        (["...", "z"], ["z", "y", "z"], true),
        (["a", "..."], ["b", "a"], false),
        (["...", "b[..]", "..."], ["a", "bc", "d"], true),
        (["... "], ["x"], true),
        (["x..."], ["x"], false),
        (["a", "", "b"], ["a", "b"], false),
    ])
    func acrossLines(expected: [String], actual: [String], matches: Bool) {
        #expect(OutputComparison(expected: expected.map(PatternLine.init), actual: actual).matches == matches)
    }

    @Test func stdoutThenStderr() {
        #expect(CommandResult(status: 0, stdout: "out\n", stderr: "err\n").lines == ["out", "err"])
        // Missing final newlines: stderr still starts a line of its own.
        #expect(CommandResult(status: 0, stdout: "out", stderr: "err").lines == ["out", "err"])
        #expect(CommandResult(status: 0, stdout: "", stderr: "err").lines == ["err"])
        #expect(CommandResult(status: 0, stdout: "\na  \r\n\n\n", stderr: "").lines == ["", "a"])
    }

    @Test func alignmentKeepsExpectedLinesAfterEllipsis() {
        // `...` should not swallow the "z" that an expected line can pair with.
        let comparison = OutputComparison(expected: ["a", "...", "z"].map(PatternLine.init), actual: ["a", "b", "z", "c"])
        #expect(comparison.steps == [.same(pattern: 0, actual: 0), .skipped(pattern: 1, actual: 1..<2), .same(pattern: 2, actual: 2), .extra(actual: 3)])
    }

    @Test func changedLineIsMissingThenExtra() {
        let comparison = OutputComparison(expected: ["a", "b", "c"].map(PatternLine.init), actual: ["a", "B", "c"])
        #expect(comparison.steps == [.same(pattern: 0, actual: 0), .missing(pattern: 1), .extra(actual: 1), .same(pattern: 2, actual: 2)])
    }
}
