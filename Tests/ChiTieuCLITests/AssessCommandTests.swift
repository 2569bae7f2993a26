import Foundation
import InputFiles
import Testing

/// `chitieu assess --year Y` on a small panel scored by hand.
@Suite struct AssessCommandTests {
    func run(_ arguments: [String]) throws -> CommandRunner.Outcome {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "unit,indicator,period,value\na,rev,2013,120\nb,rev,2013-01..2013-06,40\nb,rev,2013-07..2013-12,65\nc,rev,2013-01..2013-06,50\n"
            .write(to: folder.appendingPathComponent("observations.csv"), atomically: true, encoding: .utf8)
        try "unit,indicator,period,low,high,direction\na,rev,2013,100,110,\nb,rev,2013,100,110,\nc,rev,2013,100,110,\na,rev,2014,1,1,\n"
            .write(to: folder.appendingPathComponent("targets.csv"), atomically: true, encoding: .utf8)
        return try CommandRunner.run(arguments.map { $0 == "DATA" ? folder.path : $0 })
    }

    @Test func csvHasTheSpecColumns() throws {
        let outcome = try run(["assess", "--data", "DATA", "--year", "2013", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == """
            unit,indicator,period,low,high,outcome,share,status,direction
            a,rev,2013,100.0,110.0,120.0,1.2,exceeded,at_least
            b,rev,2013,100.0,110.0,105.0,1.05,met,at_least
            c,rev,2013,100.0,110.0,,,missing,at_least

            """)
    }

    @Test func tableInTheBoardsWords() throws {
        let outcome = try run(["assess", "--data", "DATA", "--year", "2013", "--lang", "vi"])
        #expect(outcome.stdout.hasPrefix("Tổng kết năm 2013: 3 chỉ tiêu — 1 hoàn thành vượt mức, 1 hoàn thành, 1 chưa có số liệu"))
        #expect(outcome.stdout.contains("Hoàn thành vượt mức") && outcome.stdout.contains("Chưa có số liệu"))
    }

    @Test func aYearWithoutTargetsIsAUsageError() throws {
        let outcome = try run(["assess", "--data", "DATA", "--year", "2012"])
        #expect(outcome.status == 64 && outcome.stderr.contains("no targets for 2012; targets exist for 2013, 2014"))
    }
}

/// `chitieu propose --year Y`: the spec's columns, one reach_C per confidence.
@Suite struct ProposeCommandTests {
    @Test func csvHasAReachColumnPerConfidence() throws {
        let outcome = try CommandRunner.run(["propose", "--data", PlanningInputTests.panel.path, "--year", "2014",
                                             "--confidence", "0.5,0.8,0.95", "--format", "csv", "--paths", "500"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.first == "unit,indicator,period,direction,reach_50,reach_80,reach_95,method")
        #expect(lines.count == 7, "one row per target's unit and indicator: \(outcome.stdout)")
    }

    @Test func confidenceMustBeAProbability() throws {
        let outcome = try CommandRunner.run(["propose", "--data", PlanningInputTests.panel.path, "--year", "2014", "--confidence", "0.5,1"])
        #expect(outcome.status == 64 && outcome.stderr.contains("strictly between 0 and 1"))
    }
}

/// `assess --hindcast`: the review re-run at earlier months, in the JSON.
@Suite struct AssessHindcastTests {
    @Test func jsonHoldsTheReviewsRecord() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var rows = "unit,indicator,period,value\n"
        for year in 2010...2013 {
            for month in 1...12 {
                let value = 10 * (1 + 0.2 * sin(Double(month))) * (1 + 0.04 * Double(year - 2010)) + Double((month * 7 + year) % 5) / 10
                rows += "a,rev,\(year)-\(month < 10 ? "0" : "")\(month),\(value)\n"
            }
        }
        try rows.write(to: folder.appendingPathComponent("observations.csv"), atomically: true, encoding: .utf8)
        try "unit,indicator,period,low,high\na,rev,2013,120,130\n".write(to: folder.appendingPathComponent("targets.csv"), atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["assess", "--data", folder.path, "--year", "2013", "--hindcast", "3,9",
                                             "--format", "json", "--paths", "500", "--calibrate", "none"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let hindcast = try #require(json["hindcast"] as? [[String: Any]])
        #expect(hindcast.map { $0["month"] as? Int } == [3, 9])
        let scores = try #require(json["scores"] as? [[String: Any]])
        #expect(scores.count == 2 && scores.allSatisfy { ($0["targets"] as? Int) == 1 })
        // The workbook holds the same numbers as number cells, in Vietnamese too
        // (a table's "1.042" is a thousand and forty-two there, never read back as 1.042).
        let book = folder.appendingPathComponent("tong-ket.xlsx").path
        let written = try CommandRunner.run(["assess", "--data", folder.path, "--year", "2013", "--hindcast", "3,9", "--lang", "vi",
                                             "--format", "xlsx", "--output", book, "--paths", "500", "--calibrate", "none"])
        #expect(written.status == 0, "\(written.stderr)")
        let workbook = try Workbook(path: book)
        #expect(workbook.sheetNames == ["Tổng kết 2013", "Dự báo trong năm", "Độ tin cậy theo tháng", "Xếp hạng"])
        let during = try workbook.reader(sheet: "Dự báo trong năm").readAll()
        // (Foundation's JSON reader on Linux may round the last digit.)
        let projected = during.dropFirst().map { Double($0.fields[3].value) ?? .nan }
        let fromJSON = hindcast.map { $0["projected"] as? Double ?? .nan }
        #expect(projected.count == 2 && zip(projected, fromJSON).allSatisfy { abs($0 - $1) <= 1e-12 * abs($1) }, "\(projected) vs \(fromJSON)")
        #expect(during.dropFirst().allSatisfy { $0.fields[3].isNumberCell && $0.fields[8].isNumberCell })
        let bad = try CommandRunner.run(["assess", "--data", folder.path, "--year", "2013", "--hindcast", "12"])
        #expect(bad.status == 64 && bad.stderr.contains("months from 1 to 11"))
        // At year end the review is the year-end summary.
        let review = try CommandRunner.run(["review", "--data", folder.path, "--as-of", "2013-12", "--paths", "500"])
        #expect(review.status == 0 && review.stdout.hasPrefix("Year-end summary 2013: 1 target"), "\(review.stdout.prefix(200))")
        #expect(review.stdout.contains("The review's record by month"))
        // Several years: targets of each, the record pooled by month.
        try "unit,indicator,period,low,high\na,rev,2012,110,120\na,rev,2013,120,130\n"
            .write(to: folder.appendingPathComponent("targets.csv"), atomically: true, encoding: .utf8)
        let years = try CommandRunner.run(["assess", "--data", folder.path, "--year", "2012..2013", "--hindcast", "6",
                                           "--format", "json", "--paths", "500", "--calibrate", "none"])
        let pooled = try #require(try JSONSerialization.jsonObject(with: Data(years.stdout.utf8)) as? [String: Any])
        #expect((pooled["targets"] as? [[String: Any]])?.map { $0["period"] as? String } == ["2012", "2013"])
        #expect((pooled["scores"] as? [[String: Any]])?.first?["targets"] as? Int == 2)
        let wrong = try CommandRunner.run(["assess", "--data", folder.path, "--year", "2013..2012"])
        #expect(wrong.status == 64 && wrong.stderr.contains("years such as 2011..2013"))
    }
}
