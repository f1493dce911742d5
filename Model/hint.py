"""The unmatched-words hint: the claim's content words that its evidence segment does not contain.

A 6-layer model aligns a claim with its evidence poorly; what it most often misses is the one word or
number that differs ("a 2000 film" against "a 2002 film"). With the hint the model reads that list
after the claim: `claim || unmatched: 2000`, or `claim || unmatched: none`. The Swift side builds
the same string (`UnmatchedWordsHint.swift`), so the rules here are deliberately plain:

- words are runs of letters, or of digits with inner commas/points ("2,000", "3.5"), after accents are
  stripped (NFD, combining marks dropped) and the text is lower-cased;
- a word matches when the segment has the same word, with a final "s" dropped from both sides (words
  of four letters or more) and commas dropped from numbers;
- stop words never appear in the list, but negations do ("not", "never", "no"): a claim's "not" that
  its evidence lacks is exactly what the model should see;
- at most 12 words, in the claim's order, each once.
"""

import re
import unicodedata

MARKER = " || unmatched: "
NONE = "none"
LIMIT = 12

STOP = frozenset("""
a an the of in on at to for by with from into onto upon about as and or but if than then so that this these those
it its it's he she they them his her their hers theirs him we us our you your i me my is was were are be been being
am has have had having do does did which who whom whose what when where while also there here such both each
all any some one's 's s
""".split())

_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def words(text: str) -> list:
    return _WORD.findall(_plain(text))


def key(word: str) -> str:
    if word[0].isdigit():
        return word.replace(",", "")
    return word[:-1] if len(word) >= 4 and word.endswith("s") else word


def unmatched(claim: str, segment: str) -> list:
    have = {key(w) for w in words(segment)}
    out, seen = [], set()
    for w in words(claim):
        k = key(w)
        if w in STOP or k in have or k in seen:
            continue
        seen.add(k)
        out.append(w)
        if len(out) == LIMIT:
            break
    return out


def hinted(claim: str, segment: str) -> str:
    missing = unmatched(claim, segment)
    return claim + MARKER + (" ".join(missing) if missing else NONE)


def self_test() -> None:
    assert unmatched("The Santa Clause 2 is a 2000 film", "The Santa Clause 2: The Santa Clause 2 is a 2002 American film") == ["2000"]
    assert unmatched("Lee pleaded not guilty", "Lee pleaded guilty in Virginia") == ["not"]
    assert unmatched("It earned $2,000 in Zürich", "it earned 2000 dollars in Zurich") == []
    assert unmatched("Films were made", "the film was made") == []
    assert hinted("Paris is big", "Paris is big") == "Paris is big || unmatched: none"
    assert unmatched("Three reviews", "three review") == []
    assert unmatched("3.5 million people", "3,5 million") == ["3.5", "people"]
    assert len(unmatched(" ".join(f"w{i}x" for i in range(30)).replace("0", "a"), "")) == LIMIT


EDGE_CASES = [
    ("Café owners earned 2,000.50 euros", "cafe owner earn 2000.50"),
    ("Ⅻ kings and x² rules", "xii king"),
    ("Zoë's 1,000th visit, 3.", "zoe visit 3"),
    ("İstanbul ﬁnal ＡＢＣ", "istanbul"),
    ("snake_case and 12,a and 1.2.3 and ..5", "case"),
    ("١٢٣ digits and ½ cup", "cup"),
    ("It is not the case", ""),
    ("", "anything at all"),
]


def write_fixture(path: str, n: int = 300) -> None:
    """Claims and segments from dev plus edge cases, with their hinted claims, for the Swift test."""
    import json
    import common
    rows = common.load_jsonl(common.DEV_PATH)[:n]
    pairs = [(r["claim"], common.segment(r["title"], r["evidence"])) for r in rows] + EDGE_CASES
    cases = [{"claim": c, "evidence": e, "hinted": hinted(c, e)} for c, e in pairs]
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=0)
        f.write("\n")


if __name__ == "__main__":
    import sys
    self_test()
    if len(sys.argv) == 3 and sys.argv[1] == "--fixture":
        write_fixture(sys.argv[2])
    print("hint self-test passed")
