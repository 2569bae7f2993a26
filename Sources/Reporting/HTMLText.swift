/// Pieces of a self-contained HTML page: escaping and the page frame.
/// Every text that comes from data (unit names, indicator names) goes
/// through `escape`, so a unit named `<script>` shows as text.
package enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as entities.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A whole page with inline styles only: no scripts, fonts or other files.
    /// `style` adds CSS rules after the common ones.
    package static func page(title: String, language: Language, body: String, style: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }
        table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
        th, td { padding: 0.25rem 0.75rem; border-bottom: 1px solid #ddd; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        h2 { font-size: 1.05rem; margin-top: 1.5rem; }
        \(style)</style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
