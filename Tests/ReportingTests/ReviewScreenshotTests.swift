import Foundation
import Testing
@testable import Reporting

/// Renders the review's HTML in headless Chromium and checks what a reader
/// would see: the charts' colours in the screenshot (decoded by
/// `Fixtures/png-colours.py`, Python's standard library only) and a DOM
/// with the charts and without any script. Skipped where Chromium or
/// Python is absent (CI: `apt-get install -y chromium fonts-dejavu-core python3`).
@Suite(.enabled(if: Browser.chromium != nil && Browser.python != nil,
                "needs chromium and python3 (apt-get install -y chromium fonts-dejavu-core python3)"))
struct ReviewScreenshotTests {
    /// Two fan charts (yearly with a target range, monthly with a one-sided
    /// target) and one band chart, under hostile names.
    static func page() -> String {
        var document = ReviewSample.document(unitName: ReviewHTMLTests.hostileUnit, indicatorName: ReviewHTMLTests.hostileIndicator)
        document.bands = [document.bands[1]]
        return ReviewReport(document, language: .vi).rendered([.headline, .targets, .bands], as: .html)
    }

    @Test(.timeLimit(.minutes(2)))
    func chartsAppearInTheScreenshot() throws {
        let folder = try Browser.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("review.html")
        try Self.page().write(to: page, atomically: true, encoding: .utf8)
        let png = folder.appendingPathComponent("review.png")

        let chromium = try Browser.run(try #require(Browser.chromium), Browser.flags(folder) + [
            "--screenshot=\(png.path)", "--window-size=1200,2200", page.absoluteString,
        ])
        try #require(FileManager.default.fileExists(atPath: png.path), "no screenshot; chromium said: \(chromium.error)")
        Browser.keep([page, png])

        let palette = SVGChart.Palette.self
        let colours = [palette.band95, palette.band80, palette.target, palette.met, palette.short, "#ffffff"]
        let script = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("png-colours.py")
        let decoded = try Browser.run(try #require(Browser.python), [script.path, png.path] + colours)
        let result = try #require(try JSONSerialization.jsonObject(with: Data(decoded.output.utf8)) as? [String: Any], "\(decoded.error)")
        #expect(result["width"] as? Int == 1200)
        #expect(result["height"] as? Int == 2200)
        let counts = try #require(result["counts"] as? [String: Int])
        // Each legend swatch is 18×12 = 216 pixels (two fan charts, one band
        // chart); the thresholds ask for far more, so only drawn bands and
        // bars pass. Measured here: 8,933 · 16,582 · 12,799 · 25,656 · 3,299;
        // the same page without charts: 0 · 0 · 0 · 0 · 826 (grey text edges).
        #expect(counts[palette.band95, default: 0] > 4000, "95% band: \(counts)")
        #expect(counts[palette.band80, default: 0] > 4000, "80% band: \(counts)")
        #expect(counts[palette.target, default: 0] > 4000, "target band: \(counts)")
        #expect(counts[palette.met, default: 0] > 5000, "bars meeting the target: \(counts)")
        #expect(counts[palette.short, default: 0] > 2000, "bars short of it: \(counts)")
        #expect(counts["#ffffff", default: 0] > 1200 * 2200 / 2, "the page is mostly its white background: \(counts)")
    }

    @Test(.timeLimit(.minutes(2)))
    func renderedDOMHasChartsAndNoScript() throws {
        let folder = try Browser.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("review.html")
        try Self.page().write(to: page, atomically: true, encoding: .utf8)
        let dom = try Browser.run(try #require(Browser.chromium), Browser.flags(folder) + ["--dump-dom", page.absoluteString]).output
        #expect(dom.contains("<svg"))
        #expect(dom.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(!dom.lowercased().contains("<script"))
        // The hostile name is text in the heading, as the reader sees it.
        #expect(dom.contains("<h1>Rà soát khả năng hoàn thành chỉ tiêu — &lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
    }
}

/// Finding and running Chromium and Python for the screenshot tests.
enum Browser {
    static let chromium = find(["CHROMIUM"], ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"])
    static let python = find(["PYTHON3"], ["python3"])

    /// An executable named by one of `variables`, else the first of `names` on PATH.
    static func find(_ variables: [String], _ names: [String]) -> String? {
        let environment = ProcessInfo.processInfo.environment
        for variable in variables {
            if let path = environment[variable], FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }

    /// Headless with a profile of its own (so parallel runs do not share
    /// one), no sandbox (containers run as root), no GPU, no scrollbars.
    static func flags(_ folder: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         "--disable-dev-shm-usage", "--force-device-scale-factor=1",
         "--user-data-dir=\(folder.appendingPathComponent("profile").path)"]
    }

    /// Copies the files to the folder named by `CHITIEU_SCREENSHOT_DIR`, if set, to look at them.
    static func keep(_ files: [URL]) {
        guard let folder = ProcessInfo.processInfo.environment["CHITIEU_SCREENSHOT_DIR"] else { return }
        for file in files {
            let copy = URL(fileURLWithPath: folder).appendingPathComponent(file.lastPathComponent)
            try? FileManager.default.removeItem(at: copy)
            try? FileManager.default.copyItem(at: file, to: copy)
        }
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `executable` to the end; its standard output and error as text.
    static func run(_ executable: String, _ arguments: [String]) throws -> (output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting, so a full pipe cannot block the child.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
