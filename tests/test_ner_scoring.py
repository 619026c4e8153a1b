"""The CoNLL scorer reads the export as CoNLL defines its types (no model loaded)."""

import spacy

import sitroom.export.contract as contract
import sitroom.records as records
from sitroom.eval.ner import exported_spans


def _export(monkeypatch, text: str, entities: list, places: list):
    doc = spacy.blank("en")(text)

    def at(word: str) -> dict:
        start = text.index(word)
        return {"start": start, "end": start + len(word), "text": word}

    fake = {"entities": [{"id": i, "kind": k, "sector": None, "mentions": [at(w) for w in ws]}
                         for i, k, ws in entities],
            "places": [{"mentions": [{**at(w), "use": use} for w, use in ms]} for ms in places]}
    monkeypatch.setattr(records, "from_doc", lambda doc, article: None)
    monkeypatch.setattr(contract, "document", lambda record: fake)
    return {(doc[s:e].text, label) for s, e, label in exported_spans(doc)}


def test_demonym_of_a_country_is_misc_and_a_town_heading_a_club_name_is_no_place(monkeypatch):
    text = "The Australian batsman joined Dynamo Kiev in Moscow ."
    got = _export(monkeypatch, text,
                  [("AUS", "country", ["Australian"]), ("org:dynamo-kiev", "organization", ["Dynamo Kiev"])],
                  [[("Australian", "demonym")], [("Kiev", "embedded")], [("Moscow", "literal")]])
    assert got == {("Australian", "MISC"), ("Dynamo Kiev", "ORG"), ("Moscow", "LOC")}
