import XCTest
@testable import ArticleExtraction

/// A page built around one short article, with each kind of page furniture beside it.
enum Page {
    static let article = """
    <p>The council approved a budget of 4.2 million euros for the new library on Tuesday, after a debate that lasted three hours.</p>
    <p>Construction will begin in March, the mayor said, and the building should open to readers in the spring of 2027.</p>
    <p>Opponents argued that the money, which comes from a regional grant, would be better spent on repairing the town's schools.</p>
    """

    static func with(_ furniture: String, head: String = "", articleAttributes: String = "") -> [UInt8] {
        Array("""
        <!DOCTYPE html><html><head><meta charset="utf-8">\(head)</head><body>
        \(furniture)
        <div class="story"\(articleAttributes)>\(article)</div>
        </body></html>
        """.utf8)
    }

    static func paragraphs(_ bytes: [UInt8]) throws -> [String] { try HTMLExtractor.extract(bytes).paragraphs }
}

final class HTMLFurnitureTests: XCTestCase {
    func testArticleParagraphsAreKeptInOrder() throws {
        let text = try Page.paragraphs(Page.with(""))
        XCTAssertEqual(text.count, 3)
        XCTAssertTrue(text[0].hasPrefix("The council approved a budget of 4.2 million euros"))
        XCTAssertTrue(text[2].hasSuffix("repairing the town's schools."))
    }

    /// Each kind of furniture, as sites mark it, is left out and named.
    func testEachKindOfFurnitureIsSetAsideWithItsReason() throws {
        let cases: [(String, String, DropReason)] = [
            ("<nav><a href='/'>Home</a> <a href='/news'>News</a> Politics and the town hall today</nav>", "Politics and the town hall today", .navigation),
            ("<header class='site'>The Daily Example, your town's newspaper since 1901</header>", "your town's newspaper since 1901", .pageHeader),
            ("<footer>Contact the newsroom at our office on the high street any weekday</footer>", "Contact the newsroom", .pageFooter),
            ("<aside>Weather: sunny spells with a light breeze from the west all afternoon</aside>", "sunny spells", .sidebar),
            ("<div class='share-bar'>Share this story with your friends on every network</div>", "Share this story", .shareBar),
            ("<div class='related-articles'><p>Library plans criticised by parents at a crowded meeting</p></div>", "Library plans criticised", .relatedStories),
            ("<section id='comments'><p>I think this is a complete waste of the taxpayers' money, frankly.</p></section>", "complete waste", .comments),
            ("<div class='newsletter-signup'>Get the morning briefing in your inbox every day at seven</div>", "morning briefing", .newsletterOrCookieBox),
            ("<div id='cookieConsent'>We use cookies to improve your experience of this website</div>", "We use cookies", .newsletterOrCookieBox),
            ("<div class='ad-slot'>Buy the new electric bicycle today at half the usual price</div>", "electric bicycle", .advertisement),
            ("<figure><img src='x.jpg'><figcaption>The library site seen from the river, in a photograph from May</figcaption></figure>", "seen from the river", .caption),
            ("<div style='display: none'>Hidden teaser text that readers never see on the page</div>", "Hidden teaser", .hidden),
            ("<div hidden>Another hidden block that a browser does not render at all</div>", "Another hidden block", .hidden),
            ("<div role='navigation'>Sections: town, county, sport, business and the arts</div>", "Sections: town", .navigation),
        ]
        for (html, phrase, reason) in cases {
            let article = try HTMLExtractor.extract(Page.with(html))
            XCTAssertFalse(article.paragraphs.joined(separator: "\n").contains(phrase), "kept: \(phrase)")
            XCTAssertEqual(article.paragraphs.count, 3, phrase)
            XCTAssertEqual(article.dropped.first(where: { $0.text.contains(phrase) })?.reason, reason, phrase)
        }
    }

    func testScriptsStylesAndFormControlsAreNeverText() throws {
        let page = Page.with("<script>var budget = 'approved';</script><style>p { color: red }</style><noscript>Enable JavaScript</noscript><button>Menu</button>")
        let all = try HTMLExtractor.extract(page)
        let everything = (all.paragraphs + all.dropped.map(\.text)).joined(separator: " ")
        for code in ["var budget", "color: red", "Enable JavaScript", "Menu"] { XCTAssertFalse(everything.contains(code), code) }
    }

    func testAListOfLinksInsideTheArticleIsALinkList() throws {
        let links = "<ul><li><a href='/a'>Mayor opens the new bridge over the river Test</a></li><li><a href='/b'>School repairs delayed again by the county council</a></li></ul>"
        let page = Array("""
        <html><body><div class="story">\(Page.article)\(links)</div></body></html>
        """.utf8)
        let article = try HTMLExtractor.extract(page)
        XCTAssertEqual(article.paragraphs.count, 3)
        XCTAssertEqual(article.dropped.first(where: { $0.text.hasPrefix("Mayor opens") })?.reason, .linkList)
    }

    /// A site that names its article container with a furniture word keeps its article: the name is odd, the prose is the page's.
    func testAFurnitureNameOnTheContainerOfMostProseIsNotFurniture() throws {
        let article = try HTMLExtractor.extract(Page.with("", articleAttributes: " id='main-share-enabled'"))
        XCTAssertEqual(article.paragraphs.count, 3)
    }

    /// Text split into several containers (an advert between halves) is read as one article.
    func testProseSplitAcrossContainersIsAllKept() throws {
        let page = Array("""
        <html><body><main><div class="part"><p>The first half of the report describes the flood defences along the coast and their cost.</p>
        <p>Engineers said the sea wall, built in 1953, had been repaired eleven times since the storm of 1987.</p></div>
        <div class="ad">Advertisement</div>
        <div class="part2"><p>The second half sets out a plan to raise the wall by two metres over the next ten years.</p>
        <p>The plan would cost about 30 million pounds, which the government has not yet agreed to pay.</p></div></main>
        <div class="sidebar"><p>Most read: a cat rescued from a tree, a fair in the park, and the weekend's football results.</p></div></body></html>
        """.utf8)
        let text = try HTMLExtractor.extract(page).paragraphs
        XCTAssertEqual(text.count, 4, "\(text)")
        XCTAssertTrue(text[3].contains("30 million pounds"))
    }

    func testLineBreaksInsideAParagraphSeparateLines() throws {
        let page = Array("<html><body><div class='story'>\(Page.article)<p>Town Hall<br>High Street<br>Exampleton, open on weekdays from nine until five</p></div></body></html>".utf8)
        let text = try HTMLExtractor.extract(page).paragraphs
        XCTAssertTrue(text.contains("High Street"), "\(text)")
    }
}

final class DropCapTests: XCTestCase {
    func testADropCapJoinsItsWord() throws {
        let page = Array("<html><body><div class='story'><div class='dropcap'>T</div><p>urkey and Poland were removed from the list of travel corridors on Thursday, the minister said.</p>\(Page.article)</div></body></html>".utf8)
        let text = try HTMLExtractor.extract(page).paragraphs
        XCTAssertEqual(text.first, "Turkey and Poland were removed from the list of travel corridors on Thursday, the minister said.")
        XCTAssertEqual(DropCap.join(["A", "B c"]), ["A", "B c"])
    }
}

final class ArticleTailTests: XCTestCase {
    /// Short lines after the last paragraph are the article's tail of furniture; a subheading between paragraphs stays.
    func testShortLinesAfterTheLastParagraphAreLeftOut() throws {
        let page = Array("""
        <html><body><div class="story">
        <p>The council approved a budget of 4.2 million euros for the new library on Tuesday, after a long debate.</p>
        <h2>What happens next</h2>
        <p>Construction will begin in March, the mayor said, and the building should open in the spring of 2027.</p>
        <p>Ana Ruiz</p><p>Libraries · Budget · Town hall</p>
        </div></body></html>
        """.utf8)
        let article = try HTMLExtractor.extract(page)
        XCTAssertEqual(article.paragraphs.count, 3, "\(article.paragraphs)")
        XCTAssertEqual(article.paragraphs[1], "What happens next")
        XCTAssertEqual(article.dropped.map(\.reason), [.outsideMainText, .outsideMainText])
        XCTAssertEqual(article.dropped.map(\.text), ["Ana Ruiz", "Libraries · Budget · Town hall"])
    }
}

final class NoscriptTests: XCTestCase {
    /// A page whose article is only in <noscript> is read as a browser with scripts off shows it;
    /// beside an article, <noscript> text ("enable JavaScript") is not.
    func testAnArticleOnlyInNoscriptIsRead() throws {
        let page = Array("<html><body><div id='app'>Loading…</div><noscript><div class='story'>\(Page.article)</div></noscript></body></html>".utf8)
        XCTAssertEqual(try HTMLExtractor.extract(page).paragraphs.count, 3)
        let beside = try HTMLExtractor.extract(Page.with("<noscript>Please enable JavaScript to see the comments below</noscript>"))
        XCTAssertEqual(beside.paragraphs.count, 3)
        XCTAssertFalse(beside.paragraphs.joined().contains("JavaScript"))
    }
}
