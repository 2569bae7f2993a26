import Testing
@testable import Reporting

@Test func escapesMarkup() { #expect(HTMLText.escape("<script>") == "&lt;script&gt;") }
