import Foundation
import Testing

/// attain, bands, lagging and review on the small generated panel of
/// Fixtures/planning-panel (make-planning-panel.py). `--model naive` keeps the
/// debug-build tests fast; the method choice and models have their own tests.
@Suite struct PlanningCommandTests {
    let panel = CommandRunner.fixtures.appendingPathComponent("planning-panel")

    func run(_ command: String, _ extra: [String]) throws -> CommandRunner.Outcome {
        try CommandRunner.run([command, "--data", panel.path, "--as-of", "2014-06", "--model", "naive"] + extra)
    }

    @Test func attainCSVFollowsTheSpec() throws {
        let result = try run("attain", ["--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = csvRows(result.stdout)
        #expect(Array(rows[0].prefix(11)) == ["unit", "indicator", "period", "low", "high", "projected", "lo_95", "hi_95", "p_low", "p_high", "status"])
        #expect(rows.count == 7, "one row per target")
        for row in rows.dropFirst() {
            let pLow = try #require(Double(row[8])), pHigh = try #require(Double(row[9]))
            #expect((0...1).contains(pLow) && pHigh <= pLow, "\(row[0]): p_high ≤ p_low for at_least")
            let expected = pLow >= 0.8 ? "on_track" : pLow < 0.5 ? "off_track" : "at_risk"
            #expect(row[10] == expected, "\(row[0]) status")
            #expect(Double(row[6])! <= Double(row[5])! && Double(row[5])! <= Double(row[7])!, "\(row[0]): lo_95 ≤ projected ≤ hi_95")
        }
        // The district whose 2014 share dropped by a fifth (make-planning-panel.py) is off track.
        #expect(rows.first { $0[0] == "d3" }?[10] == "off_track")
        #expect(try run("attain", ["--format", "csv"]).stdout == result.stdout, "seeded: the same command prints the same numbers")
    }

    @Test func thresholdsAreTheUsers() throws {
        let strict = csvRows(try run("attain", ["--format", "csv", "--on-track", "0.99", "--off-track", "0.95"]).stdout)
        #expect(strict.first { $0[0] == "p" && $0[1] == "investment" }?[10] != "on_track")
        #expect(try run("attain", ["--on-track", "0.4", "--off-track", "0.6"]).status == 64)
        #expect(try CommandRunner.run(["attain", "--data", panel.path, "--as-of", "2014-13"]).status == 64)
    }

    @Test func bandsAndLagging() throws {
        let bands = try run("bands", ["--format", "csv"])
        #expect(bands.status == 0, "\(bands.stderr)")
        let rows = csvRows(bands.stdout)
        #expect(rows[0] == ["unit", "indicator", "period", "min_value", "max_value", "count", "units", "expected", "lo_95", "hi_95", "p_met", "status"])
        #expect(rows.count == 3 && rows.dropFirst().allSatisfy { $0[6] == "12" && (0...1).contains(Double($0[10])!) })

        let lagging = try run("lagging", ["--format", "csv"])
        #expect(lagging.status == 0, "\(lagging.stderr)")
        let flagged = csvRows(lagging.stdout)
        #expect(flagged[0] == ["rank", "unit", "name", "level", "parent", "indicator", "reason", "gap", "measure", "risk"])
        #expect(flagged.contains { $0[1] == "d3" && $0[6] == "target_unlikely" })
        let risks = flagged.dropFirst().map { Double($0[9])! }
        #expect(risks == risks.sorted(by: >), "ranked by risk")
    }

    /// The HTML review is one self-contained page with charts, and a unit
    /// named `<script>` shows as text.
    @Test func htmlReviewIsSelfContainedAndEscaped() throws {
        let result = try run("review", ["--format", "html", "--lang", "vi"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = result.stdout
        #expect(page.contains("<svg"))
        #expect(!page.lowercased().contains("<script"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("Huyện Ba &amp; Co"))
        #expect(!page.contains("src=") && !page.contains("href="), "no external files")
    }

    /// The output says whether intervals were calibrated.
    @Test func calibrationIsReported() throws {
        let nominal = csvRows(try run("attain", ["--format", "csv", "--calibrate", "none"]).stdout)
        #expect(nominal.dropFirst().allSatisfy { $0[15] == "nominal" })
    }

    /// A written report leaves no partial file and never replaces an input.
    @Test func reviewToFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("review.md")
        let result = try run("review", ["--format", "markdown", "--output", file.path])
        #expect(result.status == 0 && result.stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("| "))
        let clobber = try run("review", ["--output", panel.appendingPathComponent("targets.csv").path])
        #expect(clobber.status == 64)
    }
}
