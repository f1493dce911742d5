import CLibXML2

/// Parses HTML bytes with libxml2's HTML parser and flattens the result into a `PageTree`.
/// The only file that touches libxml2's tree.
enum HTMLDocument {
    /// - Parameter encoding: the charset the bytes are in (decided by `Charset.detect`); libxml2 converts from it.
    static func parse(_ bytes: [UInt8], encoding: String) -> PageTree? {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        factcheck_xml_silence()
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let doc = parsed else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        var builder = Builder()
        builder.walk(root)
        return builder.tree
    }

    private struct Builder {
        var tree = PageTree()
        /// Inline text of the block being built, per open block (innermost last).
        var open: [(owner: Int, text: String, links: Int)] = []
        var linkDepth = 0
        /// Element names by pointer: libxml2 interns them in the document's dictionary, so each is made once.
        var names: [UnsafePointer<xmlChar>: String] = [:]

        /// libxml2's HTML parser lower-cases element names already.
        mutating func tagName(_ p: UnsafePointer<xmlChar>) -> String {
            if let known = names[p] { return known }
            let name = String(cString: p)
            names[p] = name
            return name
        }

        /// Iterative so that a page nested thousands deep cannot exhaust the stack.
        mutating func walk(_ root: xmlNodePtr) {
            enum Step { case enter(xmlNodePtr, parent: Int), leave(element: Int, tag: String, isBlock: Bool) }
            var stack: [Step] = [.enter(root, parent: -1)]
            while let step = stack.popLast() {
                switch step {
                case .leave(let element, let tag, let isBlock):
                    if tag == "a" { linkDepth -= 1 }
                    if isBlock { closeBlock() }
                    _ = element
                case .enter(let node, let parent):
                    switch node.pointee.type {
                    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                        if let c = node.pointee.content { appendText(String(cString: c)) }
                    case XML_ELEMENT_NODE:
                        let tag = tagName(node.pointee.name)
                        if tag == "head" { scanHead(node); continue }
                        if tag == "meta" || tag == "link" || tag == "time" || tag == "script" { readMetadata(node, tag: tag) }
                        if HTMLTags.skipped.contains(tag) { continue }
                        if tag == "br" { appendText("\n"); continue }
                        let index = tree.elements.count
                        let depth = parent >= 0 ? tree.elements[parent].depth + 1 : 0
                        tree.elements.append(element(node, tag: tag, parent: parent, depth: depth))
                        let isBlock = HTMLTags.block.contains(tag)
                        if isBlock { openBlock(index) }
                        if tag == "a" { linkDepth += 1 }
                        stack.append(.leave(element: index, tag: tag, isBlock: isBlock))
                        // Last child first, so the first is popped first.
                        var child = node.pointee.last
                        while let c = child { stack.append(.enter(c, parent: index)); child = c.pointee.prev }
                    default:
                        continue
                    }
                }
            }
            while !open.isEmpty { closeBlock() }
        }

        mutating func openBlock(_ owner: Int) {
            flushInnermost()
            open.append((owner, "", 0))
        }

        mutating func closeBlock() {
            flushInnermost()
            open.removeLast()
        }

        /// Ends the innermost block's current run (a nested block is starting or it is closing).
        mutating func flushInnermost() {
            guard var top = open.last else { return }
            // Split on the byte: Character-wise splitting walks grapheme boundaries.
            let lines = top.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).map { Substring($0) }
            let total = lines.count == 1 ? 0 : top.text.unicodeScalars.count
            for line in lines {
                let text = TextCleaning.collapse(line)
                guard !text.isEmpty else { continue }
                // Link characters are shared out over the lines of a run that a <br> split.
                let share = lines.count == 1 ? top.links : top.links * text.unicodeScalars.count / max(1, total)
                tree.runs.append(PageTree.Run(owner: top.owner, text: text, linkCharacters: share))
            }
            top.text = ""
            top.links = 0
            open[open.count - 1] = top
        }

        mutating func appendText(_ s: String) {
            guard !open.isEmpty else { return }
            open[open.count - 1].text += s
            if linkDepth > 0 { open[open.count - 1].links += s.unicodeScalars.count }
        }

        func element(_ node: xmlNodePtr, tag: String, parent: Int, depth: Int) -> PageTree.Element {
            var tokens: [String] = []
            var role: String?
            var hidden = false
            var attr = node.pointee.properties
            while let a = attr {
                // Only five attribute names matter; others are skipped before any string is made.
                let raw = a.pointee.name!
                let first = raw[0] | 0x20
                guard first == UInt8(ascii: "c") || first == UInt8(ascii: "i") || first == UInt8(ascii: "r")
                        || first == UInt8(ascii: "h") || first == UInt8(ascii: "a") || first == UInt8(ascii: "s") else {
                    attr = a.pointee.next
                    continue
                }
                let name = String(cString: raw).lowercased()
                guard ["class", "id", "role", "hidden", "aria-hidden", "style"].contains(name) else {
                    attr = a.pointee.next
                    continue
                }
                let value = a.pointee.children.flatMap { $0.pointee.content }.map { String(cString: $0) } ?? ""
                switch name {
                case "class", "id": tokens += NameTokens.split(value)
                case "role": role = value.lowercased()
                case "hidden": hidden = true
                case "aria-hidden": hidden = hidden || value.lowercased() == "true"
                case "style":
                    let s = value.lowercased().filter { !$0.isWhitespace }
                    hidden = hidden || s.containsBytes("display:none") || s.containsBytes("visibility:hidden")
                default: break
                }
                attr = a.pointee.next
            }
            return PageTree.Element(tag: tag, parent: parent, depth: depth, nameTokens: tokens, role: role, isHidden: hidden)
        }

        /// The head holds no article text, only metadata, wherever it is nested.
        mutating func scanHead(_ head: xmlNodePtr) {
            var pending: [xmlNodePtr] = []
            var child = head.pointee.children
            while let c = child { pending.append(c); child = c.pointee.next }
            while let node = pending.popLast() {
                guard node.pointee.type == XML_ELEMENT_NODE else { continue }
                readMetadata(node, tag: String(cString: node.pointee.name).lowercased())
                var c = node.pointee.children
                while let n = c { pending.append(n); c = n.pointee.next }
            }
        }

        mutating func readMetadata(_ node: xmlNodePtr, tag: String) {
            func attribute(_ wanted: String) -> String? {
                var attr = node.pointee.properties
                while let a = attr {
                    if String(cString: a.pointee.name).lowercased() == wanted {
                        return a.pointee.children.flatMap { $0.pointee.content }.map { String(cString: $0) } ?? ""
                    }
                    attr = a.pointee.next
                }
                return nil
            }
            switch tag {
            case "title":
                if tree.metadata.titleElement == nil { tree.metadata.titleElement = TextCleaning.collapse(textContent(node)) }
            case "meta":
                guard let content = attribute("content") else { return }
                for key in ["property", "name", "itemprop"] {
                    if let k = attribute(key)?.lowercased(), tree.metadata.meta[k] == nil { tree.metadata.meta[k] = content }
                }
            case "link":
                if attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true, tree.metadata.canonical == nil {
                    tree.metadata.canonical = attribute("href")
                }
            case "time":
                if let value = attribute("datetime") {
                    let marked = attribute("pubdate") != nil || attribute("itemprop")?.lowercased() == "datepublished"
                    tree.metadata.times.append((value, marked))
                }
            case "script":
                if attribute("type")?.lowercased() == "application/ld+json" { tree.metadata.jsonLD.append(textContent(node)) }
            default:
                break
            }
        }

        func textContent(_ node: xmlNodePtr) -> String {
            guard let c = xmlNodeGetContent(node) else { return "" }
            defer { free(c) }
            return String(cString: c)
        }
    }
}
