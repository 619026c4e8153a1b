"""PLOVER JSON Lines export of events (no model)."""

from __future__ import annotations

import json

from sitroom import model
from sitroom.export.plover import plover_events


def _record() -> model.Record:
    text = "Beijing welcomed a delegation led by the Taliban on Wednesday."
    art = model.Article(text=text, source="test.txt", published="2021-08-01")
    sent = model.Mention(0, len(text), text)
    ents = (
        model.Entity("CHN", "China", "country", "CHN", (model.Mention(0, 7, "Beijing"),)),
        model.Entity("TALIBAN", "Taliban", "armed_group", "AFG", (model.Mention(40, 47, "Taliban"),)),
    )
    place = model.Place("geonames:1816670", "Beijing", 39.9, 116.4, "CHN", "city", "city",
                        (model.Mention(0, 7, "Beijing"),))
    event = model.Event(
        id=model.fact_id(art.id, "e", 8, 16), type="CONSULT", trigger=model.Mention(8, 16, "welcomed"),
        sentence=sent, mode="visit", actors=("TALIBAN",), targets=("CHN", "XYZ"),
        date=model.DateRange("2021-07-28", "2021-07-28"), date_source="clause",
        place="geonames:1816670", mentions=(sent,),
    )
    return model.Record(article=art, entities=ents, places=(place,), events=(event,))


def test_plover_fields_and_names():
    (row,) = list(plover_events(_record()))
    assert row["event"] == "CONSULT" and row["mode"] == "visit" and row["status"] == "occurred"
    assert row["source"] == [{"actorText": "Taliban", "code": "TALIBAN", "country": "AFG"}]
    assert row["target"][0] == {"actorText": "China", "code": "CHN", "country": "CHN"}
    assert row["target"][1]["actorText"] == "XYZ"  # unknown ids stay readable
    assert (row["date"], row["dateEnd"], row["date_source"]) == ("2021-07-28", "2021-07-28", "clause")
    assert row["eventLoc"]["placeName"] == "Beijing" and row["eventLoc"]["lat"] == 39.9
    assert row["eventText"] == "welcomed" and row["text"].startswith("Beijing welcomed")
    assert row["trigger"] == {"start": 8, "end": 16, "text": "welcomed"}
    json.dumps(row)  # one JSON line per event


def test_no_events_no_rows():
    rec = model.Record(article=model.Article(text="Quiet day.", source="x"))
    assert list(plover_events(rec)) == []
