"""Time expressions, turn 9: the value score with each range one value, "quarterly" before a
noun, a capitalised unit as a title, and "the previous Friday" counted from the narrative."""

from __future__ import annotations

from sitroom.eval import timex


def _found(text: str, published: str = "1989-10-30") -> dict[str, tuple[str, str]]:
    import spacy

    from sitroom.components import ensure_extensions
    from sitroom.components.timexes import timexes_in

    ensure_extensions()
    doc = spacy.blank("en")(text)
    doc._.published = published
    return {s.text: (s._.timex.value, s._.timex.type) for s in timexes_in(doc)}


def test_the_report_gives_the_value_score_with_each_range_one_value():
    # "from 1992 to 1997": one fact; TimeML marks its two ends. Scored at its ends it finds both
    # gold values; scored as one value ("1992/1997") it finds neither
    gold = [(20, 24, "DATE", "1992"), (28, 32, "DATE", "1997"), (40, 44, "DATE", "2001")]
    system = [(15, 32, "DATE", "1992/1997", ((20, 24, "DATE", "1992"), (28, 32, "DATE", "1997"))),
              (40, 44, "DATE", "2001")]
    r = timex.score([(system, gold)])
    assert r["value_r"] == 100.0
    assert round(r["value_one_r"], 2) == 33.33 and r["value_one_p"] == 50.0
    assert "with each range one value" in timex.report(r)
