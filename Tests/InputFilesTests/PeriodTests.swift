import Testing
@testable import InputFiles

@Suite struct PeriodTests {
    @Test func parsesTheFourForms() {
        #expect(Period("2014") == .year(2014))
        #expect(Period("2014-Q2") == .quarter(year: 2014, quarter: 2))
        #expect(Period("2014-q4") == .quarter(year: 2014, quarter: 4))
        #expect(Period("2014-06") == .month(year: 2014, month: 6))
        #expect(Period("2013-01..2013-06") == .span(year: 2013, firstMonth: 1, lastMonth: 6))
        #expect(Period("2014-05..2014-05") == .span(year: 2014, firstMonth: 5, lastMonth: 5))
        #expect(Period("2014-01..2014-12")?.granularity == .span)
    }

    @Test(arguments: ["", "14", "2014-13", "2014-00", "2014-Q0", "2014-Q5", "2014-6", "2014/06", " 2014",
                      "2014-06 ", "2014-M06", "2013-11..2014-02", "2014-06..2014-01", "2014-01..2014-6",
                      "2014-01...2014-06", "２０１４", "2014-Q12",
                      "0000", "0214", "0999-06", "0999-Q1", "0999-01..0999-02"])
    func refusesEverythingElse(text: String) {
        #expect(Period(text) == nil)
    }

    @Test func saysWhatIsWrongWithASpan() {
        #expect(Period.parse("2013-11..2014-02") == .failure(.spanAcrossYears))
        #expect(Period.parse("2014-06..2014-01") == .failure(.spanBackwards))
        #expect(Period.parse("2014-13") == .failure(.notAPeriod))
    }

    @Test func printsAsItParses() {
        for text in ["2014", "2014-Q3", "2014-09", "2014-01..2014-06"] {
            #expect(Period(text)?.description == text)
        }
    }
}

@Suite struct NumberStyleTests {
    let dot = NumberStyle()
    let comma = NumberStyle(decimalComma: true)

    @Test func dotStyle() throws {
        #expect(try dot.parseValue("2100.5").get() == 2100.5)
        #expect(try dot.parseValue("-3").get() == -3)
        #expect(try dot.parseValue("+0.25").get() == 0.25)
        #expect(try dot.parseValue("1.5e3").get() == 1500)
        #expect(try dot.parseValue(" 180.2 ").get() == 180.2)
        #expect(try dot.parseValue("").get() == nil)
        #expect(try dot.parseValue("  ").get() == nil)
    }

    @Test func decimalCommaStyle() throws {
        #expect(try comma.parseValue("2.100,5").get() == 2100.5)
        #expect(try comma.parseValue("2100,5").get() == 2100.5)
        #expect(try comma.parseValue("13.200").get() == 13200)
        #expect(try comma.parseValue("1.234.567,89").get() == 1234567.89)
        #expect(try comma.parseValue("-0,5").get() == -0.5)
        #expect(try comma.parseValue("11").get() == 11)
        #expect(try comma.parseValue("").get() == nil)
    }

    @Test(arguments: ["nan", "NaN", "inf", "-inf", "Infinity", "1e999", "2,100.5", "2 100", "1.", ".5", "1e", "--1",
                      "0x10", "12a", "2.100,5", "180,2"])
    func dotStyleRefuses(text: String) {
        guard case .failure = dot.parseValue(text) else {
            Issue.record("\(text) read as a number")
            return
        }
    }

    @Test(arguments: ["nan", "inf", "2100.5", "2.10,5", "2.1000", "2,100.5", "1.234.56", ",5", "1,", "12.345.6"])
    func decimalCommaStyleRefuses(text: String) {
        guard case .failure = comma.parseValue(text) else {
            Issue.record("\(text) read as a number")
            return
        }
    }

    @Test func hintsAtTheOtherStyle() {
        guard case let .failure(vietnamese) = dot.parseValue("2.100,5"),
              case let .failure(english) = dot.parseValue("2,100.5"),
              case let .failure(dotInCommaMode) = comma.parseValue("2100.5") else {
            Issue.record("accepted")
            return
        }
        #expect(vietnamese.expected == "a number such as 2100.5 (for Vietnamese numbers such as 2.100,5 use --decimal-comma)")
        #expect(english.expected == "a number such as 2100.5, without thousands separators")
        #expect(dotInCommaMode.expected == "a number such as 2.100,5 (--decimal-comma is on; the file seems to write 2100.5)")
        // 2,100 is 2100 with a separator or 2,1 in Vietnamese style: both are named.
        for ambiguous in ["2,100", "-12,345,678", "1,000"] {
            guard case let .failure(problem) = dot.parseValue(ambiguous) else {
                Issue.record("\(ambiguous) accepted")
                continue
            }
            #expect(problem.expected == "a number such as 2100.5, without thousands separators (if a comma here is the decimal point, use --decimal-comma)")
        }
        guard case let .failure(twoDigits) = dot.parseValue("2,10") else { return }
        #expect(twoDigits.expected.hasSuffix("use --decimal-comma)") && !twoDigits.expected.contains("thousands"))
    }

    @Test func counts() {
        #expect(NumberStyle.parseCount("188") == 188)
        #expect(NumberStyle.parseCount("0") == 0)
        for text in ["-1", "8.0", "", "8,0", "1e2", "x"] { #expect(NumberStyle.parseCount(text) == nil) }
    }
}
