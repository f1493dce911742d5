import Foundation

/// The cache's binary encoding: variable-length integers, and every string stored once in a table
/// (stems, lower-cased words and entity keys repeat thousands of times across a corpus).
protocol CacheCodable {
    func write(to w: inout CacheWriter)
    init(from r: inout CacheReader) throws
}

/// A cache file that is short, from another format or otherwise not what was written.
struct CacheCorrupt: Error {}

struct CacheWriter {
    private(set) var body: [UInt8] = []
    private var stringIDs: [String: Int] = [:]
    private var strings: [String] = []

    mutating func int(_ v: Int) {
        // Zig-zag, then seven bits a byte: small counts and offsets take one byte.
        var u = UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))
        while u >= 0x80 {
            body.append(UInt8(u & 0x7F) | 0x80)
            u >>= 7
        }
        body.append(UInt8(u))
    }

    mutating func bool(_ b: Bool) { body.append(b ? 1 : 0) }

    mutating func double(_ d: Double) { fixed64(d.bitPattern) }

    /// Eight bytes, little-endian: for lengths that must be patched or read before the string table.
    mutating func fixed64(_ bits: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { body.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    mutating func string(_ s: String) {
        if let id = stringIDs[s] { return int(id) }
        stringIDs[s] = strings.count
        int(strings.count)
        strings.append(s)
    }

    mutating func optional<T>(_ v: T?, _ write: (inout CacheWriter, T) -> Void) {
        bool(v != nil)
        if let v { write(&self, v) }
    }

    mutating func array<T: CacheCodable>(_ items: [T]) {
        int(items.count)
        for item in items { item.write(to: &self) }
    }

    mutating func strings(_ items: [String]) {
        int(items.count)
        for s in items { string(s) }
    }

    /// Writes a length-prefixed block, so a reader can skip it and decode it on another core.
    mutating func block(_ write: (inout CacheWriter) -> Void) {
        let at = body.count
        body += [0, 0, 0, 0]
        write(&self)
        // One document's analysis: far below 4 GB (articles are at most 10 MB).
        let n = UInt32(body.count - at - 4)
        for i in 0..<4 { body[at + i] = UInt8(truncatingIfNeeded: n >> UInt32(8 * i)) }
    }

    /// The string table, then the body.
    func encoded() -> [UInt8] {
        var table = CacheWriter()
        table.int(strings.count)
        for s in strings {
            table.int(s.utf8.count)
            table.body += s.utf8
        }
        return table.body + body
    }
}

/// Sendable so that blocks can be decoded on several cores: it only reads, and the bytes it points
/// at outlive every reader made from them.
struct CacheReader: @unchecked Sendable {
    private var bytes: UnsafeRawBufferPointer
    private var offset: Int
    private var table: [String] = []

    /// Reads `bytes` from `offset`: first the string table, then values in the order they were written.
    init(_ bytes: UnsafeRawBufferPointer, from offset: Int) throws {
        self.bytes = bytes
        self.offset = offset
        let count = try int()
        guard count >= 0, count <= bytes.count else { throw CacheCorrupt() }
        table.reserveCapacity(count)
        for _ in 0..<count {
            let n = try int()
            guard n >= 0, n <= bytes.count - self.offset else { throw CacheCorrupt() }
            table.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[self.offset..<(self.offset + n)]), as: UTF8.self))
            self.offset += n
        }
    }

    /// A reader over the next block alone (sharing the string table); this reader moves past it.
    mutating func block() throws -> CacheReader {
        guard offset >= 0, offset + 4 <= bytes.count else { throw CacheCorrupt() }
        var n = 0
        for i in 0..<4 { n |= Int(bytes[offset + i]) << (8 * i) }
        let start = offset + 4
        guard n <= bytes.count - start else { throw CacheCorrupt() }
        offset = start + n
        var sub = self
        sub.bytes = UnsafeRawBufferPointer(rebasing: bytes[start..<(start + n)])
        sub.offset = 0
        return sub
    }

    mutating func int() throws -> Int {
        var u: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw CacheCorrupt() }
            let b = bytes[offset]
            offset += 1
            u |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }

    mutating func bool() throws -> Bool {
        guard offset < bytes.count else { throw CacheCorrupt() }
        offset += 1
        return bytes[offset - 1] != 0
    }

    mutating func double() throws -> Double { Double(bitPattern: try fixed64()) }

    mutating func fixed64() throws -> UInt64 {
        let bits = try Self.fixed64(bytes, at: offset)
        offset += 8
        return bits
    }

    static func fixed64(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws -> UInt64 {
        guard offset >= 0, offset + 8 <= bytes.count else { throw CacheCorrupt() }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[offset + i]) << UInt64(i * 8) }
        return bits
    }

    mutating func string() throws -> String {
        let id = try int()
        guard id >= 0, id < table.count else { throw CacheCorrupt() }
        return table[id]
    }

    mutating func optional<T>(_ read: (inout CacheReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func count() throws -> Int {
        let n = try int()
        // Every element takes at least one byte: a larger count is a damaged file, not an allocation to attempt.
        guard n >= 0, n <= bytes.count - offset else { throw CacheCorrupt() }
        return n
    }

    mutating func array<T: CacheCodable>() throws -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try T(from: &self)) }
        return out
    }

    mutating func strings() throws -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    /// Whether everything written was read: a longer file is not what this version wrote.
    var isAtEnd: Bool { offset == bytes.count }
}
