import Testing

/// Reading notebooks: which blocks run, where commands, statuses and
/// outputs start and end, and which notebooks are refused.
@Suite struct ParsingTests {
    @Test func commandsStatusesAndOutputs() throws {
        let text = """
            # Title

            Prose with `$ not a command`.

            ```console
            $ echo one
            one
            $ chitieu attain \\
                --data bad.csv
            ? 65
            bad.csv:3:21: expected a number

            $ true
            ```

            ```sh
            $ echo not run
            ```

            """
        let notebook = try Notebook(parsing: text)
        #expect(notebook.commands.count == 3)
        let (echo, attain, trueCommand) = (notebook.commands[0], notebook.commands[1], notebook.commands[2])

        #expect(echo.line == 6)
        #expect(echo.text == "echo one")
        #expect(echo.expectedStatus == 0)
        #expect(echo.statusLineIndex == nil)
        #expect(echo.expected == [PatternLine("one")])
        #expect(echo.expectedLineNumbers == [7])

        #expect(attain.line == 8)
        #expect(attain.text == "chitieu attain \\\n    --data bad.csv")
        #expect(attain.expectedStatus == 65)
        #expect(attain.statusLineIndex == 9)
        #expect(attain.expected == [PatternLine("bad.csv:3:21: expected a number")])
        #expect(attain.expectedLineNumbers == [11])
        // The blank line after the output belongs to it but is not expected.
        #expect(attain.outputLines == 10..<12)

        #expect(trueCommand.line == 13)
        #expect(trueCommand.expected.isEmpty)
        #expect(notebook.text == text)
    }

    @Test func onlyConsoleBlocksRun() throws {
        let text = """
            ```
            $ echo plain
            ```
            ~~~text
            $ echo text
            ~~~
            ````markdown
            ```console
            $ echo quoted inside a longer fence
            ```
            ````
            ~~~ console extra words
            $ echo tilde
            ~~~
            """
        let notebook = try Notebook(parsing: text)
        #expect(notebook.commands.map(\.text) == ["echo tilde"])
        #expect(notebook.commands[0].line == 13)
        #expect(!notebook.endsWithNewline)
        #expect(notebook.text == text)
    }

    @Test func trailingWhitespaceAndBlankLinesAreNotExpected() throws {
        let notebook = try Notebook(parsing: "```console\n$ printf 'a  \\n\\n'   \na   \r\n\n\n```\n")
        #expect(notebook.commands[0].text == "printf 'a  \\n\\n'")
        #expect(notebook.commands[0].expected == [.line(["a"])])
    }

    @Test func indentedFenceLosesItsIndentation() throws {
        let notebook = try Notebook(parsing: "1. Run:\n\n   ```console\n   $ echo hi\n   hi\n   ```\n")
        #expect(notebook.commands[0].text == "echo hi")
        #expect(notebook.commands[0].expected == [.line(["hi"])])
        #expect(notebook.commands[0].indent == 3)
    }

    @Test(arguments: [
        ("# Prose only\n", NotebookError.noCommands),
        ("```sh\n$ echo hi\n```\n", .noCommands),
        ("```console\n```\n", .noCommands),
        ("text\n```console\n$ echo hi\n", .unclosedFence(line: 2)),
        ("```console\nhi\n$ echo hi\n```\n", .outputBeforeCommand(line: 2)),
        ("```console\n$ false\n? one\n```\n", .badStatus(line: 3, text: "? one")),
        ("```console\n$ false\n? 256\n```\n", .badStatus(line: 3, text: "? 256")),
        ("```console\n$ echo \\\n```\n", .danglingContinuation(line: 2)),
    ])
    func refused(text: String, error: NotebookError) {
        #expect(throws: error) { try Notebook(parsing: text) }
    }
}
