import Testing
@testable import InputFiles

/// Writes the given files into a fresh folder and loads them.
func load(observations: String, units: String? = nil, targets: String? = nil, bands: String? = nil,
          numbers: NumberStyle = NumberStyle()) throws(InputError) -> Dataset {
    let folder = TemporaryFolder()
    let location = DatasetLocation(
        observations: folder.write("observations.csv", observations),
        units: units.map { folder.write("units.csv", $0) },
        targets: targets.map { folder.write("targets.csv", $0) },
        bands: bands.map { folder.write("bands.csv", $0) })
    return try Dataset.load(location, numbers: numbers)
}

/// The error loading throws, with the folder's path cut off the file name.
func loadError(observations: String = "unit,indicator,period,value\nson-la,rev,2013,1\nson-la,nrd,2013,5\n", units: String? = nil, targets: String? = nil,
               bands: String? = nil, numbers: NumberStyle = NumberStyle()) -> InputError? {
    do {
        _ = try load(observations: observations, units: units, targets: targets, bands: bands, numbers: numbers)
        return nil
    } catch {
        var error = error
        error.file = String(error.file.split(separator: "/").last ?? "")
        return error
    }
}

@Suite struct DatasetLoadsGoodFiles {
    @Test func everyPeriodForm() throws {
        let dataset = try load(observations: """
            unit,indicator,period,value
            son-la,budget_revenue,2012,2110.5
            son-la,budget_revenue,2014-03,180.2
            son-la,budget_revenue,2014-04,
            son-la,nrd_criteria,2013-Q1,1
            son-la,nrd_criteria,2013-Q2,2
            moc-chau,revenue,2013-01..2013-06,50
            moc-chau,revenue,2013-07..2013-12,55
            moc-chau,revenue,2014-01..2014-06,60
            moc-chau,revenue,2013,105

            ,,,
            moc-chau,nrd_criteria,2013,11
            """)
        let o = dataset.observations
        #expect(o.count == 10)
        #expect(o[0] == Observation(unit: "son-la", indicator: "budget_revenue", period: .year(2012), value: 2110.5, line: 2, column: 28, unitColumn: 1))
        #expect(o[1].period == .month(year: 2014, month: 3) && o[1].value == 180.2)
        #expect(o[2].value == nil)
        #expect(o[3].period == .quarter(year: 2013, quarter: 1))
        #expect(o[5].period == .span(year: 2013, firstMonth: 1, lastMonth: 6))
        #expect(o[9].line == 13 && o[9].value == 11)
        #expect(dataset.units.isEmpty && dataset.targets.isEmpty && dataset.bands.isEmpty)
    }

    @Test func columnsInAnyOrderAndVietnameseNumbers() throws {
        let dataset = try load(observations: """
            value,period,indicator,unit
            "2.100,5",2012,budget_revenue,son-la
            "13.200",2013,budget_revenue,son-la
            "180,2",2014-03,budget_revenue,son-la
            """, numbers: NumberStyle(decimalComma: true))
        #expect(dataset.observations.map(\.value) == [2100.5, 13200, 180.2])
        #expect(dataset.observations.map(\.unit) == ["son-la", "son-la", "son-la"])
    }

    @Test func unitsTargetsAndBandsWithVietnameseNames() throws {
        let nfd = "Huye\u{302}\u{323}n Mo\u{323}\u{302}c Cha\u{302}u"
        let dataset = try load(
            observations: "unit,indicator,period,value\nson-la,budget_revenue,2013,2110.5\nson-la,poverty_rate,2013,4.1\n"
                + "son-la,new_jobs,2013,12800\nchieng-coi,nrd_criteria,2013,12\n",
            units: """
                unit,name,level,parent
                moc-chau,"\(nfd)",district,son-la
                son-la,Tỉnh Sơn La,province,
                "chieng-coi","Xã Chiềng Cơi, ""Thành phố""
                Sơn La",commune,son-la
                """,
            targets: """
                unit,indicator,period,low,high,direction
                son-la,budget_revenue,2014,2100,2200,
                son-la,poverty_rate,2014,0,3.5,at_most
                son-la,new_jobs,2014,13200,13200,at_least
                """,
            bands: """
                count,unit,indicator,period,min_value,max_value
                8,son-la,nrd_criteria,2014,14,19
                188,son-la,nrd_criteria,2014,1,19
                """)
        #expect(dataset.units.count == 3)
        #expect(scalars(dataset.units[0].name) == scalars(nfd))
        #expect(dataset.units[1] == ReportingUnit(id: "son-la", name: "Tỉnh Sơn La", level: "province", parent: nil))
        #expect(dataset.units[2].name == "Xã Chiềng Cơi, \"Thành phố\"\nSơn La")
        #expect(dataset.targets.map(\.direction) == [.atLeast, .atMost, .atLeast])
        #expect(dataset.targets[2] == Target(unit: "son-la", indicator: "new_jobs", period: .year(2014), low: 13200,
                                             high: 13200, direction: .atLeast, line: 4))
        #expect(dataset.bands == [
            BandTarget(unit: "son-la", indicator: "nrd_criteria", period: .year(2014), minValue: 14, maxValue: 19, count: 8, line: 2),
            BandTarget(unit: "son-la", indicator: "nrd_criteria", period: .year(2014), minValue: 1, maxValue: 19, count: 188, line: 3),
        ])
    }

    @Test func targetsWithoutADirectionColumn() throws {
        let dataset = try load(observations: "unit,indicator,period,value\nson-la,budget_revenue,2013,2110.5\n",
                               targets: "unit,indicator,period,low,high\r\nson-la,budget_revenue,2014,2100,2200\r\n")
        #expect(dataset.targets.first?.direction == .atLeast)
    }
}

@Suite struct DatasetRefusesBadFiles {
    let header = "unit,indicator,period,value\n"

    @Test func tooFewAndTooManyFields() throws {
        let short = try #require(loadError(observations: header + "son-la,rev,2014\n"))
        #expect(short.description == "observations.csv:2:16: expected 4 fields (unit,indicator,period,value), found 3 fields")
        let long = try #require(loadError(observations: header + "son-la,rev,2014,1,2\n"))
        #expect(long.description == "observations.csv:2:19: expected 4 fields (unit,indicator,period,value), found 5 fields")
    }

    @Test func nonNumericValues() throws {
        let text = try #require(loadError(observations: header + "son-la,rev,2014,abc\n"))
        #expect(text.description == "observations.csv:2:17: expected a number such as 2100.5, found \"abc\"")
        let nan = try #require(loadError(observations: header + "son-la,rev,2014,nan\n"))
        #expect(nan.line == 2 && nan.column == 17 && nan.found == "\"nan\"")
        let inf = try #require(loadError(observations: header + "son-la,rev,2014,inf\n"))
        #expect(inf.line == 2 && inf.column == 17)
        let english = try #require(loadError(observations: header + "\n\"Sơn La\",rev,2014,\"2,100.5\"\n"))
        #expect(english.description == "observations.csv:3:19: expected a number such as 2100.5, without thousands separators, found \"2,100.5\"")
        let vietnamese = try #require(loadError(observations: header + "son-la,rev,2014,\"2.100,5\"\n"))
        #expect(vietnamese.expected.contains("--decimal-comma"))
    }

    @Test func badPeriods() throws {
        let month = try #require(loadError(observations: header + "son-la,rev,2014-13,1\n"))
        #expect(month.description == "observations.csv:2:12: expected a period such as 2014, 2014-Q2, 2014-06 or 2014-01..2014-06, found \"2014-13\"")
        let across = try #require(loadError(observations: header + "son-la,rev,2013-11..2014-02,1\n"))
        #expect(across.line == 2 && across.column == 12 && across.expected.hasPrefix("a span of months within one year"))
        let empty = try #require(loadError(observations: header + "son-la,rev,,1\n"))
        #expect(empty.column == 12 && empty.found == "an empty cell")
    }

    @Test func mixedInYearGranularity() throws {
        let error = try #require(loadError(observations: header + """
            son-la,rev,2014,100
            son-la,rev,2014-01,8
            moc-chau,rev,2014-Q1,3
            son-la,rev,2014-Q2,9
            """))
        #expect(error.line == 5 && error.column == 12)
        #expect(error.description == "observations.csv:5:12: expected a month like the other in-year periods of son-la, rev (line 3 has 2014-01); a series has one in-year granularity, found \"2014-Q2\"")
    }

    @Test func overlappingSpans() throws {
        let error = try #require(loadError(observations: header + """
            son-la,rev,2014-01..2014-06,50
            son-la,rev,2013-04..2013-09,50
            son-la,rev,2014-06..2014-09,50
            """))
        #expect(error.description == "observations.csv:4:12: expected spans of son-la, rev that do not overlap (line 2 has 2014-01..2014-06), found \"2014-06..2014-09\"")
    }

    @Test func duplicateRowsNameTheFirst() throws {
        let error = try #require(loadError(observations: header + """
            son-la,rev,2014,1
            moc-chau,rev,2014,1
            son-la,rev,2014,2
            """))
        #expect(error.description == "observations.csv:4:12: expected one row per unit, indicator and period (son-la, rev, 2014 is already on line 2), found \"2014\"")
    }

    /// Series checks skip the search while a series' periods come in order;
    /// a period out of order must still find a repeat among all before it.
    @Test func duplicateRowsOutOfOrderNameTheFirst() throws {
        let error = try #require(loadError(observations: header + """
            son-la,rev,2012,1
            son-la,rev,2013,1
            son-la,rev,2014,1
            moc-chau,rev,2014,1
            son-la,rev,2011,1
            son-la,rev,2013,2
            """))
        #expect(error.description == "observations.csv:7:12: expected one row per unit, indicator and period (son-la, rev, 2013 is already on line 3), found \"2013\"")
        // Periods that `<` ranks level are different periods, in either order.
        #expect(loadError(observations: header + "son-la,rev,2014,1\nson-la,rev,2014-01..2014-12,1\n") == nil)
        #expect(loadError(observations: header + "son-la,rev,2014-01..2014-12,1\nson-la,rev,2014,1\n") == nil)
        #expect(loadError(observations: header + "son-la,rev,2014-01,1\nson-la,rev,2014-01..2014-01,1\n") != nil)  // a month and a span: two granularities
    }

    @Test func headers() throws {
        let unknown = try #require(loadError(observations: "unit,indicator,period,vaule\n"))
        #expect(unknown.description == "observations.csv:1:23: expected one of the columns unit, indicator, period, value, found \"vaule\"")
        let missing = try #require(loadError(observations: "unit,indicator,period\nson-la,rev,2014\n"))
        #expect(missing.description == "observations.csv:1:22: expected a column named value in the header (required: unit,indicator,period,value), found the header \"unit,indicator,period\"")
        let twice = try #require(loadError(observations: "unit,indicator,period,value,unit\n"))
        #expect(twice.line == 1 && twice.column == 29 && twice.expected == "each column once (unit is already column 1)")
        let empty = try #require(loadError(observations: ""))
        #expect(empty.description == "observations.csv:1:1: expected a header row unit,indicator,period,value, found an empty file")
        let misspelt = try #require(loadError(targets: "unit,indicator,period,low,high,directon\n"))
        #expect(misspelt.file == "targets.csv" && misspelt.column == 32)
    }

    @Test func units() throws {
        let header = "unit,name,level,parent\n"
        let orphan = try #require(loadError(units: header + "son-la,Sơn La,province,\nmoc-chau,Mộc Châu,district,son-la\nxa,Xã,commune,muong-la\n"))
        #expect(orphan.description == "units.csv:4:15: expected the id of a unit listed in this file (in its unit column), found \"muong-la\"")
        let twice = try #require(loadError(units: header + "son-la,Sơn La,province,\nson-la,Sơn La,province,\n"))
        #expect(twice.description == "units.csv:3:1: expected each unit once (son-la is already on line 2), found \"son-la\" again")
        let cycle = try #require(loadError(units: header + "a,A,district,b\nb,B,district,a\n"))
        #expect(cycle.line == 2 && cycle.column == 14 && cycle.expected.hasPrefix("a parent that is not a itself"))
    }

    @Test func targets() throws {
        let header = "unit,indicator,period,low,high,direction\n"
        let backwards = try #require(loadError(targets: header + "son-la,rev,2014,2200,2100,\n"))
        #expect(backwards.description == "targets.csv:2:22: expected a high of at least the low (2200), found \"2100\"")
        let direction = try #require(loadError(targets: header + "son-la,rev,2014,1,2,atleast\n"))
        #expect(direction.description == "targets.csv:2:21: expected a direction at_least or at_most (or empty for at_least), found \"atleast\"")
        let missingLow = try #require(loadError(targets: header + "son-la,rev,2014,,2,\n"))
        #expect(missingLow.line == 2 && missingLow.column == 17 && missingLow.found == "an empty cell")
        let twice = try #require(loadError(targets: header + "son-la,rev,2014,1,2,\nson-la,rev,2014,1,3,\n"))
        #expect(twice.line == 3 && twice.column == 12 && twice.expected.contains("already on line 2"))
    }

    @Test func bands() throws {
        let header = "unit,indicator,period,min_value,max_value,count\n"
        func loadError(bands: String) -> InputError? {
            InputFilesTests.loadError(units: "unit,name,level,parent\nson-la,S,province,\nx,X,commune,son-la\n", bands: bands)
        }
        let negative = try #require(loadError(bands: header + "son-la,nrd,2014,14,19,-8\n"))
        #expect(negative.description == "bands.csv:2:23: expected a count of units: a whole number, 0 or more, found \"-8\"")
        let fraction = try #require(loadError(bands: header + "son-la,nrd,2014,14,19,8.5\n"))
        #expect(fraction.line == 2 && fraction.column == 23)
        let backwards = try #require(loadError(bands: header + "son-la,nrd,2014,19,14,8\n"))
        #expect(backwards.line == 2 && backwards.column == 20 && backwards.found == "\"14\"")
    }

    @Test func csvErrorsCarryThePathAsGiven() throws {
        let folder = TemporaryFolder()
        let path = folder.write("observations.csv", bytes: Array("unit,indicator,period,value\nson-la,rev,2014,\"1\n".utf8))
        do {
            _ = try Dataset.load(DatasetLocation(observations: path))
            Issue.record("no error")
        } catch {
            #expect(error.file == path && error.line == 2 && error.column == 17)
            #expect(error.description == "\(path):2:17: expected a closing quote \" for the field opened here, found end of file")
        }
        let legacy = folder.write("legacy.csv", bytes: Array("unit,name,level,parent\nson-la,S".utf8) + [0xF5] + Array("n La,province,\n".utf8))
        do {
            _ = try Dataset.load(DatasetLocation(observations: folder.write("o.csv", "unit,indicator,period,value\n"), units: legacy))
            Issue.record("no error")
        } catch {
            #expect(error.file == legacy && error.line == 2 && error.column == 9 && error.found.hasPrefix("byte 0xF5"))
        }
    }
}

/// A position in a workbook prints as the spreadsheet names it.
@Suite struct InputErrorPositionTests {
    @Test func sheetPositionsUseColumnLetters() {
        let error = InputError(file: "book.xlsx", sheet: "Sheet1", line: 14, column: 3, expected: "a number such as 2100.5", found: "\"abc\"")
        #expect(error.description == "book.xlsx:Sheet1!C14: expected a number such as 2100.5, found \"abc\"")
        #expect(InputError(file: "t.csv", line: 2, column: 9, expected: "x", found: "y").description == "t.csv:2:9: expected x, found y")
        let names = [1, 2, 26, 27, 52, 53, 702, 703, 16_384].map(InputError.columnName)
        #expect(names == ["A", "B", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"])
    }
}
