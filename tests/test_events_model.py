"""Events on real parses with hand-marked actors, places, dates and figures (model-marked)."""

from __future__ import annotations

import pytest
from events_support import coded

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _one(events, type_):
    found = [e for e in events if e.type == type_]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def test_drills_with_partner_run_until_their_end_date():
    events = coded(
        "Russia began military drills with Turkmenistan on Friday, July 30, that are set to run until August 10.",
        actors={"Russia": "RUS", "Turkmenistan": "TKM"},
        timexes={"Friday, July 30": ("2021-07-30", "2021-07-30", "2021-07-30"),
                 "August 10": ("2021-08-10", "2021-08-10", "2021-08-10")},
        published=PUB,
    )
    e = _one(events, "COOPERATE")
    assert set(e.actors) == {"RUS", "TKM"}
    assert (e.date.start, e.date.end, e.date_source) == ("2021-07-30", "2021-08-10", "clause")


def test_duration_extends_a_start_date_and_together_with_adds_partners():
    events = coded(
        "Russia also began 10-day-long military drills on August 1, together with the Tajik armed "
        "forces and the armed forces of Uzbekistan.",
        actors={"Russia": "RUS", "Tajik": "TJK", "Uzbekistan": "UZB"},
        timexes={"10-day-long": ("P10D", None, None), "August 1": ("2021-08-01", "2021-08-01", "2021-08-01")},
        published=PUB,
    )
    e = _one(events, "COOPERATE")
    assert set(e.actors) == {"RUS", "TJK", "UZB"}
    assert (e.date.start, e.date.end) == ("2021-08-01", "2021-08-10")


def test_readiness_drills_carry_their_three_figures():
    text = ("On July 22, Tajikistan held its largest military readiness drills since the dissolution of "
            "the Soviet Union, involving around 100,000 servicemen, 130,000 reserve troops and 1,000 "
            "armored vehicles.")
    events = coded(
        text,
        actors={"Tajikistan": "TJK"},
        timexes={"July 22": ("2021-07-22", "2021-07-22", "2021-07-22")},
        quantities={"around 100,000 servicemen": (1e5, "serviceman"), "130,000 reserve troops": (1.3e5, "troop"),
                    "1,000 armored vehicles": (1e3, "vehicle")},
        published=PUB,
    )
    e = _one(events, "MOBILIZE")
    assert e.actors == ("TJK",) and e.date.start == "2021-07-22" and len(e.quantities) == 3


def test_host_receives_the_visiting_delegation():
    events = coded(
        "On Wednesday, Beijing welcomed a delegation led by the Taliban's deputy head, Mullah Abdul "
        "Ghani Baradar, for a two-day visit.",
        actors={"Beijing": "CHN", "Taliban": "TAL"},
        timexes={"Wednesday": ("2021-07-28", "2021-07-28", "2021-07-28")},
        published=PUB,
    )
    assert [e.type for e in events] == ["CONSULT"]  # the "visit" is part of the welcome
    e = events[0]
    assert (e.actors, e.targets, e.date.start) == (("TAL",), ("CHN",), "2021-07-28")


def test_aid_is_planned_with_money_and_recipient():
    events = coded(
        "The Kremlin will also provide $200 million in financial aid to the Tajik army.",
        actors={"Kremlin": "RUS", "Tajik": "TJK"}, quantities={"$200 million": (2e8, None)},
        published="2013-09-03",
    )
    e = _one(events, "AID")
    assert (e.actors, e.targets, e.status, len(e.quantities)) == (("RUS",), ("TJK",), "planned", 1)


def test_historical_war_keeps_its_own_dates():
    events = coded(
        "From 1992 to 1997 a bloody civil war in Tajikistan cost up to 100,000 lives.",
        places={"Tajikistan": ("country:TJK", "TJK")},
        timexes={"1992": ("1992", "1992", "1992"), "1997": ("1997", "1997", "1997")},
        published="2013-09-03",
    )
    e = _one(events, "ASSAULT")
    assert (e.date.start, e.date.end, e.status, e.place) == ("1992", "1997", "occurred", "country:TJK")


def test_ban_since_a_year_is_open_ended_and_placed():
    events = coded(
        "Although the Taliban has been banned in Russia as a terrorist organization since 2003, the "
        "Russian government has been in contact with it.",
        actors={"Taliban": "TAL"}, places={"Russia": ("country:RUS", "RUS")},
        timexes={"2003": ("2003", "2003", "2003")}, published=PUB,
    )
    e = _one(events, "SANCTION")
    assert (e.targets, e.date.start, e.date.end, e.place) == (("TAL",), "2003", None, "country:RUS")


def test_future_withdrawal_is_planned():
    events = coded(
        "Currently, the US has 68,000 US troops in Afghanistan, which it will begin to withdraw in 2014.",
        actors={"US": "USA"}, timexes={"2014": ("2014", "2014", "2014")}, published="2013-09-03",
    )
    e = _one(events, "RETREAT")
    assert (e.actors, e.status, e.mode, e.date.start) == (("USA",), "planned", "withdraw", "2014")


def test_negation_and_hypothesis():
    neg = _one(coded("The Taliban would not violate the border.", actors={"Taliban": "TAL"}), "REJECT")
    assert neg.status in ("negated", "hypothetical")
    assert _one(coded("Russia did not attack Georgia.", actors={"Russia": "RUS", "Georgia": "GEO"}),
                "ASSAULT").status == "negated"
    assert _one(coded("If Russia attacks Georgia, NATO will respond.", actors={"Russia": "RUS"}),
                "ASSAULT").status == "hypothetical"
