"""Baseline for `make bench`: bm25s indexes the same sentences and retrieves top-10 for the same claims.

Prints one JSON line: index seconds, sentences/s, queries/s (median of several runs).
"""
import json
import statistics
import sys
import time

import bm25s


def main(folder: str, runs: int = 3) -> None:
    with open(f"{folder}/sentences.txt", encoding="utf-8") as f:
        sentences = f.read().split("\n")
    with open(f"{folder}/claims.txt", encoding="utf-8") as f:
        claims = f.read().split("\n")
    index_times, query_times = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        tokens = bm25s.tokenize(sentences, stopwords="en", show_progress=False)
        retriever = bm25s.BM25(k1=0.9, b=0.4)
        retriever.index(tokens, show_progress=False)
        t1 = time.perf_counter()
        queries = bm25s.tokenize(claims, stopwords="en", show_progress=False)
        retriever.retrieve(queries, k=min(10, len(sentences)), show_progress=False, n_threads=1)
        t2 = time.perf_counter()
        index_times.append(t1 - t0)
        query_times.append(t2 - t1)
    index_s, query_s = statistics.median(index_times), statistics.median(query_times)
    print(json.dumps({
        "index_s": index_s,
        "sentences_per_s": len(sentences) / index_s,
        "queries_per_s": len(claims) / query_s,
        "version": bm25s.__version__,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
