"""Peer for `make bench`: Tantivy (the Rust search engine, through its Python package) indexes the same sentences
and runs the same claims as top-10 queries.

Prints one JSON line: index seconds, queries/s (medians of several runs) and the package version.

    tantivy_peer.py FOLDER

As its authors would run it: an in-memory index, the writer on as many threads as it picks, one commit; each claim
parsed leniently by Tantivy's own query parser (a disjunction of its words, as BM25 retrieval is) and searched on
one thread, one query at a time, without counting every match (`count=False`), scored by Tantivy's BM25.
"""
import importlib.metadata
import json
import statistics
import sys
import time

import tantivy


def main(folder: str, runs: int = 3) -> None:
    with open(f"{folder}/sentences.txt", encoding="utf-8") as f:
        sentences = f.read().split("\n")
    with open(f"{folder}/claims.txt", encoding="utf-8") as f:
        claims = f.read().split("\n")
    index_times, query_times = [], []
    hits = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("body", stored=False)
        index = tantivy.Index(builder.build())
        writer = index.writer()
        for sentence in sentences:
            writer.add_document(tantivy.Document(body=sentence))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        searcher = index.searcher()
        t1 = time.perf_counter()
        hits = 0
        for claim in claims:
            query, _errors = index.parse_query_lenient(claim, ["body"])
            hits += len(searcher.search(query, 10, count=False).hits)
        t2 = time.perf_counter()
        index_times.append(t1 - t0)
        query_times.append(t2 - t1)
    index_s, query_s = statistics.median(index_times), statistics.median(query_times)
    print(json.dumps({
        "peer": "tantivy",
        "index_s": index_s,
        "queries_per_s": len(claims) / query_s,
        "hits_per_query": hits / max(1, len(claims)),
        "version": importlib.metadata.version("tantivy"),
    }))


if __name__ == "__main__":
    main(sys.argv[1])
