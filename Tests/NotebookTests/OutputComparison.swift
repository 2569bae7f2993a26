/// The alignment of a command's expected output (pattern lines) with the
/// lines it actually printed.
///
/// The alignment minimises the number of unmatched lines: a pattern line that
/// matches an actual line pairs with it, `...` absorbs any run of actual
/// lines, and every other expected or actual line is unmatched. The output
/// matches exactly when no line is unmatched. Among alignments with the
/// fewest unmatched lines it takes one where `...` absorbs the fewest, so
/// expected lines pair with what they match instead of being skipped
/// (cost = unmatched · (m + 1) + absorbed, m the number of actual lines).
/// The same alignment gives the diff shown on failure and the text written
/// in update mode, so the two always agree. Dynamic programming over
/// (pattern, actual) suffixes, O(n·m) time and memory; notebook outputs are
/// short.
struct OutputComparison {
    enum Step: Equatable {
        /// A pattern line and the actual line it matches.
        case same(pattern: Int, actual: Int)
        /// `...` and the actual lines it stands for (possibly none).
        case skipped(pattern: Int, actual: Range<Int>)
        /// An expected line that matches nothing.
        case missing(pattern: Int)
        /// An actual line that no expected line matches.
        case extra(actual: Int)
    }

    var expected: [PatternLine]
    var actual: [String]
    var steps: [Step]

    var matches: Bool {
        steps.allSatisfy {
            switch $0 {
            case .same, .skipped: true
            case .missing, .extra: false
            }
        }
    }

    init(expected: [PatternLine], actual: [String]) {
        self.expected = expected
        self.actual = actual
        let n = expected.count
        let m = actual.count
        let width = m + 1
        let unmatched = m + 1
        // cost[i * width + j]: the cheapest alignment of expected[i...] with actual[j...].
        var cost = [Int](repeating: 0, count: (n + 1) * width)
        for j in 0...m { cost[n * width + j] = (m - j) * unmatched }
        if n > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m, through: 0, by: -1) {
                    let here = i * width + j
                    let below = (i + 1) * width + j
                    if expected[i] == .anyLines {
                        cost[here] = j < m ? min(cost[below], cost[here + 1] + 1) : cost[below]
                    } else {
                        var best = cost[below] + unmatched
                        if j < m {
                            best = min(best, cost[here + 1] + unmatched)
                            if expected[i].matches(actual[j]) { best = min(best, cost[below + 1]) }
                        }
                        cost[here] = best
                    }
                }
            }
        }

        // Walk the cheapest path, preferring to keep expected lines, and to
        // report a missing line before the extra one that replaces it.
        var steps: [Step] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            let here = i * width + j
            if i == n {
                steps.append(.extra(actual: j))
                j += 1
            } else if expected[i] == .anyLines {
                // Absorb until stopping is the cheapest way on.
                var end = j
                while cost[i * width + end] != cost[(i + 1) * width + end] { end += 1 }
                steps.append(.skipped(pattern: i, actual: j..<end))
                i += 1
                j = end
            } else if j < m, expected[i].matches(actual[j]), cost[here] == cost[(i + 1) * width + j + 1] {
                steps.append(.same(pattern: i, actual: j))
                i += 1
                j += 1
            } else if cost[here] == cost[(i + 1) * width + j] + unmatched {
                steps.append(.missing(pattern: i))
                i += 1
            } else {
                steps.append(.extra(actual: j))
                j += 1
            }
        }
        self.steps = steps
    }
}
