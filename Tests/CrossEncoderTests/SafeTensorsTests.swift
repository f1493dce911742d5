import Foundation
import XCTest
@testable import CrossEncoder

final class SafeTensorsTests: XCTestCase {
    /// Builds a safetensors file from (name, dtype, shape, raw bytes).
    static func build(_ entries: [(String, String, [Int], [UInt8])]) -> Data {
        var header: [String] = []
        var buffer: [UInt8] = []
        for (name, dtype, shape, bytes) in entries {
            header.append("\"\(name)\":{\"dtype\":\"\(dtype)\",\"shape\":\(shape),\"data_offsets\":[\(buffer.count),\(buffer.count + bytes.count)]}")
            buffer += bytes
        }
        let json = Array("{\"__metadata__\":{\"format\":\"pt\"},\(header.joined(separator: ","))}".utf8)
        var data = Data(withUnsafeBytes(of: UInt64(json.count).littleEndian) { Array($0) })
        data.append(contentsOf: json)
        data.append(contentsOf: buffer)
        return data
    }

    static func bytes<T>(_ values: [T]) -> [UInt8] { values.withUnsafeBytes { Array($0) } }

    func testDequantisesF32F16AndPerRowI8() throws {
        let f32: [Float] = [1.5, -2, 0.25, 8]
        // binary16 bit patterns: 0.5, -1.25, 3, 65504 (max), 2^-24 (smallest subnormal), -0, -inf
        let f16: [UInt16] = [0x3800, 0xBD00, 0x4200, 0x7BFF, 0x0001, 0x8000, 0xFC00]
        let f16Values: [Float] = [0.5, -1.25, 3, 65504, 0x1p-24, -0.0, -.infinity]
        let q: [Int8] = [1, -2, 127, -127, 0, 5]
        let scale: [Float] = [0.5, 0.01]
        let data = Self.build([
            ("a", "F32", [2, 2], Self.bytes(f32)),
            ("b", "F16", [7], Self.bytes(f16)),
            ("c", "I8", [2, 3], Self.bytes(q)),
            ("c.scale", "F32", [2], Self.bytes(scale)),
        ])
        let file = try SafeTensorsFile(data: data, path: "t.safetensors")
        XCTAssertEqual(file.metadata["format"], "pt")
        XCTAssertEqual(try file.floats("a", shape: [2, 2]), f32)
        XCTAssertEqual(try file.floats("b", shape: [7]), f16Values)
        XCTAssertTrue(SafeTensorsFile.halfToFloat(0x7E00).isNaN)
        XCTAssertEqual(SafeTensorsFile.halfToFloat(0x03FF), 1023 * 0x1p-24)  // largest subnormal
        XCTAssertEqual(SafeTensorsFile.halfToFloat(0x0400), 0x1p-14)         // smallest normal
        let c = try file.floats("c", shape: [2, 3])
        let expected: [Float] = [0.5, -1, 63.5, -1.27, 0, 0.05]
        for (x, y) in zip(c, expected) { XCTAssertEqual(x, y, accuracy: 1e-6) }
        XCTAssertThrowsError(try file.floats("a", shape: [4])) { error in
            XCTAssertEqual((error as? CrossEncoderError)?.description, "t.safetensors: tensor 'a': shape [2, 2], expected [4]")
        }
        XCTAssertThrowsError(try file.floats("zzz", shape: [1])) { error in
            XCTAssertEqual(error as? CrossEncoderError, .missingTensor(path: "t.safetensors", name: "zzz"))
        }
    }

    func testI8WithoutScaleAndOddDtypesAreRejected() throws {
        let data = Self.build([
            ("q", "I8", [2, 2], [1, 2, 3, 4]),
            ("i", "I32", [1], [0, 0, 0, 0]),
            ("v", "I8", [2], [1, 2]),
        ])
        let file = try SafeTensorsFile(data: data, path: "t")
        XCTAssertThrowsError(try file.floats("q", shape: [2, 2])) { XCTAssertTrue("\($0)".contains("'q.scale' is missing"), "\($0)") }
        XCTAssertThrowsError(try file.floats("i", shape: [1])) { XCTAssertTrue("\($0)".contains("unsupported dtype I32"), "\($0)") }
        XCTAssertThrowsError(try file.floats("v", shape: [2])) { XCTAssertTrue("\($0)".contains("only supported for 2-D"), "\($0)") }
    }

    func testStructuralDamageIsDetected() {
        let good = Self.build([("a", "F32", [2], Self.bytes([Float(1), 2]))])
        XCTAssertNoThrow(try SafeTensorsFile(data: good, path: "t"))
        var damaged: [(String, Data)] = []
        damaged.append(("empty", Data()))
        damaged.append(("short buffer", good.prefix(good.count - 1)))
        let bad = [
            ("negative offset", "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[-8,0]}}"),
            ("reversed offsets", "{\"a\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,0]}}"),
            ("fractional shape", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1.5],\"data_offsets\":[0,8]}}"),
            ("missing offsets", "{\"a\":{\"dtype\":\"F32\",\"shape\":[2]}}"),
            ("not an object", "[1,2,3]"),
            ("overflowing shape", "{\"a\":{\"dtype\":\"F32\",\"shape\":[4611686018427387904,4611686018427387904],\"data_offsets\":[0,8]}}"),
        ]
        for (label, json) in bad {
            var d = Data(withUnsafeBytes(of: UInt64(json.utf8.count).littleEndian) { Array($0) })
            d.append(contentsOf: Array(json.utf8))
            d.append(contentsOf: [UInt8](repeating: 0, count: 8))
            damaged.append((label, d))
        }
        for (label, data) in damaged {
            XCTAssertThrowsError(try SafeTensorsFile(data: data, path: "t"), label) { error in
                guard case .invalidSafeTensors = error as? CrossEncoderError else {
                    return XCTFail("\(label): \(error)")
                }
            }
        }
    }

    /// Every truncation and many random byte corruptions of a small file either load or throw
    /// CrossEncoderError; reading the tensors of whatever loads stays in bounds.
    func testTruncationsAndRandomCorruptionNeverCrash() {
        let q: [Int8] = [1, -2, 3, -4, 5, -6]
        let good = Self.build([
            ("w", "I8", [2, 3], Self.bytes(q)),
            ("w.scale", "F32", [2], Self.bytes([Float(0.5), 0.25])),
            ("b", "F16", [3], Self.bytes([UInt16(0x3C00), 0x4000, 0x4200])),
        ])
        func exercise(_ data: Data) {
            do {
                let file = try SafeTensorsFile(data: data, path: "t")
                _ = try? file.floats("w", shape: [2, 3])
                _ = try? file.floats("b", shape: [3])
            } catch {
                XCTAssertTrue(error is CrossEncoderError, "\(error)")
            }
        }
        for keep in 0..<good.count { exercise(good.prefix(keep)) }
        var state: UInt64 = 42
        for _ in 0..<3000 {
            var d = good
            for _ in 0..<3 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let position = Int(state >> 33) % d.count
                state = state &* 6364136223846793005 &+ 1442695040888963407
                d[position] = UInt8(truncatingIfNeeded: state >> 40)
            }
            exercise(d)
        }
    }
}
