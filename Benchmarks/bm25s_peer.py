"""Peer for `make bench`: bm25s indexes the same sentences and retrieves the top 10 for the same claims.

Prints one JSON line: index seconds, queries/s (medians of several runs), the backend, bm25s' version, and the
BLAS kernel numpy runs on (threadpoolctl), so the table can say the peer ran at its best.

    bm25s_peer.py FOLDER [numpy|numba]

With numba the scoring and top-k selection are JIT-compiled; the compile happens once in a warm-up query,
before any timing, as a long-running service would have it.
"""
import json
import statistics
import sys
import time

import bm25s


def blas_kernel() -> str:
    """`openblas 0.3.31 kernel Haswell (2 threads, numpy.libs)`, for each BLAS threadpoolctl finds."""
    try:
        import numpy  # noqa: F401  (loads numpy's BLAS so threadpoolctl sees it)
        from threadpoolctl import threadpool_info
    except ImportError:
        return "unknown (threadpoolctl missing)"
    pools = [p for p in threadpool_info() if p.get("user_api") == "blas"]
    if not pools:
        return "no BLAS found"
    # numpy's own first; scipy may load another copy.
    return " + ".join(f"{p.get('internal_api')} {p.get('version')} kernel {p.get('architecture')} ({p.get('num_threads')} threads, "
                      f"{p.get('filepath', '').split('site-packages/')[-1].split('/')[0]})" for p in pools)


def main(folder: str, backend: str = "numpy", runs: int = 3) -> None:
    with open(f"{folder}/sentences.txt", encoding="utf-8") as f:
        sentences = f.read().split("\n")
    with open(f"{folder}/claims.txt", encoding="utf-8") as f:
        claims = f.read().split("\n")
    k = min(10, len(sentences))
    index_times, query_times = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        tokens = bm25s.tokenize(sentences, stopwords="en", show_progress=False)
        retriever = bm25s.BM25(k1=0.9, b=0.4, backend=backend)
        retriever.index(tokens, show_progress=False)
        t1 = time.perf_counter()
        if backend == "numba":
            warm = bm25s.tokenize(claims[:2], stopwords="en", show_progress=False)
            retriever.retrieve(warm, k=k, show_progress=False, n_threads=1, backend_selection="numba")
        t2 = time.perf_counter()
        queries = bm25s.tokenize(claims, stopwords="en", show_progress=False)
        retriever.retrieve(queries, k=k, show_progress=False, n_threads=1,
                           backend_selection="numba" if backend == "numba" else "auto")
        t3 = time.perf_counter()
        index_times.append(t1 - t0)
        query_times.append(t3 - t2)
    index_s, query_s = statistics.median(index_times), statistics.median(query_times)
    print(json.dumps({
        "peer": "bm25s",
        "backend": backend,
        "index_s": index_s,
        "queries_per_s": len(claims) / query_s,
        "version": bm25s.__version__,
        "blas": blas_kernel(),
    }))


if __name__ == "__main__":
    main(sys.argv[1], *(sys.argv[2:3]))
