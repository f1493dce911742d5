"""Extra CONFLICT pairs built from the training file's AGREEMENT pairs: one detail changed.

A reporter's wrong claim usually paraphrases its source and gets one detail wrong: a number, a
year or a month. VitaminC's own CONFLICT pairs are revisions of the *evidence*; on news
sentences the model tended to agree with a paraphrase whose one detail was changed (18 of 57 such
claims in the held-out news sets scored agreement ≥ 0.5). So we take AGREEMENT pairs, whose claims
are paraphrases, and change one detail of the claim that the evidence itself states:

  (i)   number: a number of the claim that also occurs in the evidence gets another value of the
        same shape (a year moves by 1–15 years, a day of a month stays a day, a percentage stays
        under 100, a count or amount is scaled); never in a claim with a comparator ("more than 50",
        "after", "until") or an approximation ("about"), whose changed value could still be true,
        and never a number inside a name ("COVID-19", "Boeing 787");
  (ii)  month: a month name of the claim that the evidence also names becomes another month.

A third kind, a "not" added after the claim's first auxiliary, is built by `add_negation` but off by
default (`negation_share` 0): every such pair is CONFLICT, so the model learned that a "not" in the
claim means conflict, and on the seed and news corpora it contradicted negative claims that the
articles support or never contradict ("The researchers say the tool was not used for hunting", "Mallory
did not cooperate with investigators") with probabilities up to 0.87. A claim's polarity is the rules' to compare.

Each changed claim is paired with the original evidence and labelled CONFLICT. The evidence is
unchanged, so the model learns to find the detail, not a cue in the sentence.
"""

import random
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
# Words before a number that make a changed value possibly still true.
HEDGED_BEFORE = re.compile(
    r"(?:more|less|fewer|greater|higher|lower|over|under|above|below|least|most|up to|about|around|"
    r"nearly|almost|approximately|roughly|some|than|within|exceeding|exceeds|exceeded|top|tops|"
    r"after|before|since|until|till|by|from|between|and|or|to|through|since)\s*$",
    re.IGNORECASE)
# A number standing alone: not inside a name or code ("COVID-19", "F-16"), not an ordinal ("5th").
NUMBER = re.compile(r"(?<![\w.,\-–/])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w,]*\d)(?![A-Za-z\-–/])")
# A capitalised word right before a number usually makes it part of a name ("Boeing 787", "Windows 10").
NAME_BEFORE = re.compile(r"\b([A-Z][\w'&.-]*)\s+$")
# A claim with a comparator anywhere ("born after the 7th June 1956", "less than 770 ... as of April")
# can stay true when one of its numbers changes, so numbers and months of such claims are left alone.
COMPARATOR = re.compile(
    r"\b(?:more|less|fewer|greater|higher|lower|over|under|above|below|least|most|up to|after|before|since|"
    r"until|till|between|within|out of|approximately|about|around|nearly|almost|roughly|exceed\w*)\b",
    re.IGNORECASE)
NEGATION = re.compile(r"\b(?:not|no|never|n't|none|neither|nor|without)\b", re.IGNORECASE)
# "has" and "have" only as auxiliaries (before a participle), never as "has a free storage".
AUXILIARY = re.compile(r"\b(?:is|was|are|were|(?:has|have|had)(?=\s+(?:been|\w+ed|\w+en)\b))\b")


def _changed_number(text: str, rng: random.Random, before: str = "", after: str = ""):
    """The number's new spelling, same shape (commas, decimals, a year stays a year, a day of a
    month stays a day, a percentage stays under 100)."""
    plain = text.replace(",", "")
    month_near = re.search(r"\b(?:%s)\s*$" % "|".join(MONTHS), before) or \
        re.match(r"\s*(?:%s)\b" % "|".join(MONTHS), after)
    if plain.isdigit() and 1 <= int(plain) <= 31 and month_near:
        return str(rng.choice([d for d in range(1, 29) if d != int(plain)]))
    if re.match(r"\s*(?:%|percent|per cent)", after):
        value = float(plain)
        new = rng.choice([v for v in range(5, 100, 1) if abs(v - value) >= 3])
        return str(new)
    if "." in plain:
        value = float(plain)
        decimals = len(plain.split(".")[1])
        new = value * rng.choice([0.5, 0.7, 1.3, 1.5, 2.0]) if value else value + rng.randint(1, 9)
        out = f"{new:.{decimals}f}"
        return out if out != text else None
    value = int(plain)
    if 1000 <= value <= 2100 and len(plain) == 4 and "," not in text:
        new = value + rng.choice([-1, 1]) * rng.randint(1, 15)
    elif value < 10:
        new = rng.choice([v for v in range(1, 13) if v != value])
    else:
        new = int(round(value * rng.choice([0.4, 0.6, 0.75, 1.25, 1.5, 2.0, 3.0])))
        if new == value:
            new = value + rng.randint(1, 9)
    out = f"{new:,}" if "," in text else str(new)
    return out if out != text else None


def change_number(claim: str, evidence: str, rng: random.Random):
    if COMPARATOR.search(claim):
        return None
    spans = [m for m in NUMBER.finditer(claim)
             if re.search(r"(?<![\w.,])" + re.escape(m.group(1)) + r"(?![\w,]*\d)", evidence)
             and not HEDGED_BEFORE.search(claim[:m.start()])
             and not (NAME_BEFORE.search(claim[:m.start()])
                      and not re.search(r"\b(?:%s)\s+$" % "|".join(MONTHS), claim[:m.start()]))
             and not claim[m.end():].lstrip().startswith("+")]
    if not spans:
        return None
    m = rng.choice(spans)
    new = _changed_number(m.group(1), rng, claim[:m.start()], claim[m.end():])
    if new is None or re.search(r"(?<![\w.,])" + re.escape(new) + r"(?![\w,]*\d)", evidence):
        return None
    return claim[:m.start()] + new + claim[m.end():]


def change_month(claim: str, evidence: str, rng: random.Random):
    if COMPARATOR.search(claim):
        return None
    named = [mo for mo in MONTHS if re.search(rf"\b{mo}\b", claim) and re.search(rf"\b{mo}\b", evidence)]
    # "May" is also a verb; only as a month next to a number ("May 2019", "3 May").
    named = [mo for mo in named if mo != "May" or re.search(r"(\d\s+May|May\s+\d)", claim)]
    if not named:
        return None
    old = rng.choice(named)
    new = rng.choice([mo for mo in MONTHS if mo != old and not re.search(rf"\b{mo}\b", evidence)])
    return re.sub(rf"\b{old}\b", new, claim, count=1)


def add_negation(claim: str, evidence: str, rng: random.Random):
    if NEGATION.search(claim) or NEGATION.search(evidence):
        return None
    m = AUXILIARY.search(claim)
    if not m:
        return None
    return claim[:m.end()] + " not" + claim[m.end():]


CHANGES = [("number", change_number), ("month", change_month), ("negation", add_negation)]


def build_changed_details(rows: list, n_pairs: int, seed: int, negation_share: float = 0.0):
    """Returns (pairs, counts): CONFLICT(1) pairs, at most one per AGREEMENT row, numbers and months first."""
    rng = random.Random(seed)
    agreeing = [r for r in rows if r["label"] == 0]
    rng.shuffle(agreeing)
    pairs, counts = [], {"number": 0, "month": 0, "negation": 0}
    negation_cap = int(n_pairs * negation_share)
    for r in agreeing:
        if len(pairs) >= n_pairs:
            break
        for kind, change in CHANGES:
            if kind == "negation" and counts["negation"] >= negation_cap:
                continue
            claim = change(r["claim"], r["evidence"], rng)
            if claim and claim != r["claim"]:
                pairs.append({"id": f"changed-{kind}-{r['id']}", "title": r["title"], "evidence": r["evidence"],
                              "claim": claim, "label": 1, "kind": kind})
                counts[kind] += 1
                break
    return pairs, counts


def _self_test() -> None:
    rng = random.Random(3)
    ev = "Social House was formed in 2015 by Foster and Anderson, and its album sold 12,400 copies on 7 March."
    for _ in range(20):
        changed = change_number("Social House was formed in 2015.", ev, rng)
        year = re.search(r"\d{4}", changed).group(0)
        assert year != "2015" and 2000 <= int(year) <= 2030, changed          # a year stays a year
        sold = change_number("Its album sold 12,400 copies.", ev, rng)
        assert re.search(r"sold \d{1,3}(,\d{3})+ copies", sold) and "12,400" not in sold, sold   # commas kept
        day = change_number("The album came out on 7 March.", ev, rng)
        assert 1 <= int(re.search(r"on (\d+) March", day).group(1)) <= 28, day     # a day stays a day
    # A comparator or approximation makes the changed value possibly true; a number inside a name is no figure.
    assert change_number("The album sold more than 12,400 copies.", ev, rng) is None
    assert change_number("Social House was formed after 2015.", ev, rng) is None
    assert change_number("COVID-19 reached Boeing 787 crews.", "COVID-19 reached Boeing 787 crews in 2020.", rng) is None
    # A number the evidence does not state is left alone: the change must be of a stated detail.
    assert change_number("Social House was formed in 2016.", ev, rng) is None
    assert change_month("The album came out in March.", ev, rng) not in (None, "The album came out in March.")
    assert change_month("Sales may rise.", "Sales may rise in May.", rng) is None  # "may" the verb
    assert add_negation("Zoe Saldana is a singer.", "Zoe Saldana is an actress and singer.", rng) == "Zoe Saldana is not a singer."
    assert add_negation("He has a free account.", "He has a free account.", rng) is None   # "has" as a verb, not an auxiliary


_self_test()

if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["--self-test"]:
        print("contrasts self-test passed")
        sys.exit(0)
    import os
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import common
    rows = common.load_jsonl(common.TRAIN_PATH)
    pairs, counts = build_changed_details(rows, 6000, 7)
    print(counts)
    for p in random.Random(1).sample(pairs, 25):
        print(f"[{p['kind']}] {p['claim']}\n      <- {p['evidence'][:160]}")
