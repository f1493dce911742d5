"""Scores extracted main text as trafilatura's own evaluation does: whitespace collapsed, a segment counts as
found when it is a substring of the output. Precision = found `with` / (found `with` + found `without`),
recall = found `with` / all `with`. Usage: extraction_score.py SEGMENTS.json OUT-FOLDER [--misses N]"""
import json, re, sys

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

segments = json.load(open(sys.argv[1], encoding="utf-8"))
folder = sys.argv[2]
show = int(sys.argv[sys.argv.index("--misses") + 1]) if "--misses" in sys.argv else 0
tp = fn = fp = tn = 0
per_page = []
for url, item in segments.items():
    try:
        text = norm(open(f"{folder}/{item['file']}.txt", encoding="utf-8").read())
    except FileNotFoundError:
        text = ""
    w = [norm(s) in text for s in item["with"]]
    wo = [norm(s) in text for s in item["without"]]
    tp += sum(w); fn += len(w) - sum(w); fp += sum(wo); tn += len(wo) - sum(wo)
    per_page.append((len(w) - sum(w) + sum(wo), item["file"], [s for s, f in zip(item["with"], w) if not f], [s for s, f in zip(item["without"], wo) if f]))
precision = tp / (tp + fp) if tp + fp else 0
recall = tp / (tp + fn) if tp + fn else 0
f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
print(json.dumps({"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "found_with": tp, "missed_with": fn, "found_without": fp}))
for bad, file, missed, kept in sorted(per_page, reverse=True)[:show]:
    print(f"{file}: missed {len(missed)} {missed[:2]} kept-without {kept[:2]}", file=sys.stderr)
