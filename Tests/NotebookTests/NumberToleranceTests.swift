import Testing

/// Numbers in recorded output compare within 1e-9 of the larger magnitude
/// (plus 1e-12), everything else exactly: what one OpenBLAS kernel prints in
/// the last digits must not fail a notebook on another processor.
@Suite struct NumberToleranceTests {
    @Test(arguments: [
        // The last digits that differ between OpenBLAS kernels (issue 18).
        ("son-la,budget_revenue,2014,2100.0,2200.0,2242.1403255327236,2096.0884295783508,2427.827443814128",
         "son-la,budget_revenue,2014,2100.0,2200.0,2242.140325532735,2096.0884295783617,2427.827443814139"),
        ("0.9725", "0.97250000000001"),
        ("-1.5e-3", "-1.5000000000001e-3"),
        ("−1.5e-3", "-0.0015"),
        ("2,242", "2242"),
        ("residual 1.2e-17", "residual -3.4e-18"),
        ("p = 0.8 [..] units", "p = 0.80000000000000004 of 12 units"),
        ("  2015  1,918[..]", "  2015  1,917.9999999999998   1,486 – 2,350"),
    ])
    func lastDigitDifferencesMatch(expected: String, actual: String) {
        #expect(PatternLine(expected).matches(actual))
    }

    @Test(arguments: [
        // A difference at the 6th significant digit is a real change.
        ("2242.1403255327236", "2242.1503255327236"),
        ("0.97250", "0.97251"),
        ("1e-3", "1.00001e-3"),
        ("2,242", "2,243"),
        ("2014-06", "2014-07"),
        ("p = 0.8 [..] units", "p = 0.80001 of 12 units"),
        // A changed word never matches, however close its numbers.
        ("on_track 0.97", "off_track 0.97"),
        ("Sơn La 2242.14", "Son La 2242.14"),
        // A number where text was expected, or text where a number was.
        ("n/a", "0"),
        ("2242.14", "NaN"),
        ("inf", "1e308"),
        ("1.0", "1.0 extra"),
    ])
    func realDifferencesDoNotMatch(expected: String, actual: String) {
        #expect(!PatternLine(expected).matches(actual))
    }

    @Test func numbersAreWholeTokens() {
        let tokens = NumberTolerantLine.tokens("2014-06,-1.5e-3,2,242.5 x86")
        let numbers = tokens.compactMap { token -> String? in
            if case .number(let text, _) = token { return text }
            return nil
        }
        #expect(numbers == ["2014", "06", "-1.5e-3", "2,242.5", "86"])
    }

    @Test func toleranceScalesWithMagnitude() {
        // 1e-9 relative: fine at 1e12, not at 1.
        #expect(PatternLine("1000000000000").matches("1000000000000.5"))
        #expect(!PatternLine("1").matches("1.0000001"))
    }
}
