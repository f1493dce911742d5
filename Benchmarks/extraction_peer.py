"""trafilatura on the same pages, as its authors run it for this benchmark: extract(html, include_comments=False,
include_tables=True). Writes OUT/<file>.txt; prints pages per second (best of RUNS passes).
Usage: extraction_peer.py PAGES-FOLDER FILE-LIST OUT-FOLDER [RUNS]"""
import json, sys, time
import trafilatura

pages, listing, out = sys.argv[1:4]
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
files = [l for l in open(listing, encoding="utf-8").read().split("\n") if l]
# Pages are read into memory first (FactCheck reads them from disk, warm, as `extract` does): the timing favours the peer.
raw = {f: open(f"{pages}/{f}", "rb").read() for f in files}
best = float("inf")
outputs = {}
for _ in range(runs):
    start = time.perf_counter()
    for f in files:
        outputs[f] = trafilatura.extract(raw[f], include_comments=False, include_tables=True) or ""
    best = min(best, time.perf_counter() - start)
for f, text in outputs.items():
    open(f"{out}/{f}.txt", "w", encoding="utf-8").write(text)
print(json.dumps({"pages": len(files), "seconds": round(best, 3), "pages_per_second": round(len(files) / best, 1)}))
