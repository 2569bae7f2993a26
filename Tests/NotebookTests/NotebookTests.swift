import Testing

/// Every notebook in `Notebooks-text/`, each command run and its output
/// compared; `UPDATE_NOTEBOOKS=1` re-records them instead.
@Suite struct NotebookTests {
    @Test(arguments: NotebookFile.all())
    func notebook(_ file: NotebookFile) throws {
        try file.check()
    }
}
