import Foundation

/// Writes small PDFs for the tests: text placed at points (so columns, running headers and page
/// numbers are where a typesetter would put them), image-only "scanned" pages, an /Info dictionary,
/// and an encryption dictionary whose password the tests do not know. PDF 1.4 syntax, Helvetica.
public struct PDFWriter {
    public struct Text {
        var x: Double
        var y: Double
        var text: String
        var size: Double = 10

        public init(x: Double, y: Double, text: String, size: Double = 10) {
            self.x = x; self.y = y; self.text = text; self.size = size
        }
    }

    public struct Page {
        var texts: [Text] = []
        /// A page with a picture and no text layer, as a scanner makes.
        var isScanned = false

        public init(texts: [Text] = [], isScanned: Bool = false) {
            self.texts = texts; self.isScanned = isScanned
        }
    }

    public var pages: [Page]
    public var info: [String: String]
    public var encrypted: Bool

    public init(pages: [Page], info: [String: String] = [:], encrypted: Bool = false) {
        self.pages = pages; self.info = info; self.encrypted = encrypted
    }

    public func bytes() -> [UInt8] {
        var out: [UInt8] = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        var objects: [[UInt8]] = []
        func add(_ body: [UInt8]) -> Int { objects.append(body); return objects.count }
        func add(_ body: String) -> Int { add(Array(body.utf8)) }

        let catalog = add("")   // filled in below, once the page tree's number is known
        let pagesID = add("")
        let font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        var kids: [Int] = []
        for page in pages {
            var stream: [UInt8] = []
            if page.isScanned {
                stream += Array("q 200 0 0 200 100 400 cm BI /W 2 /H 2 /CS /G /BPC 8 ID ".utf8) + [0x00, 0xFF, 0xFF, 0x00] + Array(" EI Q\n".utf8)
            }
            for t in page.texts {
                stream += Array("BT /F1 \(t.size) Tf \(t.x) \(t.y) Td (\(Self.escape(t.text))) Tj ET\n".utf8)
            }
            let content = add(Array("<< /Length \(stream.count) >>\nstream\n".utf8) + stream + Array("\nendstream".utf8))
            kids.append(add("<< /Type /Page /Parent \(pagesID) 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 \(font) 0 R >> >> /Contents \(content) 0 R >>"))
        }
        objects[catalog - 1] = Array("<< /Type /Catalog /Pages \(pagesID) 0 R >>".utf8)
        objects[pagesID - 1] = Array("<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>".utf8)
        let infoID = info.isEmpty ? nil : add("<< " + info.sorted(by: { $0.key < $1.key }).map { "/\($0.key) (\(Self.escape($0.value)))" }.joined(separator: " ") + " >>")
        // Standard security handler, revision 2, with O and U entries no empty password matches.
        let encryptID = encrypted ? add("<< /Filter /Standard /V 1 /R 2 /O <\(String(repeating: "4F", count: 32))> /U <\(String(repeating: "A7", count: 32))> /P -44 >>") : nil

        for body in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(body.offset + 1) 0 obj\n".utf8) + body.element + Array("\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for o in offsets { out += Array((String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n").utf8) }
        var trailer = "trailer\n<< /Size \(objects.count + 1) /Root \(catalog) 0 R"
        if let infoID { trailer += " /Info \(infoID) 0 R" }
        if let encryptID { trailer += " /Encrypt \(encryptID) 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]" }
        out += Array((trailer + " >>\nstartxref\n\(xref)\n%%EOF\n").utf8)
        return out
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }

    /// A three-page court filing in two columns: a running header, `Page N of 3` at the foot, words hyphenated
    /// at line ends; `scannedPage` (1-based) has no text layer.
    public static func filing(scannedPage: Int? = nil) -> PDFWriter {
        var pages: [Page] = []
        for p in 1...3 {
            if p == scannedPage { pages.append(Page(isScanned: true)); continue }
            var page = Page()
            page.texts.append(Text(x: 72, y: 750, text: "United States v. Example - Case No. 1:19-cr-125 - Filed 06/17/2019", size: 8))
            let left = Self.columns[(p - 1) * 2], right = Self.columns[(p - 1) * 2 + 1]
            for (i, line) in left.enumerated() { page.texts.append(Text(x: 72, y: 700 - Double(i) * 14, text: line)) }
            for (i, line) in right.enumerated() { page.texts.append(Text(x: 330, y: 700 - Double(i) * 14, text: line)) }
            page.texts.append(Text(x: 290, y: 40, text: "Page \(p) of 3", size: 8))
            pages.append(page)
        }
        return PDFWriter(pages: pages, info: ["Title": "Sentencing memorandum", "Author": "Office of the Clerk", "CreationDate": "D:20190617120000Z"])
    }

    /// Six columns of text (two a page), each line short enough for half a page.
    public static let columns: [[String]] = [
        ["The defendant was arrested on", "June 22, 2017, at his home in", "Leesburg, Virginia. The investi-", "gation began in April 2017."],
        ["He was paid $25,000 for the", "documents, the government says.", "The jury convicted him on three", "counts in June 2019."],
        ["The court sentenced him to", "twenty years in prison. The", "defence had asked for a lighter", "sentence of ten years."],
        ["The prosecution called the case", "a serious breach of trust and", "asked for the maximum term.", "No appeal has been filed."],
        ["The judge noted the defendant's", "cooperation with the inquiry and", "his age, sixty-two, when setting", "the term of imprisonment."],
        ["A further hearing on restitution", "is scheduled for the autumn of", "2019 in the same district court.", "The clerk will publish the date."],
    ]
}
