/// Element-wise kernels of the encoder (bias, GELU, softmax, LayerNorm, embedding sum) over raw
/// pointers, so the hot loops do no bounds checks and no array copies. Matrix products are not
/// here: they all go through `cblas_sgemm` (see `BLAS`).
///
/// Two implementations with one interface: `VectorKernels` (8-wide SIMD, used in release
/// builds) and `ScalarKernels` (plain loops, used in debug builds, where unspecialised generic
/// SIMD code runs hundreds of times slower than optimised code). Both use the same exp/erf
/// approximations; a unit test checks that they agree.
#if DEBUG
typealias Kernels = ScalarKernels
#else
typealias Kernels = VectorKernels
#endif

/// Scalar math shared by both kernel sets.
enum FastMath {
    /// exp(x): range reduction x = n·ln2 + r with |r| <= ln2/2, degree-6 polynomial, scaling by
    /// 2^n through the exponent bits. Relative error ~3e-7. Inputs are clamped to
    /// [-87.3, 88.0], so exp of a very negative number is ~1e-38 rather than 0.
    @inline(__always)
    static func exp(_ x: Float) -> Float {
        let clamped = x < -87.3 ? -87.3 : (x > 88.0 ? 88.0 : x)
        // Round x·log2(e) to nearest with the 1.5·2^23 trick.
        let magic: Float = 12_582_912.0
        let shifted = clamped * 1.442_695_04 + magic  // log2(e)
        let n = shifted - magic
        let r = clamped - n * 0.693_145_75 - n * 1.428_606_8e-6  // ln 2 split in two parts
        var p: Float = 1.0 / 720.0
        p = p * r + 1.0 / 120.0
        p = p * r + 1.0 / 24.0
        p = p * r + 1.0 / 6.0
        p = p * r + 0.5
        p = p * r + 1.0
        p = p * r + 1.0
        let nBits = Int32(bitPattern: shifted.bitPattern) &- Int32(bitPattern: magic.bitPattern)
        return p * Float(bitPattern: UInt32(bitPattern: (nBits &+ 127) &<< 23))
    }

    /// Exact-form GELU, x·Φ(x) = x·(1 + erf(x/√2))/2, with erf from Abramowitz–Stegun 7.1.26
    /// (|error| <= 1.5e-7): erf(a) = 1 - t·P(t)·exp(-a²), t = 1/(1 + p·a), a >= 0.
    @inline(__always)
    static func gelu(_ x: Float) -> Float {
        let z = x * 0.707_106_77  // x/√2
        let a = z < 0 ? -z : z
        let t = 1 / (1 + 0.327_591_1 * a)
        let poly = ((((1.061_405_429 * t - 1.453_152_027) * t + 1.421_413_741) * t - 0.284_496_736) * t
            + 0.254_829_592) * t
        let halfErf = 0.5 - 0.5 * poly * exp(-(a * a))
        return x * (0.5 + (z < 0 ? -halfErf : halfErf))
    }
}

/// 8-wide SIMD kernels (release builds).
enum VectorKernels {
    typealias V8 = SIMD8<Float>

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> V8 {
        UnsafeRawPointer(p).loadUnaligned(as: V8.self)
    }

    @inline(__always)
    static func store(_ v: V8, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: V8.self)
    }

    /// Lane-wise `FastMath.exp`.
    @inline(__always)
    static func exp(_ x: V8) -> V8 {
        let lo = V8(repeating: -87.3), hi = V8(repeating: 88.0)
        var clamped = x.replacing(with: lo, where: x .< lo)
        clamped = clamped.replacing(with: hi, where: clamped .> hi)
        let magic = V8(repeating: 12_582_912.0)
        let shifted = clamped * V8(repeating: 1.442_695_04) + magic
        let n = shifted - magic
        let r = clamped - n * V8(repeating: 0.693_145_75) - n * V8(repeating: 1.428_606_8e-6)
        var p = V8(repeating: 1.0 / 720.0)
        p = p * r + V8(repeating: 1.0 / 120.0)
        p = p * r + V8(repeating: 1.0 / 24.0)
        p = p * r + V8(repeating: 1.0 / 6.0)
        p = p * r + V8(repeating: 0.5)
        p = p * r + V8(repeating: 1.0)
        p = p * r + V8(repeating: 1.0)
        let nBits = unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- unsafeBitCast(magic, to: SIMD8<Int32>.self)
        return p * unsafeBitCast((nBits &+ 127) &<< 23, to: V8.self)
    }

    /// Lane-wise `FastMath.gelu`; the sign is applied by copying the sign bit (branch-free).
    @inline(__always)
    static func gelu(_ x: V8) -> V8 {
        let z = x * V8(repeating: 0.707_106_77)
        let zBits = unsafeBitCast(z, to: SIMD8<UInt32>.self)
        let a = unsafeBitCast(zBits & 0x7FFF_FFFF, to: V8.self)
        let one = V8(repeating: 1)
        let t = one / (one + V8(repeating: 0.327_591_1) * a)
        var poly = V8(repeating: 1.061_405_429)
        poly = poly * t + V8(repeating: -1.453_152_027)
        poly = poly * t + V8(repeating: 1.421_413_741)
        poly = poly * t + V8(repeating: -0.284_496_736)
        poly = poly * t + V8(repeating: 0.254_829_592)
        poly = poly * t
        let half = V8(repeating: 0.5)
        let halfErf = half - half * poly * exp(-(a * a))
        let signedHalfErf = unsafeBitCast(
            unsafeBitCast(halfErf, to: SIMD8<UInt32>.self) | (zBits & 0x8000_0000), to: V8.self)
        return x * (half + signedHalfErf)
    }

    /// dst[i] = a[i] + b[i] + c[i] (word + position + token-type embedding).
    static func sum3(_ dst: UnsafeMutablePointer<Float>, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                     _ c: UnsafePointer<Float>, count: Int) {
        var i = 0
        while i + 8 <= count {
            store(load(a + i) + load(b + i) + load(c + i), dst + i)
            i += 8
        }
        while i < count { dst[i] = a[i] + b[i] + c[i]; i += 1 }
    }

    /// x[r, c] += bias[c] over a row-major rows×cols matrix.
    static func addBias(_ x: UnsafeMutablePointer<Float>, rows: Int, cols: Int, bias: UnsafePointer<Float>) {
        for r in 0..<rows {
            let row = x + r * cols
            var c = 0
            while c + 8 <= cols {
                store(load(row + c) + load(bias + c), row + c)
                c += 8
            }
            while c < cols { row[c] += bias[c]; c += 1 }
        }
    }

    /// x[r, c] = gelu(x[r, c] + bias[c]).
    static func addBiasGELU(_ x: UnsafeMutablePointer<Float>, rows: Int, cols: Int, bias: UnsafePointer<Float>) {
        for r in 0..<rows {
            let row = x + r * cols
            var c = 0
            while c + 8 <= cols {
                store(gelu(load(row + c) + load(bias + c)), row + c)
                c += 8
            }
            while c < cols { row[c] = FastMath.gelu(row[c] + bias[c]); c += 1 }
        }
    }

    /// In-place softmax of each of `rows` rows of length `cols` (row stride `stride`).
    static func softmaxRows(_ x: UnsafeMutablePointer<Float>, rows: Int, cols: Int, stride: Int) {
        for r in 0..<rows {
            let row = x + r * stride
            var maxV = V8(repeating: -.greatestFiniteMagnitude)
            var c = 0
            while c + 8 <= cols {
                let v = load(row + c)
                maxV = maxV.replacing(with: v, where: v .> maxV)
                c += 8
            }
            var m = maxV.max()
            while c < cols { m = Swift.max(m, row[c]); c += 1 }
            let mv = V8(repeating: m)
            var sumV = V8.zero
            c = 0
            while c + 8 <= cols {
                let e = exp(load(row + c) - mv)
                store(e, row + c)
                sumV += e
                c += 8
            }
            var sum = sumV.sum()
            while c < cols {
                let e = FastMath.exp(row[c] - m)
                row[c] = e
                sum += e
                c += 1
            }
            let inv = 1 / sum
            let invV = V8(repeating: inv)
            c = 0
            while c + 8 <= cols {
                store(load(row + c) * invV, row + c)
                c += 8
            }
            while c < cols { row[c] *= inv; c += 1 }
        }
    }

    /// hidden[r] = LayerNorm(hidden[r] + x[r] + bias): residual, bias and normalisation after
    /// an attention-output or FFN-output projection, fused.
    static func residualBiasLayerNorm(hidden: UnsafeMutablePointer<Float>, x: UnsafePointer<Float>,
                                      bias: UnsafePointer<Float>, gamma: UnsafePointer<Float>,
                                      beta: UnsafePointer<Float>, rows: Int, cols: Int, eps: Float) {
        for r in 0..<rows {
            let h = hidden + r * cols
            let xr = x + r * cols
            var sumV = V8.zero
            var c = 0
            while c + 8 <= cols {
                let v = load(h + c) + load(xr + c) + load(bias + c)
                store(v, h + c)
                sumV += v
                c += 8
            }
            var sum = sumV.sum()
            while c < cols {
                let v = h[c] + xr[c] + bias[c]
                h[c] = v
                sum += v
                c += 1
            }
            normalizeRow(h, cols: cols, mean: sum / Float(cols), gamma: gamma, beta: beta, eps: eps)
        }
    }

    /// In-place LayerNorm of each row.
    static func layerNorm(_ x: UnsafeMutablePointer<Float>, rows: Int, cols: Int,
                          gamma: UnsafePointer<Float>, beta: UnsafePointer<Float>, eps: Float) {
        for r in 0..<rows {
            let h = x + r * cols
            var sumV = V8.zero
            var c = 0
            while c + 8 <= cols {
                sumV += load(h + c)
                c += 8
            }
            var sum = sumV.sum()
            while c < cols { sum += h[c]; c += 1 }
            normalizeRow(h, cols: cols, mean: sum / Float(cols), gamma: gamma, beta: beta, eps: eps)
        }
    }

    /// Two-pass variance around the known mean, then (x - mean)/sqrt(var + eps)·gamma + beta.
    @inline(__always)
    private static func normalizeRow(_ h: UnsafeMutablePointer<Float>, cols: Int, mean: Float,
                                     gamma: UnsafePointer<Float>, beta: UnsafePointer<Float>, eps: Float) {
        let meanV = V8(repeating: mean)
        var varV = V8.zero
        var c = 0
        while c + 8 <= cols {
            let d = load(h + c) - meanV
            varV += d * d
            c += 8
        }
        var variance = varV.sum()
        while c < cols {
            let d = h[c] - mean
            variance += d * d
            c += 1
        }
        let invStd = 1 / (variance / Float(cols) + eps).squareRoot()
        let invV = V8(repeating: invStd)
        c = 0
        while c + 8 <= cols {
            store((load(h + c) - meanV) * invV * load(gamma + c) + load(beta + c), h + c)
            c += 8
        }
        while c < cols {
            h[c] = (h[c] - mean) * invStd * gamma[c] + beta[c]
            c += 1
        }
    }
}

/// Plain-loop kernels with the same interface and math as `VectorKernels` (debug builds, and
/// the reference the SIMD kernels are tested against).
enum ScalarKernels {
    static func sum3(_ dst: UnsafeMutablePointer<Float>, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                     _ c: UnsafePointer<Float>, count: Int) {
        for i in 0..<count { dst[i] = a[i] + b[i] + c[i] }
    }

    static func addBias(_ x: UnsafeMutablePointer<Float>, rows: Int, cols: Int, bias: UnsafePointer<Float>) {
        for r in 0..<rows {
            let row = x + r * cols
            for c in 0..<cols { row[c] += bias[c] }
        }
    }

    static func addBiasGELU(_ x: UnsafeMutablePointer<Float>, rows: Int, cols: Int, bias: UnsafePointer<Float>) {
        for r in 0..<rows {
            let row = x + r * cols
            for c in 0..<cols { row[c] = FastMath.gelu(row[c] + bias[c]) }
        }
    }

    static func softmaxRows(_ x: UnsafeMutablePointer<Float>, rows: Int, cols: Int, stride: Int) {
        for r in 0..<rows {
            let row = x + r * stride
            var m = -Float.greatestFiniteMagnitude
            for c in 0..<cols where row[c] > m { m = row[c] }
            var sum: Float = 0
            for c in 0..<cols {
                let e = FastMath.exp(row[c] - m)
                row[c] = e
                sum += e
            }
            let inv = 1 / sum
            for c in 0..<cols { row[c] *= inv }
        }
    }

    static func residualBiasLayerNorm(hidden: UnsafeMutablePointer<Float>, x: UnsafePointer<Float>,
                                      bias: UnsafePointer<Float>, gamma: UnsafePointer<Float>,
                                      beta: UnsafePointer<Float>, rows: Int, cols: Int, eps: Float) {
        for r in 0..<rows {
            let h = hidden + r * cols
            let xr = x + r * cols
            for c in 0..<cols { h[c] += xr[c] + bias[c] }
        }
        layerNorm(hidden, rows: rows, cols: cols, gamma: gamma, beta: beta, eps: eps)
    }

    static func layerNorm(_ x: UnsafeMutablePointer<Float>, rows: Int, cols: Int,
                          gamma: UnsafePointer<Float>, beta: UnsafePointer<Float>, eps: Float) {
        for r in 0..<rows {
            let h = x + r * cols
            var sum: Float = 0
            for c in 0..<cols { sum += h[c] }
            let mean = sum / Float(cols)
            var variance: Float = 0
            for c in 0..<cols { variance += (h[c] - mean) * (h[c] - mean) }
            let invStd = 1 / (variance / Float(cols) + eps).squareRoot()
            for c in 0..<cols { h[c] = (h[c] - mean) * invStd * gamma[c] + beta[c] }
        }
    }
}
