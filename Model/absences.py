"""Extra ABSENCE pairs built from the training file itself.

VitaminC's training split has few ABSENCE pairs, and every one of them sets a claim against a
sentence that was picked because it looks relevant. In FactCheck most pairs the verifier sees are
a claim against an unrelated or merely topical sentence, so we add two kinds of pairs, all labelled
ABSENCE:

  (i)  same title: the claim against another evidence sentence of the same Wikipedia page that is
       not one of the claim's own evidence sentences and is not a near copy (a VitaminC revision)
       of one of them;
  (ii) lexical neighbour: the claim against the evidence sentence of a *different* page that
       scores highest under BM25 for the claim's content words (again skipping near copies of the
       claim's own evidence, since some sentences appear on more than one page).
"""

import math
import random
import re
from collections import Counter, defaultdict

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers him his how i if in into is it its itself just me more most my
no nor not now of off on once only or other our out over own same she should so some such than
that the their them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your s t d ll m re ve
""".split())

_WORD = re.compile(r"\w+")


def content_words(text: str) -> list:
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


class BM25:
    """A small in-memory BM25 index over sentences (k1 = 1.2, b = 0.75).

    Terms found in more than max_df_fraction of the documents are left out of the index: they add
    little to the ranking and make the posting lists long.
    """

    def __init__(self, docs: list, k1: float = 1.2, b: float = 0.75, max_df_fraction: float = 0.05):
        self.n = len(docs)
        tokenised = [content_words(d) for d in docs]
        self.lengths = [len(t) for t in tokenised]
        avg = sum(self.lengths) / max(1, self.n)
        df = Counter(w for t in tokenised for w in set(t))
        limit = max(2, int(max_df_fraction * self.n))
        self.idf = {w: math.log(1 + (self.n - c + 0.5) / (c + 0.5)) for w, c in df.items() if c <= limit}
        self.postings = defaultdict(list)
        for doc, words in enumerate(tokenised):
            norm = k1 * (1 - b + b * self.lengths[doc] / avg)
            for w, tf in Counter(words).items():
                if w in self.idf:
                    self.postings[w].append((doc, self.idf[w] * tf * (k1 + 1) / (tf + norm)))

    def search(self, query: str, top: int = 20) -> list:
        scores = defaultdict(float)
        for w in set(content_words(query)):
            for doc, weight in self.postings.get(w, ()):
                scores[doc] += weight
        return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


def build_extra_absences(rows: list, n_claims: int, seed: int, near_copy: float = 0.5):
    """Returns (pairs, counts): pairs are dicts with claim, title, evidence, label=ABSENCE(2), kind."""
    rng = random.Random(seed)
    own = defaultdict(set)        # claim -> its evidence sentences (any label)
    title_of_claim = {}
    by_title = defaultdict(set)   # title -> evidence sentences
    title_of_evidence = {}
    for r in rows:
        own[r["claim"]].add(r["evidence"])
        title_of_claim.setdefault(r["claim"], r["title"])
        by_title[r["title"]].add(r["evidence"])
        title_of_evidence.setdefault(r["evidence"], r["title"])

    words = {}

    def wordset(s):
        if s not in words:
            words[s] = set(content_words(s))
        return words[s]

    def related(claim, evidence):
        if evidence in own[claim]:
            return True
        ws = wordset(evidence)
        return any(jaccard(ws, wordset(e)) >= near_copy for e in own[claim])

    claims = sorted(own)
    sample = rng.sample(claims, min(n_claims, len(claims)))

    evidences = sorted(title_of_evidence)
    index = BM25(evidences)

    pairs = []
    counts = Counter()
    for claim in sample:
        title = title_of_claim[claim]
        # (i) same page, unrelated sentence
        candidates = sorted(e for e in by_title[title] if not related(claim, e))
        if candidates:
            pairs.append({"claim": claim, "title": title, "evidence": rng.choice(candidates),
                          "label": 2, "kind": "same_title"})
            counts["same_title"] += 1
        # (ii) lexical neighbour on another page
        for doc, _score in index.search(claim, top=30):
            e = evidences[doc]
            if title_of_evidence[e] != title and not related(claim, e):
                pairs.append({"claim": claim, "title": title_of_evidence[e], "evidence": e,
                              "label": 2, "kind": "neighbour"})
                counts["neighbour"] += 1
                break
    return pairs, counts


def neighbour_pairs(rows: list, n_claims: int, seed: int, near_copy: float = 0.5) -> list:
    """For evaluation: claims against their BM25 neighbour from another title in the same rows
    (e.g. the dev set). These pairs should come out ABSENCE."""
    rng = random.Random(seed)
    own = defaultdict(set)
    title_of_claim = {}
    title_of_evidence = {}
    for r in rows:
        own[r["claim"]].add(r["evidence"])
        title_of_claim.setdefault(r["claim"], r["title"])
        title_of_evidence.setdefault(r["evidence"], r["title"])
    evidences = sorted(title_of_evidence)
    index = BM25(evidences)
    out = []
    for claim in rng.sample(sorted(own), min(n_claims, len(own))):
        cw = set(content_words(claim))
        for doc, _score in index.search(claim, top=30):
            e = evidences[doc]
            if title_of_evidence[e] == title_of_claim[claim] or e in own[claim]:
                continue
            if any(jaccard(set(content_words(e)), set(content_words(o))) >= near_copy for o in own[claim]):
                continue
            if not cw:
                break
            out.append({"claim": claim, "title": title_of_evidence[e], "evidence": e, "label": 2})
            break
    return out
