import Foundation

/// Element types of the safetensors format.
enum SafeTensorsDType: String, Sendable {
    case f64 = "F64", f32 = "F32", f16 = "F16", bf16 = "BF16"
    case i64 = "I64", i32 = "I32", i16 = "I16", i8 = "I8"
    case u64 = "U64", u32 = "U32", u16 = "U16", u8 = "U8"
    case bool = "BOOL", f8e4m3 = "F8_E4M3", f8e5m2 = "F8_E5M2"

    var byteSize: Int {
        switch self {
        case .f64, .i64, .u64: return 8
        case .f32, .i32, .u32: return 4
        case .f16, .bf16, .i16, .u16: return 2
        case .i8, .u8, .bool, .f8e4m3, .f8e5m2: return 1
        }
    }
}

/// Shape, dtype and location of one tensor inside a safetensors file.
struct SafeTensorInfo: Sendable {
    let dtype: SafeTensorsDType
    let shape: [Int]
    /// Absolute byte range inside the file (header already skipped).
    let byteRange: Range<Int>
    var elementCount: Int { shape.reduce(1, *) }
}

/// A validated, memory-mapped safetensors file.
///
/// Layout: 8-byte little-endian header length N, N bytes of JSON header
/// `{name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__"?: {...}}`, then the byte
/// buffer the offsets refer to. Every structural property is checked at init so that later
/// reads cannot go out of bounds; any violation throws `CrossEncoderError.invalidSafeTensors`.
struct SafeTensorsFile: Sendable {
    let path: String
    let data: Data
    let tensors: [String: SafeTensorInfo]
    let metadata: [String: String]

    /// The safetensors reference implementation refuses headers larger than 100 MB.
    static let maxHeaderLength = 100_000_000

    init(url: URL) throws {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw CrossEncoderError.missingFile(path: path)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw CrossEncoderError.unreadableFile(path: path, reason: error.localizedDescription)
        }
        try self.init(data: data, path: path)
    }

    init(data: Data, path: String) throws {
        self.path = path
        self.data = data
        func fail(_ reason: String) -> CrossEncoderError {
            .invalidSafeTensors(path: path, reason: reason)
        }
        let fileSize = data.count
        guard fileSize >= 8 else {
            throw fail("file is \(fileSize) bytes, shorter than the 8-byte header length")
        }
        var headerLength64: UInt64 = 0
        data.withUnsafeBytes { raw in
            for i in 0..<8 { headerLength64 |= UInt64(raw[i]) << (8 * UInt64(i)) }
        }
        guard headerLength64 <= UInt64(Self.maxHeaderLength) else {
            throw fail("header length \(headerLength64) is implausibly large")
        }
        let headerLength = Int(headerLength64)
        guard headerLength >= 2, 8 + headerLength <= fileSize else {
            throw fail("header length \(headerLength) does not fit in a file of \(fileSize) bytes (truncated?)")
        }
        let headerData = data.subdata(in: 8..<(8 + headerLength))
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: headerData, options: [])
        } catch {
            throw fail("header is not valid JSON")
        }
        guard let object = json as? [String: Any] else {
            throw fail("header is not a JSON object")
        }
        let bufferStart = 8 + headerLength
        let bufferSize = fileSize - bufferStart
        var tensors: [String: SafeTensorInfo] = [:]
        var metadata: [String: String] = [:]
        for (name, value) in object {
            if name == "__metadata__" {
                guard let meta = value as? [String: Any] else { throw fail("__metadata__ is not an object") }
                for (k, v) in meta { metadata[k] = (v as? String) ?? "\(v)" }
                continue
            }
            guard let entry = value as? [String: Any] else { throw fail("entry '\(name)' is not an object") }
            guard let dtypeName = entry["dtype"] as? String else { throw fail("entry '\(name)' has no dtype") }
            guard let dtype = SafeTensorsDType(rawValue: dtypeName) else {
                throw fail("entry '\(name)' has unknown dtype '\(dtypeName)'")
            }
            guard let shapeAny = entry["shape"] as? [Any] else { throw fail("entry '\(name)' has no shape") }
            var shape: [Int] = []
            var count = 1
            for dimAny in shapeAny {
                guard let dim = Self.exactInt(dimAny), dim >= 0 else {
                    throw fail("entry '\(name)' has an invalid shape \(shapeAny)")
                }
                let (product, overflow) = count.multipliedReportingOverflow(by: dim)
                guard !overflow else { throw fail("entry '\(name)' has an overflowing shape \(shapeAny)") }
                count = product
                shape.append(dim)
            }
            guard let offsetsAny = entry["data_offsets"] as? [Any], offsetsAny.count == 2,
                  let begin = Self.exactInt(offsetsAny[0]), let end = Self.exactInt(offsetsAny[1]) else {
                throw fail("entry '\(name)' has invalid data_offsets")
            }
            guard begin >= 0, begin <= end, end <= bufferSize else {
                throw fail("entry '\(name)' data_offsets [\(begin), \(end)] lie outside the \(bufferSize)-byte data buffer (truncated?)")
            }
            let (bytes, overflow) = count.multipliedReportingOverflow(by: dtype.byteSize)
            guard !overflow, bytes == end - begin else {
                throw fail("entry '\(name)' has \(end - begin) bytes but shape \(shape) of \(dtypeName) needs \(overflow ? "too many" : String(bytes))")
            }
            tensors[name] = SafeTensorInfo(dtype: dtype, shape: shape,
                                           byteRange: (bufferStart + begin)..<(bufferStart + end))
        }
        self.tensors = tensors
        self.metadata = metadata
    }

    /// JSON numbers arrive as NSNumber on Linux; accept only exact, integral values.
    private static func exactInt(_ value: Any) -> Int? {
        if let i = value as? Int { return i }
        if let d = value as? Double, d.rounded() == d, abs(d) < 9.0e15 { return Int(d) }
        return nil
    }

    /// Reads tensor `name` as Float32, dequantising on the fly, and checks its shape.
    ///
    /// Accepted storage: F32, F16, BF16; and for 2-D matrices I8 with an F32/F16 companion
    /// `<name>.scale` of shape [rows] (value = q * scale[row]).
    func floats(_ name: String, shape expected: [Int]) throws -> [Float] {
        guard let info = tensors[name] else {
            throw CrossEncoderError.missingTensor(path: path, name: name)
        }
        guard info.shape == expected else {
            throw CrossEncoderError.invalidTensor(path: path, name: name,
                                                  reason: "shape \(info.shape), expected \(expected)")
        }
        let count = info.elementCount
        switch info.dtype {
        case .f32, .f16, .bf16:
            return convert(info, count: count)
        case .i8:
            guard expected.count == 2 else {
                throw CrossEncoderError.invalidTensor(path: path, name: name,
                                                      reason: "I8 storage is only supported for 2-D matrices")
            }
            let rows = expected[0], cols = expected[1]
            let scaleName = name + ".scale"
            guard let scaleInfo = tensors[scaleName] else {
                throw CrossEncoderError.invalidTensor(path: path, name: name,
                                                      reason: "stored as I8 but '\(scaleName)' is missing")
            }
            guard scaleInfo.shape == [rows] || scaleInfo.shape == [rows, 1] else {
                throw CrossEncoderError.invalidTensor(path: path, name: scaleName,
                                                      reason: "shape \(scaleInfo.shape), expected [\(rows)]")
            }
            guard scaleInfo.dtype == .f32 || scaleInfo.dtype == .f16 || scaleInfo.dtype == .bf16 else {
                throw CrossEncoderError.invalidTensor(path: path, name: scaleName,
                                                      reason: "dtype \(scaleInfo.dtype.rawValue), expected F32")
            }
            let scales = convert(scaleInfo, count: rows)
            guard scales.allSatisfy({ $0.isFinite }) else {
                throw CrossEncoderError.invalidTensor(path: path, name: scaleName, reason: "contains non-finite values")
            }
            return [Float](unsafeUninitializedCapacity: count) { out, initialized in
                data.withUnsafeBytes { raw in
                    let src = raw.baseAddress!.advanced(by: info.byteRange.lowerBound)
                        .assumingMemoryBound(to: Int8.self)
                    for r in 0..<rows {
                        let s = scales[r]
                        let base = r * cols
                        for c in 0..<cols { out[base + c] = Float(src[base + c]) * s }
                    }
                }
                initialized = count
            }
        default:
            throw CrossEncoderError.invalidTensor(path: path, name: name,
                                                  reason: "unsupported dtype \(info.dtype.rawValue) (expected F32, F16 or I8)")
        }
    }

    /// IEEE binary16 → binary32 by bit manipulation (Swift's Float16 type is unavailable on
    /// macOS x86_64). Handles zeros, subnormals, infinities and NaN.
    static func halfToFloat(_ h: UInt16) -> Float {
        let sign = UInt32(h & 0x8000) << 16
        let exponent = UInt32(h >> 10) & 0x1F
        let mantissa = UInt32(h & 0x03FF)
        switch exponent {
        case 0:
            let magnitude = Float(mantissa) * 0x1p-24  // zero or subnormal
            return sign == 0 ? magnitude : -magnitude
        case 0x1F:
            return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))
        default:
            return Float(bitPattern: sign | ((exponent + 112) << 23) | (mantissa << 13))
        }
    }

    /// Converts a float-typed tensor to [Float]; the caller guarantees the dtype.
    private func convert(_ info: SafeTensorInfo, count: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: count) { out, initialized in
            data.withUnsafeBytes { raw in
                let src = raw.baseAddress!.advanced(by: info.byteRange.lowerBound)
                switch info.dtype {
                case .f32:
                    // Little-endian host (x86_64/arm64); the source may be unaligned.
                    memcpy(out.baseAddress!, src, count * 4)
                case .f16:
                    for i in 0..<count {
                        let bits = src.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self)
                        out[i] = Self.halfToFloat(UInt16(littleEndian: bits))
                    }
                case .bf16:
                    for i in 0..<count {
                        let bits = src.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self)
                        out[i] = Float(bitPattern: UInt32(UInt16(littleEndian: bits)) << 16)
                    }
                default:
                    preconditionFailure("convert called with non-float dtype")
                }
            }
            initialized = count
        }
    }
}
