"""recorded: each group's spans with their records, the same as reading ``span._.<attr>``."""

from __future__ import annotations

from sitroom.components import GROUPS
from sitroom.components.span_records import recorded
from sitroom.parallel import WARM_UP

STORY = WARM_UP + (
    "\n\nRussia's foreign minister Sergei Lavrov met the Syrian delegation in Geneva on Tuesday. "
    "Washington said the talks in Vienna would resume. Rebels shelled Aleppo, killing 12 soldiers."
)


def test_recorded_reads_what_the_extensions_hold(real_nlp):
    doc = real_nlp(STORY)
    seen = 0
    for group, attr in GROUPS.items():
        expected = [(s, getattr(s._, attr)) for s in doc.spans.get(group, ())
                    if getattr(s._, attr) is not None]
        got = recorded(doc, group)
        assert [(s.start, s.end, r) for s, r in got] == [(s.start, s.end, r) for s, r in expected], group
        assert all(r1 is r2 for (_, r1), (_, r2) in zip(got, expected))
        seen += len(got)
    assert seen > 5, "the story gave records to compare"


def test_missing_group_and_unset_records(real_nlp):
    doc = real_nlp.make_doc("Nothing here.")
    assert recorded(doc, "actors") == []
    doc.spans["actors"] = [doc[0:1]]  # a span without a record
    assert recorded(doc, "actors") == []
