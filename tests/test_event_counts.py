"""Counts on events: killed, wounded, arrested, displaced, troops and money as structured fields
with their own offsets, through the store and both exports."""

from __future__ import annotations

import pytest

from sitroom.components.event_counts import CountLexicon, lexicon
from sitroom.errors import ConfigError
from sitroom.export.contract import document
from sitroom.export.plover import plover_events
from sitroom.model import Article, DateRange, Event, EventCount, Mention, Record
from sitroom.store import open_store

PUB = "2017-12-01"


def _counts(nlp, text: str) -> dict[str, EventCount]:
    doc = nlp.make_doc(text)
    doc._.published = PUB
    out = {}
    for span in nlp(doc).spans["events"]:
        for c in span._.event.counts:
            assert text[c.start:c.end] == c.text
            assert text[c.sentence.start:c.sentence.end] == c.sentence.text
            out.setdefault(c.kind, c)
    return out


@pytest.mark.model
@pytest.mark.parametrize("text, kind, value, low, high", [
    ("US forces killed several insurgents in Helmand province.", "killed", 3, 3, 9),
    ("Afghan police captured a Taliban leader on Monday.", "arrested", 1, 1, 1),
    ("At least 84 people were killed when a truck ploughed into a crowd in Nice.", "killed", 84, 84, None),
    ("Police arrested 12 protesters outside the parliament.", "arrested", 12, 12, 12),
    ("The bombing killed between 20 and 30 soldiers at the base.", "killed", 20, 20, 30),
    ("Gunmen opened fire on the market, wounding dozens of shoppers.", "wounded", 24, 24, 99),
    ("The shelling forced 5,000 residents to flee their homes.", "displaced", 5000, 5000, 5000),
    ("Afghan forces killed 15 insurgents and wounded 7 others in Kunduz.", "wounded", 7, 7, 7),
    ("Five militants were killed and three were captured during the raid.", "arrested", 3, 3, 3),
    ("The attack resulted in the death of 12 fighters.", "killed", 12, 12, 12),
    ("The clashes left 3 soldiers dead and 10 injured.", "killed", 3, 3, 3),
    ("The clashes left 3 soldiers dead and 10 injured.", "wounded", 10, 10, 10),
    ("At least 59 are dead after the shooting.", "killed", 59, 59, None),
    ("Two civilians lost their lives in the shelling.", "killed", 2, 2, 2),
])
def test_counts_from_own_sentences(real_nlp, text, kind, value, low, high):
    counts = _counts(real_nlp, text)
    assert kind in counts, counts
    c = counts[kind]
    assert (c.value, c.low, c.high) == (value, low, high)


@pytest.mark.model
def test_troops_and_money_are_the_events_own_figures(real_nlp):
    counts = _counts(real_nlp, "Russia deployed 7,000 troops to the border and pledged $200 million in aid.")
    assert counts["troops"].value == 7000
    assert counts["money"].value == 200_000_000 and counts["money"].unit == "USD"


@pytest.mark.model
def test_no_count_without_a_number_or_for_things(real_nlp):
    counts = _counts(real_nlp, "Senators killed the bill, and soldiers attacked insurgents in the valley.")
    assert "killed" not in counts
    assert "killed" not in _counts(real_nlp, "She was driving the blue convertible to kill Bill, she was asked.")
    assert "killed" not in _counts(real_nlp, "The group has been blamed for the deaths of 20,000 people.")


@pytest.mark.model
def test_vague_sums_of_money_keep_their_own_scale(real_nlp):
    counts = _counts(real_nlp, "The United States pledged hundreds of millions of dollars in aid to Honduras.")
    assert counts["money"].value >= 100_000_000


def test_lexicon_is_validated():
    assert lexicon().object["kill"] == "killed"
    with pytest.raises(ConfigError, match="event_counts.yaml"):
        CountLexicon({"kinds": {"eaten": {"object": ["eat"]}}, "troops": [], "people": []})


def _record() -> Record:
    text = "At least 84 people were killed in Nice."
    sent = Mention(0, len(text), text)
    count = EventCount(kind="killed", value=84.0, low=84.0, high=None, unit="people",
                       text="At least 84 people", start=0, end=18, sentence=sent, approximate=True)
    event = Event(id="x:e24-30", type="ASSAULT", trigger=Mention(24, 30, "killed"), sentence=sent,
                  date=DateRange(PUB, PUB), date_source="published", mentions=(sent,), counts=(count,))
    return Record(article=Article(text=text, source="t.txt", published=PUB), events=(event,))


def test_counts_round_trip_through_the_store_and_exports():
    record = _record()
    with open_store(":memory:") as store:
        store.write(record)
        back = store.record(record.id)
    (event,) = back.events
    assert event.counts == record.events[0].counts
    (exported,) = document(back)["events"]
    assert exported["counts"][0]["kind"] == "killed" and exported["counts"][0]["high"] is None
    assert exported["date_precision"] == "day"
    (plover,) = plover_events(back)
    assert plover["fatalities"] == 84 and plover["counts"][0]["sentence"]["end"] == len(record.article.text)


def test_counts_read_as_an_analyst_would():
    from sitroom.analyze.timeline import counts_text

    sent = Mention(0, 10, "x" * 10)
    made = [EventCount("killed", 84.0, 84.0, None, "people", "at least 84", 0, 11, sent, True),
            EventCount("arrested", 3.0, 3.0, 9.0, "people", "several", 0, 7, sent, True),
            EventCount("troops", 7000.0, 7000.0, 7000.0, "people", "7,000", 0, 5, sent),
            EventCount("money", 2e8, 2e8, 2e8, "USD", "$200 million", 0, 12, sent)]
    assert counts_text(made) == "at least 84 killed, several (3–9) arrested, 7,000 troops, 200 million USD"
