import Foundation
import XCTest
@testable import CrossEncoder

/// The SIMD kernels (release) against the scalar ones (debug) and against libm.
final class KernelTests: XCTestCase {
    private func randomRows(_ count: Int, seed: UInt64) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Float(Int64(bitPattern: state >> 11) % 20_000) / 2_000  // [-10, 10)
        }
    }

    func testFastMathAgainstLibm() {
        var maxExpRel: Float = 0, maxGeluAbs: Float = 0
        for i in 0..<40_000 {
            let x = Float(i) * -0.002 + 2  // [-78, 2]
            let e = Float(Foundation.exp(Double(x)))
            maxExpRel = max(maxExpRel, abs(FastMath.exp(x) - e) / e)
            let g = Float(i - 20_000) * 0.0005  // [-10, 10]
            let reference = Float(0.5 * Double(g) * (1 + erf(Double(g) / 2.0.squareRoot())))
            maxGeluAbs = max(maxGeluAbs, abs(FastMath.gelu(g) - reference))
        }
        XCTAssertLessThan(maxExpRel, 1e-6)
        XCTAssertLessThan(maxGeluAbs, 1e-6)
        XCTAssertEqual(FastMath.exp(-1000), 0, accuracy: 1e-37)
        XCTAssertEqual(FastMath.gelu(-30), 0, accuracy: 1e-30)
        XCTAssertEqual(FastMath.gelu(30), 30)
    }

    func testVectorKernelsMatchScalarKernels() {
        let rows = 5, cols = 45  // not a multiple of 8: exercises the loop tails
        let bias = randomRows(cols, seed: 1), gamma = randomRows(cols, seed: 2), beta = randomRows(cols, seed: 3)
        let input = randomRows(rows * cols, seed: 4), other = randomRows(rows * cols, seed: 5)
        func run(_ body: (UnsafeMutablePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>) -> Void) -> [Float] {
            var x = input
            x.withUnsafeMutableBufferPointer { xp in
                other.withUnsafeBufferPointer { op in
                    bias.withUnsafeBufferPointer { bp in
                        gamma.withUnsafeBufferPointer { gp in
                            beta.withUnsafeBufferPointer { btp in
                                body(xp.baseAddress!, op.baseAddress!, bp.baseAddress!, gp.baseAddress!, btp.baseAddress!)
                            }
                        }
                    }
                }
            }
            return x
        }
        func check(_ label: String, _ a: [Float], _ b: [Float], tolerance: Float = 1e-5) {
            let diff = zip(a, b).map { abs($0 - $1) / max(1, abs($1)) }.max()!  // relative above 1
            XCTAssertLessThan(diff, tolerance, label)
        }
        check("addBias", run { x, _, b, _, _ in VectorKernels.addBias(x, rows: rows, cols: cols, bias: b) },
              run { x, _, b, _, _ in ScalarKernels.addBias(x, rows: rows, cols: cols, bias: b) })
        check("gelu", run { x, _, b, _, _ in VectorKernels.addBiasGELU(x, rows: rows, cols: cols, bias: b) },
              run { x, _, b, _, _ in ScalarKernels.addBiasGELU(x, rows: rows, cols: cols, bias: b) })
        check("softmax", run { x, _, _, _, _ in VectorKernels.softmaxRows(x, rows: rows, cols: cols - 3, stride: cols) },
              run { x, _, _, _, _ in ScalarKernels.softmaxRows(x, rows: rows, cols: cols - 3, stride: cols) })
        check("layerNorm", run { x, _, _, g, bt in VectorKernels.layerNorm(x, rows: rows, cols: cols, gamma: g, beta: bt, eps: 1e-12) },
              run { x, _, _, g, bt in ScalarKernels.layerNorm(x, rows: rows, cols: cols, gamma: g, beta: bt, eps: 1e-12) })
        check("residualLayerNorm",
              run { x, o, b, g, bt in VectorKernels.residualBiasLayerNorm(hidden: x, x: o, bias: b, gamma: g, beta: bt, rows: rows, cols: cols, eps: 1e-12) },
              run { x, o, b, g, bt in ScalarKernels.residualBiasLayerNorm(hidden: x, x: o, bias: b, gamma: g, beta: bt, rows: rows, cols: cols, eps: 1e-12) })
        check("sum3", run { x, o, b, g, _ in VectorKernels.sum3(x, o, b, g, count: cols) },
              run { x, o, b, g, _ in ScalarKernels.sum3(x, o, b, g, count: cols) })

        // Softmax rows sum to one; the padding column past `cols - 3` is untouched.
        let s = run { x, _, _, _, _ in VectorKernels.softmaxRows(x, rows: rows, cols: cols - 3, stride: cols) }
        for r in 0..<rows {
            XCTAssertEqual(s[(r * cols)..<(r * cols + cols - 3)].reduce(0, +), 1, accuracy: 1e-5)
            XCTAssertEqual(s[r * cols + cols - 1], input[r * cols + cols - 1])
        }
    }
}
