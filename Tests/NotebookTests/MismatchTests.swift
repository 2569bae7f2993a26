import Testing

/// Which commands fail, and what their report says.
@Suite struct MismatchTests {
    static let text = """
        Intro.

        ```console
        $ chitieu forecast
        header
          period   forecast
          2015        1,918
          2016        1,950
        ...
        $ chitieu attain --data bad.csv
        ? 65
        bad.csv:3:21: expected a number
        $ true
        ```
        """

    func ok(_ stdout: String, _ status: Int32 = 0, stderr: String = "") -> CommandResult {
        CommandResult(status: status, stdout: stdout, stderr: stderr)
    }

    @Test func matchingResultsHaveNoMismatch() throws {
        let notebook = try Notebook(parsing: Self.text)
        let results = [
            ok("header\n  period   forecast\n  2015        1,918\n  2016        1,950\n  2017  1,990\n"),
            ok("", 65, stderr: "bad.csv:3:21: expected a number\n"),
            ok(""),
        ]
        #expect(notebook.mismatches(results).isEmpty)
    }

    @Test func changedLineIsReportedAtItsNotebookLine() throws {
        let notebook = try Notebook(parsing: Self.text)
        let results = [
            ok("header\n  period   forecast\n  2015        1,919\n  2016        1,950\n"),
            ok("", 65, stderr: "bad.csv:3:21: expected a number\n"),
            ok(""),
        ]
        let mismatches = notebook.mismatches(results)
        try #require(mismatches.count == 1)
        #expect(mismatches[0].command.line == 4)
        let report = mismatches[0].report(file: "Notebooks-text/x.md")
        #expect(report == """
            Notebooks-text/x.md:4: $ chitieu forecast
            output differs (- expected, + actual):
                  5 | header
                  6 |   period   forecast
            -     7 |   2015        1,918
            +       |   2015        1,919
                  8 |   2016        1,950
                  9 | ...  (0 lines)
            """)
    }

    @Test func statusMismatchIsReported() throws {
        let notebook = try Notebook(parsing: Self.text)
        let results = [
            ok("header\n  period   forecast\n  2015        1,918\n  2016        1,950\n"),
            ok("", 0, stderr: "bad.csv:3:21: expected a number\n"),
            ok("", 1),
        ]
        let mismatches = notebook.mismatches(results)
        #expect(mismatches.map(\.command.line) == [10, 13])
        #expect(mismatches[0].report(file: "x.md") == "x.md:10: $ chitieu attain --data bad.csv\nexit status 0, expected 65")
        // A non-zero exit without `? N` fails even when the output matches.
        #expect(mismatches[1].report(file: "x.md") == "x.md:13: $ true\nexit status 1, expected 0")
    }

    @Test func longOutputIsCutToContext() throws {
        let expected = (1...20).map { "line \($0)" }
        let notebook = try Notebook(parsing: "```console\n$ seq\n" + expected.joined(separator: "\n") + "\n```\n")
        var actual = expected
        actual[9] = "line ten"
        let report = try #require(notebook.mismatches([ok(actual.joined(separator: "\n"))]).first).report(file: "n.md")
        #expect(report.split(separator: "\n").map(String.init) == [
            "n.md:2: $ seq",
            "output differs (- expected, + actual):",
            "   ⋮",
            "     10 | line 8",
            "     11 | line 9",
            "-    12 | line 10",
            "+       | line ten",
            "     13 | line 11",
            "     14 | line 12",
            "   ⋮",
        ])
    }
}
