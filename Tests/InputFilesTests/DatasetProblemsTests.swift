import Testing
@testable import InputFiles

@Suite struct DatasetProblemsTests {
    @Test func gathersEveryProblemInFileOrder() throws {
        let folder = TemporaryFolder()
        let location = DatasetLocation(
            observations: folder.write("observations.csv", """
                unit,indicator,period,value
                son-la,rev,2014,1
                son-la,rev,2014-13,2
                son-la,rev,2014,3
                son-la,rev,2015
                son-la,rev,2014,4
                moc-chau,rev,2014,x
                son-la,nrd,2013,5
                """),
            units: folder.write("units.csv", "unit,name,level,parent\nson-la,Sơn La,province,\nxa,Xã,commune,nowhere\nd,D,district,son-la\n"),
            targets: folder.write("targets.csv", "unit,indicator,period,low,high\nson-la,rev,2014,\"2\n"),
            bands: folder.write("bands.csv", "unit,indicator,period,min_value,max_value,count\nson-la,nrd,2014,1,19,-1\n"))
        let problems = Dataset.problems(in: location)
        let places = problems.map { "\($0.file.split(separator: "/").last!):\($0.line):\($0.column)" }
        #expect(places == [
            "observations.csv:3:12",  // month 13
            "observations.csv:4:12",  // duplicate of line 2
            "observations.csv:5:16",  // short row
            "observations.csv:6:12",  // duplicate of line 2 again: the rejected line 4 is not named
            "observations.csv:7:19",  // not a number
            "units.csv:3:15",         // unknown parent
            "targets.csv:2:17",       // unclosed quote ends the file
            "bands.csv:2:22",         // negative count
        ])
        #expect(problems[3].expected.contains("already on line 2"))
        // load throws the first of them.
        #expect(throws: problems[0]) { try Dataset.load(location) }
    }

    @Test func stopsAtTheLimitAndIsEmptyForGoodFiles() throws {
        let folder = TemporaryFolder()
        var text = "unit,indicator,period,value\n"
        for k in 0..<50 { text += "u\(k),rev,2014,bad\n" }
        let bad = DatasetLocation(observations: folder.write("bad.csv", text))
        #expect(Dataset.problems(in: bad, limit: 10).map(\.line) == Array(2...11))
        let good = DatasetLocation(observations: folder.write("good.csv", "unit,indicator,period,value\nson-la,rev,2014,1\n"))
        #expect(Dataset.problems(in: good).isEmpty)
    }
}
