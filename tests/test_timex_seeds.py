"""Every dated expression of the two seed articles, resolved against their publication dates."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from sitroom.nlp import NlpOptions, add_components, build

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SEEDS = {"2013": ("000_3e1ded05b9e7478f.txt", "2013-09-03"), "2021": ("001_e14ba20ab12d1b48.txt", "2021-08-01")}

# (phrase in the text, occurrence, expected value, expected mod or None, expected range or None)
EXPECTED = {
    "2021": [
        ("Friday, July 30", 0, "2021-07-30", None, None),
        ("August 10", 0, "2021-08-10", None, None),
        ("the end of August", 0, "2021-08", "END", ("2021-08", "2021-08")),
        ("August 1,", 0, "2021-08-01", None, None),
        ("10-day-long", 0, "P10D", None, None),
        ("this week", 0, "2021-W30", None, None),
        ("July 22", 0, "2021-07-22", None, None),
        ("August 9-14", 0, "2021-08-09/2021-08-14", None, ("2021-08-09", "2021-08-14")),
        ("on Thursday", 0, "2021-07-29", None, None),
        ("On Wednesday", 0, "2021-07-28", None, None),
        ("on Wednesday", 0, "2021-07-28", None, None),
        ("in July", 0, "2021-07", None, None),
        ("July 7-8", 0, "2021-07-07/2021-07-08", None, ("2021-07-07", "2021-07-08")),
        ("this year", 0, "2021", None, None),
        ("since 2003", 0, "2003", "ON_OR_AFTER", ("2003", "2021-08-01")),
        ("in the 1980s", 0, "198X", None, ("1980", "1989")),
        ("Earlier in July", 0, "2021-07", None, None),
    ],
    "2013": [
        ("Currently", 0, "PRESENT_REF", None, None),
        ("in 2014", 0, "2014", None, None),
        ("since 2010", 0, "2010", "ON_OR_AFTER", None),
        ("in early August", 0, "2013-08", "START", ("2013-08", "2013-08")),
        ("in 2004", 0, "2004", None, None),
        ("to 2042", 0, "2042", None, None),
        ("From 1992 to 1997", 0, "1992/1997", None, ("1992", "1997")),
        ("truce of 1997", 0, "1997", None, None),
        ("2008 Georgian", 0, "2008", None, None),
        ("in 1991", 0, "1991", None, None),
    ],
}


def _run(nlp, seed: str):
    name, published = SEEDS[seed]
    doc = nlp.make_doc((EXAMPLES / name).read_text(encoding="utf-8"))
    doc._.published = published
    return nlp(doc)


def _check(doc, seed: str) -> None:
    found = [s._.timex for s in doc.spans["timexes"]]
    for phrase, nth, value, mod, rng in EXPECTED[seed]:
        at = -1
        for _ in range(nth + 1):
            at = doc.text.index(phrase, at + 1)
        hits = [t for t in found if t.start < at + len(phrase) and at < t.end]
        assert hits, f"nothing found at {phrase!r}"
        t = hits[-1]
        assert t.value == value, (phrase, t)
        assert t.mod == mod, (phrase, t)
        if rng is not None:
            assert (t.range.start, t.range.end) == rng, (phrase, t)
    for t in found:
        assert doc.text[t.start:t.end] == t.text
    values = [t.value for t in found]
    assert not any(v.startswith("XXXX") for v in values), values


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seed_timexes_blank(seed):
    nlp = add_components(spacy.blank("en"), NlpOptions(components=("sitroom_timexes",)))
    _check(_run(nlp, seed), seed)


@pytest.mark.model
@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seed_timexes_model(seed):
    nlp = build(NlpOptions(components=("sitroom_timexes",)))
    _check(_run(nlp, seed), seed)


@pytest.mark.model
@pytest.mark.parametrize(
    "text,surface,value",
    [
        ("They invited Trump to deliver the address on Jan. 30.", "Jan. 30", "2018-01-30"),
        ("Since taking office in January, he has signed 90 bills.", "January", "2017-01"),
        ("According to a statement published on Thursday, the drills begin soon.", "Thursday", "2017-11-30"),
        ("The meeting is scheduled for Tuesday.", "Tuesday", "2017-12-05"),
        ("“We’ll spend floor time on that in January,” McConnell said.", "January", "2018-01"),
    ],
)
def test_tense_from_the_parse(text, surface, value):
    nlp = build(NlpOptions(components=("sitroom_timexes",)))
    doc = nlp.make_doc(text)
    doc._.published = "2017-11-30"  # a Thursday
    found = {s._.timex.text: s._.timex.value for s in nlp(doc).spans["timexes"]}
    assert found.get(surface) == value, found
