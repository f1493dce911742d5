"""Undo the Wikipedia-dump tokenisation of VitaminC text.

The Swift side (FactCheckKit) repeats these exact steps, so keep them in step with it:

  (a) plain substring replacement, in this order:
        -LRB- -> (   -RRB- -> )   -LSB- -> [   -RSB- -> ]   -LCB- -> {   -RCB- -> }
        -COLON- -> :   `` -> "   '' -> "
      (substring, not whole-token: titles contain "-LRB-state-RRB-")
  (b) delete one U+0020 space that comes right before any of , . ; : ! ? ) ] %
      and one U+0020 space that comes right before 's n't 're 've 'll 'd 'm when
      that suffix is followed by a space or the end of the text (case-sensitive)
  (c) delete one U+0020 space that comes right after ( or [
  (d) collapse runs of U+0020 spaces to one space, then strip U+0020 from both ends
      (only U+0020: tabs, newlines and other Unicode spaces are left alone).

Each step is applied to the whole string in one left-to-right pass (regex sub),
and the steps run in the order a, b, c, d.

Run `python Model/detok.py` for the self-test; the same asserts also run at import.
"""

import re

_REPLACEMENTS = (
    ("-LRB-", "("),
    ("-RRB-", ")"),
    ("-LSB-", "["),
    ("-RSB-", "]"),
    ("-LCB-", "{"),
    ("-RCB-", "}"),
    ("-COLON-", ":"),
    ("``", '"'),
    ("''", '"'),
)

_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,.;:!?)\]%])")
_SPACE_BEFORE_CLITIC = re.compile(r" (?=(?:'s|n't|'re|'ve|'ll|'d|'m)(?: |\Z))")
_SPACE_AFTER_OPEN = re.compile(r"(?<=[(\[]) ")
_SPACE_RUN = re.compile(r" {2,}")


def detok(text: str) -> str:
    for old, new in _REPLACEMENTS:
        text = text.replace(old, new)
    text = _SPACE_BEFORE_PUNCT.sub("", text)
    text = _SPACE_BEFORE_CLITIC.sub("", text)
    text = _SPACE_AFTER_OPEN.sub("", text)
    text = _SPACE_RUN.sub(" ", text)
    return text.strip(" ")


def _self_test() -> None:
    cases = [
        ("According to the British Phonographic Industry -LRB- BPI -RRB- , Westlife has 13 million .",
         "According to the British Phonographic Industry (BPI), Westlife has 13 million."),
        ("2020 coronavirus pandemic in New York -LRB-state-RRB-",
         "2020 coronavirus pandemic in New York (state)"),
        ("it is the site 's 13th most-watched video .", "it is the site's 13th most-watched video."),
        ("They do n't know ; it 's 5 % .", "They don't know; it's 5%."),
        ("the name means `` iron '' in Arabic", 'the name means " iron " in Arabic'),
        ("Episode list -COLON- season 2", "Episode list: season 2"),
        ("a -LSB- 1 -RSB- b", "a [1] b"),
        ("We 're here , we 've won , we 'll see , I 'd go , I 'm in", "We're here, we've won, we'll see, I'd go, I'm in"),
        ("the 'sixties ' were", "the 'sixties ' were"),   # 's not followed by space/end: kept
        ("ends with it 's", "ends with it's"),
        ("  spaced   out  !  ", "spaced out !"),            # only one space is removed before !
        ("Beyoncé 's tour", "Beyoncé's tour"),
        ("", ""),
    ]
    for raw, want in cases:
        got = detok(raw)
        assert got == want, f"detok({raw!r}) = {got!r}, want {want!r}"


_self_test()

if __name__ == "__main__":
    print("detok self-test passed")
