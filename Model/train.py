"""Fine-tune all-MiniLM-L6-v2 as FactCheck's 3-way verifier (AGREEMENT, CONFLICT, ABSENCE).

Run from the repository root (this is what `make model` does):

    bash Model/setup-venv && Model/.venv/bin/python Model/train.py

Writes Model/train.log and, unless --no-export, the weights, vocabulary, manifest and licence notes
to Sources/FactCheckKit/Resources/Verifier/ plus the Swift parity fixture (see export.py).
"""

import argparse
import copy
import json
import math
import os
import pathlib
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common  # noqa: E402  (sets the offline environment before transformers loads)
import torch  # noqa: E402
from absences import build_extra_absences, neighbour_pairs  # noqa: E402
from contrasts import build_changed_details  # noqa: E402
from common import LABELS, SEED  # noqa: E402


class Log:
    def __init__(self, path):
        self.f = open(path, "w", encoding="utf-8")
        self.t0 = time.time()

    def __call__(self, msg=""):
        stamp = f"[{(time.time() - self.t0) / 60:6.2f} min] "
        for line in str(msg).splitlines() or [""]:
            out = stamp + line
            print(out, flush=True)
            self.f.write(out + "\n")
        self.f.flush()


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seed", type=int, default=SEED)
    p.add_argument("--max-train-pairs", type=int, default=0,
                   help="subsample the original training pairs to this many (0 = all 37,107)")
    p.add_argument("--extra-claims", type=int, default=4800,
                   help="training claims sampled for the extra ABSENCE pairs (about 2 pairs each)")
    p.add_argument("--no-extra-absence", action="store_true", help="train without the extra ABSENCE pairs")
    p.add_argument("--changed-details", type=int, default=0,
                   help="extra CONFLICT pairs: AGREEMENT claims with one detail changed (see contrasts.py)")
    p.add_argument("--title-drop", type=float, default=0.3)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--epochs", type=float, default=1.0)
    p.add_argument("--warmup", type=float, default=0.06, help="fraction of steps spent warming up")
    p.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (smoke runs)")
    p.add_argument("--train-minutes", type=float, default=40.0,
                   help="time budget of the training steps: the learning-rate schedule runs over the epoch "
                        "or this many minutes, whichever is shorter, so that the run ends in time")
    p.add_argument("--threads", choices=["auto", "1", "2"], default="auto",
                   help="torch threads; auto starts with 2 and switches to 1 while 1 is measurably faster "
                        "(on a shared 2-core machine, 2 threads next to another busy process slow down badly)")
    p.add_argument("--eval-every-min", type=float, default=15.0)
    p.add_argument("--log", default=str(common.MODEL_DIR / "train.log"))
    p.add_argument("--init", default="",
                   help="start from this state dict (a second stage over the shuffled data, e.g. Model/.work/best.pt) "
                        "or from exported weights (a .safetensors file: dequantised, prior shift taken back out of "
                        "the bias) instead of the base model's head")
    p.add_argument("--hint", action="store_true",
                   help="append the claim's words that the evidence lacks to the claim (hint.py)")
    p.add_argument("--no-export", action="store_true")
    p.add_argument("--quick-eval", action="store_true", help="final evaluation on the 600-pair subset only")
    return p.parse_args()


def length_bucketed_batches(lengths, batch_size, rng, chunk_batches=50):
    """Shuffle, then sort within chunks of 50 batches by length, then shuffle the batches."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    batches = []
    chunk = batch_size * chunk_batches
    for start in range(0, len(order), chunk):
        part = sorted(order[start:start + chunk], key=lambda i: lengths[i])
        batches.extend(part[i:i + batch_size] for i in range(0, len(part), batch_size))
    rng.shuffle(batches)
    return batches


class Threads:
    """Chooses 1 or 2 torch threads by measured throughput (padded tokens per second).

    Throughput is measured over windows of 20 steps. With "auto", each count is tried once at the
    start and the other count is tried again for one window every 300 steps; in between the faster
    one (by its latest window) is used."""

    WINDOW, REPROBE = 20, 300

    def __init__(self, mode, log):
        self.auto = mode == "auto"
        self.log = log
        self.current = 2 if mode in ("auto", "2") else 1
        self.rates = {}
        self.steps = 0
        self.since_probe = 0
        self.probing = False
        self.reset_window()
        torch.set_num_threads(self.current)

    def reset_window(self):
        self.tokens, self.seconds, self.n = 0, 0.0, 0

    def set(self, n):
        if n != self.current:
            self.current = n
            torch.set_num_threads(n)

    def record(self, tokens, seconds):
        self.steps += 1
        self.since_probe += 1
        if self.steps <= 5:      # the first steps are slow (allocation); leave them out
            return
        self.tokens += tokens
        self.seconds += seconds
        self.n += 1
        if self.n < self.WINDOW:
            return
        self.rates[self.current] = self.tokens / self.seconds
        self.reset_window()
        if not self.auto:
            return
        other = 3 - self.current
        if other not in self.rates or self.since_probe >= self.REPROBE:
            self.since_probe = 0
            self.probing = True
            self.set(other)
            return
        faster = max(self.rates, key=self.rates.get)
        if self.probing:
            self.log("threads: " + ", ".join(f"{k} -> {v:.0f} tokens/s" for k, v in sorted(self.rates.items()))
                     + f"; using {faster}")
            self.probing = False
        self.set(faster)


def main():
    args = parse_args()
    common.INPUT_HINT = args.hint
    common.setup_torch()
    common.seed_everything(args.seed)
    common.WORK_DIR.mkdir(exist_ok=True)
    log = Log(args.log)
    started = time.time()
    log(f"FactCheck verifier training, seed {args.seed}, torch {torch.__version__}, "
        f"threads {torch.get_num_threads()}")
    log("args: " + " ".join(f"{k}={v}" for k, v in vars(args).items()))

    from transformers import BertForSequenceClassification

    tokenizer = common.load_tokenizer()
    train_rows = common.load_jsonl(common.TRAIN_PATH)
    dev_rows = common.load_jsonl(common.DEV_PATH)
    log(f"train pairs {len(train_rows)}, dev pairs {len(dev_rows)}")

    rng = random.Random(args.seed)
    base = list(train_rows)
    if args.max_train_pairs and args.max_train_pairs < len(base):
        base = rng.sample(base, args.max_train_pairs)
        log(f"subsampled original training pairs to {len(base)}")

    extra = []
    if not args.no_extra_absence:
        t = time.time()
        extra, counts = build_extra_absences(train_rows, args.extra_claims, args.seed + 1)
        log(f"extra ABSENCE pairs: {len(extra)} ({dict(counts)}) built in {time.time() - t:.1f} s")
    changed = []
    if args.changed_details:
        changed, kinds = build_changed_details(train_rows, args.changed_details, args.seed + 6)
        log(f"changed-detail CONFLICT pairs: {len(changed)} ({kinds})")
    data = base + extra + changed

    # Title kept for 70% of pairs, dropped (segment = evidence alone) for 30%, seeded.
    title_rng = random.Random(args.seed + 2)
    segments = [common.segment(r["title"] if title_rng.random() >= args.title_drop else None, r["evidence"])
                for r in data]
    t = time.time()
    encoded = common.encode_pairs(tokenizer, [r["claim"] for r in data], segments)
    labels = [r["label"] for r in data]
    lengths = [len(e[0]) for e in encoded]
    log(f"tokenised {len(encoded)} training pairs in {time.time() - t:.1f} s, "
        f"mean length {sum(lengths) / len(lengths):.1f}, truncated to 128: {sum(x == 128 for x in lengths)}")

    counts = [labels.count(k) for k in range(len(LABELS))]
    weights = torch.tensor([len(labels) / (len(LABELS) * c) for c in counts], dtype=torch.float)
    log("label counts " + ", ".join(f"{n} {c}" for n, c in zip(LABELS, counts))
        + " -> class weights " + ", ".join(f"{w:.3f}" for w in weights.tolist()))

    dev_segments = [common.segment(r["title"], r["evidence"]) for r in dev_rows]
    dev_encoded = common.encode_pairs(tokenizer, [r["claim"] for r in dev_rows], dev_segments)
    dev_gold = [r["label"] for r in dev_rows]
    sub_idx = common.balanced_subset(dev_rows, 200, args.seed + 3)
    sub_encoded = [dev_encoded[i] for i in sub_idx]
    sub_gold = [dev_gold[i] for i in sub_idx]

    model = BertForSequenceClassification.from_pretrained(
        str(common.base_model_dir()), num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)), label2id={n: i for i, n in enumerate(LABELS)})
    if args.init:
        # A second stage: the first stage's weights, a new shuffle (--seed) and a fresh schedule.
        if args.init.endswith(".safetensors"):
            import export
            state = export.load_verifier(args.init).state_dict()
            # The shift belongs to these weights: read it from the manifest beside them, and refuse to guess.
            manifest = json.loads((pathlib.Path(args.init).parent / "manifest.json").read_text())
            if "prior_shift" not in manifest:
                raise SystemExit(f"{args.init}: its manifest.json gives no prior_shift to take back out; export it again with export.py")
            state["classifier.bias"] = state["classifier.bias"] - torch.tensor(manifest["prior_shift"])
            model.load_state_dict(state, strict=False)
        else:
            model.load_state_dict(torch.load(args.init, map_location="cpu"))
        log(f"initialised from {args.init}")
    model.train()

    no_decay = ("bias", "LayerNorm.weight")
    groups = [
        {"params": [p for n, p in model.named_parameters() if not n.endswith(no_decay)], "weight_decay": 0.01},
        {"params": [p for n, p in model.named_parameters() if n.endswith(no_decay)], "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW(groups, lr=args.lr)
    batch_rng = random.Random(args.seed + 4)
    steps_per_epoch = math.ceil(len(encoded) / args.batch_size)
    total_steps = max(1, int(round(steps_per_epoch * args.epochs)))
    if args.max_steps:
        total_steps = min(total_steps, args.max_steps)

    def lr_factor(progress):
        """Linear warmup over the first 6% of the run, then linear decay to zero at its end."""
        if progress < args.warmup:
            return max(progress, 1.0 / total_steps) / args.warmup
        return max(0.0, (1.0 - progress) / (1.0 - args.warmup))

    loss_fn = torch.nn.CrossEntropyLoss(weight=weights)
    log(f"plan: {total_steps} steps of batch {args.batch_size} ({steps_per_epoch} per epoch) or "
        f"{args.train_minutes:g} min of training, whichever ends first; warmup {args.warmup:.0%}")

    best = {"accuracy": -1.0, "step": 0}
    best_state = None
    evals = []

    def eval_subset(step):
        nonlocal best_state
        t = time.time()
        m = common.evaluate(model, sub_encoded, sub_gold)
        evals.append((step, m["accuracy"]))
        log(f"step {step}: dev-subset (600) accuracy {m['accuracy']:.4f} ({time.time() - t:.0f} s)")
        if m["accuracy"] > best["accuracy"]:
            best.update(accuracy=m["accuracy"], step=step)
            best_state = copy.deepcopy(model.state_dict())
            torch.save(best_state, common.WORK_DIR / "best.pt")
            log(f"  new best checkpoint (step {step}) saved to Model/.work/best.pt")

    threads = Threads(args.threads, log)
    step = 0
    run_loss, run_n, run_pairs = 0.0, 0, 0
    train_seconds = 0.0      # time spent in training steps only (evaluations excluded)
    since_eval = 0.0
    window_seconds = 0.0
    loss_curve = []
    progress = 0.0
    ended_by = "epoch"
    batches = iter(())
    while True:
        batch = next(batches, None)
        if batch is None:
            batches = iter(length_bucketed_batches(lengths, args.batch_size, batch_rng))
            continue
        t = time.time()
        for g in optimizer.param_groups:
            g["lr"] = args.lr * lr_factor(progress)
        ids, tts, mask = common.collate(encoded, batch)
        target = torch.tensor([labels[i] for i in batch])
        logits = model(input_ids=ids, token_type_ids=tts, attention_mask=mask).logits
        loss = loss_fn(logits, target)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        step += 1
        dt = time.time() - t
        train_seconds += dt
        since_eval += dt
        window_seconds += dt
        threads.record(ids.numel(), dt)
        run_loss += loss.item()
        run_n += 1
        run_pairs += len(batch)
        by_time = train_seconds / (args.train_minutes * 60)
        progress = max(step / total_steps, by_time)
        done = progress >= 1.0
        if done and by_time >= 1.0 and step < total_steps:
            ended_by = "time"
        if step % 100 == 0 or done or (args.max_steps and step % 5 == 0):
            avg = run_loss / run_n
            loss_curve.append((step, round(avg, 4)))
            log(f"step {step}/{total_steps} loss {avg:.4f} lr {optimizer.param_groups[0]['lr']:.2e} "
                f"{run_pairs / window_seconds:.1f} pairs/s, {threads.current} threads, progress {progress:.0%}")
            run_loss, run_n, run_pairs, window_seconds = 0.0, 0, 0, 0.0
        if done:
            break
        if since_eval >= args.eval_every_min * 60:
            eval_subset(step)
            since_eval = 0.0
            threads.reset_window()
    train_minutes = train_seconds / 60
    if ended_by == "time":
        log(f"the {args.train_minutes:g}-minute budget ended training at step {step} of {total_steps}")
    pairs_seen = min(step * args.batch_size, len(encoded) * args.epochs)
    log(f"training done: {step} steps, about {pairs_seen:.0f} pairs, {train_minutes:.1f} min in training steps")
    eval_subset(step)
    log(f"best dev-subset accuracy {best['accuracy']:.4f} at step {best['step']} "
        f"(all subset evaluations: {evals})")
    model.load_state_dict(best_state)
    model.eval()

    if args.quick_eval:
        final_fp32 = common.evaluate(model, sub_encoded, sub_gold)
        log("dev subset (600), fp32, best checkpoint:\n" + common.format_metrics(final_fp32))
        eval_encoded, eval_gold, eval_name = sub_encoded, sub_gold, "dev subset (600)"
    else:
        t = time.time()
        final_fp32 = common.evaluate(model, dev_encoded, dev_gold)
        log(f"full dev (3000), fp32, best checkpoint ({time.time() - t:.0f} s):\n" + common.format_metrics(final_fp32))
        eval_encoded, eval_gold, eval_name = dev_encoded, dev_gold, "full dev (3000)"

    # Claims against a BM25 neighbour sentence from another dev title: should be ABSENCE.
    nb = neighbour_pairs(dev_rows, 300 if args.quick_eval else 1000, args.seed + 5)
    nb_encoded = common.encode_pairs(tokenizer, [r["claim"] for r in nb],
                                     [common.segment(r["title"], r["evidence"]) for r in nb])
    nb_notitle = common.encode_pairs(tokenizer, [r["claim"] for r in nb], [r["evidence"] for r in nb])
    nb_with = common.evaluate(model, nb_encoded, [2] * len(nb))["accuracy"]
    nb_without = common.evaluate(model, nb_notitle, [2] * len(nb))["accuracy"]
    log(f"dev-neighbour pairs ({len(nb)} dev claims vs. the closest BM25 sentence of another dev title): "
        f"predicted ABSENCE {nb_with:.4f} with title, {nb_without:.4f} without title")

    info = {
        "seed": args.seed,
        "hint": args.hint,
        "train_pairs": len(data),
        "original_train_pairs": len(base),
        "extra_absence_pairs": len(extra),
        "changed_detail_pairs": len(changed),
        "steps": step,
        "train_minutes": round(train_minutes, 1),
        "dev_fp32": final_fp32,
        "dev_eval_name": eval_name,
        "dev_neighbour_absence": {"with_title": nb_with, "without_title": nb_without, "pairs": len(nb)},
        "loss_curve": loss_curve,
    }
    with open(common.WORK_DIR / "train-info.json", "w") as f:
        json.dump(info, f, indent=1)
    if not args.no_export:
        import export
        export.export(model, tokenizer, info, dev_rows, eval_encoded, eval_gold, log)
    log(f"all done in {(time.time() - started) / 60:.1f} min")


if __name__ == "__main__":
    main()
