// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "FactCheck",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "FactCheckKit", targets: ["FactCheckKit"]),
        .executable(name: "factcheck", targets: ["factcheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Debian's libedit-dev: line editing, history and completion for the shell.
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // A few lines of C: a signal handler that restores the terminal must not run Swift code.
        .target(name: "CTerminalGuard"),
        // Debian's libstemmer-dev (Snowball). It ships no pkg-config file, so the module map links it.
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        // Debian's libopenblas-dev: matrix products for the learned verifier.
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        // The learned verifier's runtime: safetensors, WordPiece and a BERT encoder on OpenBLAS. No Python at run time.
        // Optimised in every configuration: unoptimised, its loops make a debug build's tests (and CI) minutes slower.
        .target(name: "CrossEncoder", dependencies: ["COpenBLAS"], swiftSettings: [.unsafeFlags(["-O"])]),
        // CMU Link Grammar (Debian's liblink-grammar-dev + link-grammar-dictionaries-en): who did what to whom.
        .systemLibrary(name: "CLinkGrammar", pkgConfig: "link-grammar", providers: [.apt(["liblink-grammar-dev", "link-grammar-dictionaries-en"])]),
        // Clauses (subject, verb, object, agent, prepositions, negation) read from Link Grammar's parse.
        .target(name: "ClauseReader", dependencies: ["CLinkGrammar"]),
        // Debian's libxml2-dev: its HTML parser reads saved web pages (tag soup included).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Debian's libpoppler-glib-dev: PDF text in reading order, page by page.
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        // Web pages and PDFs read as articles: main text found, page furniture and running headers set aside.
        .target(name: "ArticleExtraction", dependencies: ["CLibXML2", "CPoppler"]),
        // The weights ship with the library (Resources/Verifier), so users never train.
        .target(name: "FactCheckKit", dependencies: ["CStemmer", "CrossEncoder", "ClauseReader", "ArticleExtraction"], resources: [.copy("Resources/Verifier")]),
        .executableTarget(
            name: "factcheck",
            dependencies: [
                "FactCheckKit", "CLibEdit", "CTerminalGuard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: generated corpora at growing sizes (see Benchmarks/).
        .executableTarget(name: "factcheck-bench", dependencies: ["FactCheckKit"], path: "Benchmarks/Sources/factcheck-bench"),
        // `make bench`: the learned verifier's encoder, pairs per second and latency (against ONNX Runtime in Benchmarks/encoder-bench).
        .executableTarget(name: "crossencoder-bench", dependencies: ["CrossEncoder"], path: "Benchmarks/Sources/crossencoder-bench"),
        // `make eval`: the verifier scored on VitaminC's labelled claim/evidence pairs (Data/VitaminC).
        .executableTarget(name: "factcheck-eval", dependencies: ["FactCheckKit", "CrossEncoder"], path: "Benchmarks/Sources/factcheck-eval"),
        // `make bench`: FactCheck's `extract` over saved web pages, scored beside trafilatura (Benchmarks/extraction).
        .executableTarget(name: "extraction-bench", dependencies: ["FactCheckKit"], path: "Benchmarks/Sources/extraction-bench"),
        .testTarget(name: "FactCheckKitTests", dependencies: ["FactCheckKit", "ArticleExtraction", "FixtureWriters"], exclude: ["Fixtures"]),
        // The model runtime alone: tokenisation against Hugging Face's, safetensors validation, kernels, load errors.
        // PDFs written by the tests themselves (columns, running headers, scanned and encrypted pages).
        .target(name: "FixtureWriters", path: "Tests/FixtureWriters"),
        .testTarget(name: "ArticleExtractionTests", dependencies: ["ArticleExtraction", "FixtureWriters"]),
        .testTarget(name: "CrossEncoderTests", dependencies: ["CrossEncoder"], exclude: ["Fixtures"]),
        .testTarget(name: "factcheckTests", dependencies: ["factcheck", "FactCheckKit", "FixtureWriters"]),
    ]
)
