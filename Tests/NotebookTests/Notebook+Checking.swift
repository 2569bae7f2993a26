/// A command whose exit status or output is not what the notebook says.
struct CommandMismatch {
    var command: Notebook.Command
    var result: CommandResult
    var comparison: OutputComparison

    /// The failure as a reader wants it: where, what ran, and a compact diff.
    ///
    /// Diff lines: `  ` a matching line, `- ` an expected line that matched
    /// nothing, `+ ` an actual line that nothing expected; each expected line
    /// carries its notebook line number. Runs of matching lines are cut to
    /// `context` lines either side of a change.
    func report(file: String, context: Int = 2) -> String {
        let shown = command.text.split(separator: "\n").joined(separator: "\n  ")
        var report = ["\(file):\(command.line): $ \(shown)"]
        if result.status != command.expectedStatus {
            report.append("exit status \(result.status), expected \(command.expectedStatus)")
        }
        guard !comparison.matches else { return report.joined(separator: "\n") }

        report.append("output differs (- expected, + actual):")
        let rows = comparison.steps.map(row)
        let changed = rows.indices.filter { rows[$0].marker != " " }
        var lastShown = -1
        for index in rows.indices {
            let near = changed.contains { abs($0 - index) <= context }
            guard near else { continue }
            if index > lastShown + 1 { report.append("   ⋮") }
            let row = rows[index]
            let number = row.line.map { String($0) } ?? ""
            report.append("\(row.marker) \(String(repeating: " ", count: max(0, 5 - number.count)))\(number) | \(row.text)")
            lastShown = index
        }
        if lastShown < rows.count - 1 { report.append("   ⋮") }
        return report.joined(separator: "\n")
    }

    private func row(_ step: OutputComparison.Step) -> (marker: Character, line: Int?, text: String) {
        switch step {
        case .same(let pattern, _):
            (" ", command.expectedLineNumbers[pattern], comparison.expected[pattern].description)
        case .skipped(let pattern, let actual):
            (" ", command.expectedLineNumbers[pattern], "...  (\(actual.count) line\(actual.count == 1 ? "" : "s"))")
        case .missing(let pattern):
            ("-", command.expectedLineNumbers[pattern], comparison.expected[pattern].description)
        case .extra(let actual):
            ("+", nil, comparison.actual[actual])
        }
    }
}

extension Notebook {
    /// The commands whose results differ from what the notebook expects,
    /// given one result per command in order.
    func mismatches(_ results: [CommandResult]) -> [CommandMismatch] {
        zip(commands, results).compactMap { command, result in
            let comparison = OutputComparison(expected: command.expected, actual: result.lines)
            guard result.status != command.expectedStatus || !comparison.matches else { return nil }
            return CommandMismatch(command: command, result: result, comparison: comparison)
        }
    }
}
