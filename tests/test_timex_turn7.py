"""Time expressions, turn 7: a weekday that a shift places ("last Friday") says nothing about
the report's own day (hand-built parses, published on Sunday 1 August 2021)."""

from __future__ import annotations

from test_timex_weekday_tense import _weekdays


def test_a_shifted_weekday_in_the_lead_does_not_move_the_reports_day():
    # stamped Sunday, "Banks froze credit last Monday.": Monday is named as last week's, so the
    # report is not Monday's stamped early, and "this morning" stays the Sunday of the stamp
    lead = [("Banks", "bank", "NOUN", "NNS", "nsubj", 1), ("froze", "freeze", "VERB", "VBD", "ROOT", 1),
            ("credit", "credit", "NOUN", "NN", "dobj", 1), ("last", "last", "ADJ", "JJ", "amod", 4),
            ("Monday", "Monday", "PROPN", "NNP", "npadvmod", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    rows = [("Envoys", "envoy", "NOUN", "NNS", "nsubj", 1), ("met", "meet", "VERB", "VBD", "ROOT", 1),
            ("this", "this", "DET", "DT", "det", 3), ("morning", "morning", "NOUN", "NN", "npadvmod", 1)]
    values = _weekdays(rows, lead)
    assert values["last Monday"] == "2021-07-26"
    assert values["this morning"] == "2021-08-01TMO"


def _found(text: str, published: str = "2017-12-05") -> dict[str, str]:
    import spacy

    from sitroom.components import ensure_extensions
    from sitroom.components.timexes import timexes_in

    ensure_extensions()
    doc = spacy.blank("en")(text)
    doc._.published = published
    return {s.text: s._.timex.value for s in timexes_in(doc)}


def test_a_paper_called_daily_is_no_recurrence():
    assert "daily" not in _found("The subpoena was first reported by the German daily Handelsblatt.")
    assert "Daily" not in _found("The report cited New York Daily News and CNN.")
    assert _found("Officials check the prices daily.") == {"daily": "P1D"}
    assert _found("Qantas plans daily flights to Bombay.") == {"daily": "P1D"}


def test_a_weekday_with_its_date_in_the_lead_still_tells_the_reports_day():
    # stamped Sunday 25 October 1998: "said in an editorial on Monday, Oct. 26" is Monday's report
    found = _found("The New York Times said in an editorial on Monday, Oct. 26: the murder is the latest "
                   "assault. Last week the FBI joined Canadian authorities.", "1998-10-25")
    assert found["Last week"] == "1998-W43"


def test_could_with_a_negative_subject_is_no_future():
    # "Neither he nor his parents could be located on Friday": a past attempt, the Friday before
    rows = [("Neither", "neither", "CCONJ", "CC", "preconj", 1), ("he", "he", "PRON", "PRP", "nsubjpass", 6),
            ("nor", "nor", "CCONJ", "CC", "cc", 1), ("parents", "parent", "NOUN", "NNS", "conj", 1),
            ("could", "could", "AUX", "MD", "aux", 6), ("be", "be", "AUX", "VB", "auxpass", 6),
            ("located", "locate", "VERB", "VBN", "ROOT", 6), ("on", "on", "ADP", "IN", "prep", 6),
            ("Friday", "Friday", "PROPN", "NNP", "pobj", 7)]
    assert _weekdays(rows)["Friday"] == "2021-07-30"
    # while "could be introduced on Friday" is ahead
    rows = [("It", "it", "PRON", "PRP", "nsubjpass", 3), ("could", "could", "AUX", "MD", "aux", 3),
            ("be", "be", "AUX", "VB", "auxpass", 3), ("introduced", "introduce", "VERB", "VBN", "ROOT", 3),
            ("on", "on", "ADP", "IN", "prep", 3), ("Friday", "Friday", "PROPN", "NNP", "pobj", 4)]
    assert _weekdays(rows)["Friday"] == "2021-08-06"
