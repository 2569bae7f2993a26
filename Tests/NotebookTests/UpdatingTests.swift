import Testing

/// `UPDATE_NOTEBOOKS=1`: only what differs is rewritten.
@Suite struct UpdatingTests {
    static let text = """
        # Forecast

        ```console
        $ chitieu forecast
        Sơn La ([..]) — revenue
          2015        1,918
          2016        1,950
        ...
        total

        $ chitieu attain
        ? 65
        old error
        $ chitieu ok
        ? 2
        fine
        $ chitieu same
        [..] unchanged
        ```

        After.
        """

    @Test func onlyDifferingLinesAreReplaced() throws {
        let notebook = try Notebook(parsing: Self.text)
        let results = [
            CommandResult(status: 0, stdout: "Sơn La (son-la) — revenue\n  2015        1,920\n  2016        1,950\n  2017  1,990\ntotal\n", stderr: ""),
            CommandResult(status: 64, stdout: "", stderr: "new error\n"),
            CommandResult(status: 0, stdout: "fine\n", stderr: ""),
            CommandResult(status: 0, stdout: "still unchanged\n", stderr: ""),
        ]
        let updated = try notebook.updated(with: results)
        #expect(updated == """
            # Forecast

            ```console
            $ chitieu forecast
            Sơn La ([..]) — revenue
              2015        1,920
              2016        1,950
            ...
            total

            $ chitieu attain
            ? 64
            new error
            $ chitieu ok
            fine
            $ chitieu same
            [..] unchanged
            ```

            After.
            """)
        #expect(try Notebook(parsing: updated).mismatches(results).isEmpty)
    }

    @Test func newNonZeroStatusGetsAStatusLine() throws {
        let notebook = try Notebook(parsing: "```console\n$ false\n```\n")
        let updated = try notebook.updated(with: [CommandResult(status: 1, stdout: "", stderr: "")])
        #expect(updated == "```console\n$ false\n? 1\n```\n")
    }

    @Test func matchingNotebookIsUnchanged() throws {
        let notebook = try Notebook(parsing: Self.text)
        let results = [
            CommandResult(status: 0, stdout: "Sơn La (x) — revenue\n  2015        1,918\n  2016        1,950\ntotal\n", stderr: ""),
            CommandResult(status: 65, stdout: "", stderr: "old error\n"),
            CommandResult(status: 2, stdout: "fine\n", stderr: ""),
            CommandResult(status: 0, stdout: "is unchanged\n", stderr: ""),
        ]
        #expect(try notebook.updated(with: results) == Self.text)
    }

    @Test func indentedBlockKeepsItsIndentation() throws {
        let notebook = try Notebook(parsing: "1. Run:\n\n   ```console\n   $ echo hi\n   hi\n   ```\n")
        let updated = try notebook.updated(with: [CommandResult(status: 3, stdout: "hello\n\nthere\n", stderr: "")])
        #expect(updated == "1. Run:\n\n   ```console\n   $ echo hi\n   ? 3\n   hello\n\n   there\n   ```\n")
    }

    @Test(arguments: ["$ looks like a command\n", "```\n", "? 3\n"])
    func outputANotebookCannotHoldIsRefused(stdout: String) throws {
        let notebook = try Notebook(parsing: "```console\n$ cat\n```\n")
        #expect(throws: UnrecordableOutput.self) {
            try notebook.updated(with: [CommandResult(status: 0, stdout: stdout, stderr: "")])
        }
    }
}
