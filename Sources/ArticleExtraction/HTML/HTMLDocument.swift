import CLibXML2

/// Parses HTML bytes with libxml2's HTML parser and builds a `PageTree` from its SAX events: no DOM is
/// made, so nothing is allocated for the tree and then freed (half the parser's cost on a large page).
/// The only file that touches libxml2's parser.
enum HTMLDocument {
    /// - Parameter encoding: the charset the bytes are in (decided by `Charset.detect`); libxml2 converts from it.
    /// - Parameter readingNoscript: read `<noscript>` as text, as a browser with scripts off shows it.
    static func parse(_ bytes: [UInt8], encoding: String, readingNoscript: Bool = false) -> PageTree? {
        guard !bytes.isEmpty else { return nil }
        factcheck_xml_silence()
        let builder = Builder()
        builder.readingNoscript = readingNoscript
        let parsed: Bool = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                guard let ctxt = htmlCreateMemoryParserCtxt(base, Int32(buffer.count)) else { return false }
                defer { htmlFreeParserCtxt(ctxt) }
                var handler = htmlSAXHandler()
                handler.initialized = 1
                handler.startElement = { context, name, attributes in
                    guard let context, let name else { return }
                    Unmanaged<Builder>.fromOpaque(context).takeUnretainedValue().start(name, attributes)
                }
                handler.endElement = { context, name in
                    guard let context, let name else { return }
                    Unmanaged<Builder>.fromOpaque(context).takeUnretainedValue().end(name)
                }
                let text: charactersSAXFunc = { context, characters, length in
                    guard let context, let characters, length > 0 else { return }
                    Unmanaged<Builder>.fromOpaque(context).takeUnretainedValue().text(characters, Int(length))
                }
                handler.characters = text
                handler.ignorableWhitespace = text
                handler.cdataBlock = text
                ctxt.pointee.sax.pointee = handler
                ctxt.pointee.userData = Unmanaged.passUnretained(builder).toOpaque()
                _ = htmlCtxtUseOptions(ctxt, Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                    | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue))
                if let handler = xmlFindCharEncodingHandler(encoding) { _ = xmlSwitchToEncoding(ctxt, handler) }
                _ = htmlParseDocument(ctxt)
                return true
            }
        }
        guard parsed, !builder.tree.elements.isEmpty else { return nil }
        builder.finish()
        return builder.tree
    }

    /// Turns start, end and text events into elements and runs; a class, so libxml2 can hold it by pointer.
    private final class Builder {
        var tree = PageTree()
        /// Open elements, innermost last: their index in `tree.elements` (-1 inside a skipped element) and name pointer.
        var stack: [(index: Int, name: UnsafePointer<xmlChar>)] = []
        /// Inline text of each open block, innermost last.
        var open: [(owner: Int, text: [UInt8], links: Int)] = []
        var linkDepth = 0
        /// Depth inside an element whose content is not text (script, style, head…); 0 outside.
        var skipped = 0
        /// Text being gathered for metadata: a `<title>` or a JSON-LD script.
        var gathering: (kind: Gathering, bytes: [UInt8])?
        enum Gathering { case title, jsonLD }
        /// Element names by pointer: libxml2 interns them, so each is made once.
        var names: [UnsafePointer<xmlChar>: String] = [:]
        var readingNoscript = false

        func tagName(_ p: UnsafePointer<xmlChar>) -> String {
            if let known = names[p] { return known }
            let name = String(cString: p).lowercased()
            names[p] = name
            return name
        }

        func start(_ namePointer: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
            let tag = tagName(namePointer)
            let attrs = Attributes(raw: attributes)
            switch tag {
            case "meta", "link", "time": readMetadata(tag, attrs)
            case "title" where gathering == nil: gathering = (.title, [])
            case "script" where attrs["type"]?.lowercased() == "application/ld+json": gathering = (.jsonLD, [])
            default: break
            }
            if tag == "br" {
                if skipped == 0 { appendText([0x0A]) }
                return
            }
            if skipped > 0 || (HTMLTags.skipped.contains(tag) && !(readingNoscript && tag == "noscript")) {
                skipped += 1
                stack.append((-1, namePointer))
                return
            }
            let parent = stack.last(where: { $0.index >= 0 })?.index ?? -1
            let index = tree.elements.count
            let depth = parent >= 0 ? tree.elements[parent].depth + 1 : 0
            tree.elements.append(element(tag, attrs, parent: parent, depth: depth))
            stack.append((index, namePointer))
            if HTMLTags.block.contains(tag) { openBlock(index) }
            if tag == "a" { linkDepth += 1 }
        }

        func end(_ namePointer: UnsafePointer<xmlChar>) {
            // libxml2 closes what it opened, in order; a stray end tag it could not match is ignored here.
            guard let top = stack.last else { return }
            if top.name != namePointer && tagName(top.name) != tagName(namePointer) { return }
            stack.removeLast()
            let tag = tagName(namePointer)
            if let g = gathering, (g.kind == .title && tag == "title") || (g.kind == .jsonLD && tag == "script") {
                let text = String(decoding: g.bytes, as: UTF8.self)
                switch g.kind {
                case .title: if tree.metadata.titleElement == nil { tree.metadata.titleElement = TextCleaning.collapse(text) }
                case .jsonLD: tree.metadata.jsonLD.append(text)
                }
                gathering = nil
            }
            if top.index < 0 {
                skipped -= 1
                return
            }
            if tag == "a" { linkDepth -= 1 }
            if HTMLTags.block.contains(tag) { closeBlock() }
        }

        func text(_ characters: UnsafePointer<xmlChar>, _ length: Int) {
            let bytes = UnsafeBufferPointer(start: characters, count: length)
            if gathering != nil { gathering!.bytes.append(contentsOf: bytes) }
            if skipped == 0 { appendText(bytes) }
        }

        func finish() {
            while !open.isEmpty { closeBlock() }
        }

        func openBlock(_ owner: Int) {
            flushInnermost()
            open.append((owner, [], 0))
        }

        func closeBlock() {
            flushInnermost()
            if !open.isEmpty { open.removeLast() }
        }

        /// Ends the innermost block's current run (a nested block is starting or it is closing).
        func flushInnermost() {
            guard let top = open.last, !top.text.isEmpty else { return }
            // Split on the byte: a <br> left a newline.
            let lines = top.text.split(separator: 0x0A, omittingEmptySubsequences: true)
            var total = 0
            if lines.count > 1 { total = String(decoding: top.text, as: UTF8.self).unicodeScalars.count }
            for line in lines {
                let text = TextCleaning.collapse(String(decoding: line, as: UTF8.self))
                guard !text.isEmpty else { continue }
                // Link characters are shared out over the lines of a run that a <br> split.
                let share = lines.count == 1 ? top.links : top.links * text.unicodeScalars.count / max(1, total)
                tree.runs.append(PageTree.Run(owner: top.owner, text: text, linkCharacters: share))
            }
            open[open.count - 1].text.removeAll(keepingCapacity: true)
            open[open.count - 1].links = 0
        }

        func appendText<C: Collection>(_ bytes: C) where C.Element == UInt8 {
            guard !open.isEmpty else { return }
            open[open.count - 1].text.append(contentsOf: bytes)
            if linkDepth > 0 {
                // Scalars, not bytes: count lead bytes only.
                open[open.count - 1].links += bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            }
        }

        func element(_ tag: String, _ attrs: Attributes, parent: Int, depth: Int) -> PageTree.Element {
            var tokens: [String] = []
            if let c = attrs["class"] { tokens += NameTokens.split(c) }
            if let i = attrs["id"] { tokens += NameTokens.split(i) }
            var hidden = attrs["hidden"] != nil || attrs["aria-hidden"]?.lowercased() == "true"
            if let style = attrs["style"] {
                let s = style.lowercased().filter { !$0.isWhitespace }
                hidden = hidden || s.containsBytes("display:none") || s.containsBytes("visibility:hidden")
            }
            return PageTree.Element(tag: tag, parent: parent, depth: depth, nameTokens: tokens, role: attrs["role"]?.lowercased(), isHidden: hidden)
        }

        func readMetadata(_ tag: String, _ attrs: Attributes) {
            switch tag {
            case "meta":
                guard let content = attrs["content"] else { return }
                for key in ["property", "name", "itemprop"] {
                    if let k = attrs[key]?.lowercased(), tree.metadata.meta[k] == nil { tree.metadata.meta[k] = content }
                }
            case "link":
                if attrs["rel"]?.lowercased().split(separator: " ").contains("canonical") == true, tree.metadata.canonical == nil {
                    tree.metadata.canonical = attrs["href"]
                }
            case "time":
                if let value = attrs["datetime"] {
                    let marked = attrs["pubdate"] != nil || attrs["itemprop"]?.lowercased() == "datepublished"
                    tree.metadata.times.append((value, marked))
                }
            default:
                break
            }
        }
    }

    /// An element's attributes as libxml2 hands them over (name, value, name, value, …, NULL), looked up by name.
    private struct Attributes {
        let raw: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

        subscript(_ wanted: String) -> String? {
            guard var p = raw else { return nil }
            while let name = p.pointee {
                let value = p.advanced(by: 1).pointee
                if equalsIgnoringCase(name, wanted) { return value.map { String(cString: $0) } ?? "" }
                p = p.advanced(by: 2)
            }
            return nil
        }

        private func equalsIgnoringCase(_ c: UnsafePointer<xmlChar>, _ s: String) -> Bool {
            var i = 0
            for b in s.utf8 {
                let x = c[i]
                if x == 0 || (x | 0x20) != (b | 0x20) { return false }
                i += 1
            }
            return c[i] == 0
        }
    }
}
