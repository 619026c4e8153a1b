"""Event dates: the time expression that governs the act, what the date rests on, and no
publication date for earlier acts (real parses: model-marked; the formatters need none)."""

from __future__ import annotations

import pytest

from sitroom.analyze.timeline import event_when
from sitroom.model import DateRange, date_precision
from events_support import dated_events, event_with

PUB = "2017-12-01"  # a Friday


def _events(nlp, text: str, published: str | None = PUB):
    return dated_events(nlp, text, published)


@pytest.mark.model
def test_a_year_on_another_noun_is_not_the_events_date(real_nlp):
    e = event_with(_events(real_nlp, "Former adviser Michael Flynn pleaded guilty on Friday to lying to the FBI "
                               "about his contacts with the Russian ambassador in December 2016."), "pleaded")
    assert (e.date, e.date_source) == (DateRange("2017-12-01", "2017-12-01"), "clause")


@pytest.mark.model
def test_the_reporting_verbs_date_is_not_the_reported_acts(real_nlp):
    events = _events(real_nlp, "The ministry said on Thursday that the rebels had attacked the convoy.")
    e = event_with(events, "attacked")
    assert e.date is None and e.date_before == PUB


@pytest.mark.model
def test_a_stretch_of_years_does_not_date_a_single_act(real_nlp):
    events = _events(real_nlp, "Over the past 25 years, the group has attacked the pipeline many times.")
    e = event_with(events, "attacked")
    assert e.date is None or e.date.start != "1992"


@pytest.mark.model
def test_background_acts_get_no_publication_date(real_nlp):
    text = ("Police arrested 12 protesters in the capital, officials said. "
            "The crowd gathered near the parliament. "
            "Officials said the demonstrators had clashed with police before the vote. "
            "The leader, who was detained by soldiers, was later released.")
    events = _events(real_nlp, text)
    lead = event_with(events, "arrested")
    assert (lead.date, lead.date_source) == (DateRange(PUB, PUB), "published")
    for word in ("clashed", "detained"):
        e = event_with(events, word)
        assert e.date is None and e.date_before == PUB, (word, e.date, e.date_source)


@pytest.mark.model
def test_a_wire_timestamp_is_not_a_year(real_nlp):
    doc = real_nlp.make_doc("Rebels shelled the town [1849 EST], witnesses said.")
    doc._.published = PUB
    doc = real_nlp(doc)
    assert not [s for s in doc.spans["timexes"] if s._.timex.value.startswith("1849")]


def test_event_when_says_what_the_date_rests_on():
    assert event_when("2017-12-21", "2017-12-21", "published") == "reported 2017-12-21"
    assert event_when("2017-12-19", "2017-12-19", "clause") == "2017-12-19"
    assert event_when("2009", None, "clause") == "2009 – …"
    assert event_when(None, None, None, before="2017-12-21") == "before 2017-12-21"
    assert event_when(None, None) == "undated"


def test_date_precision_is_the_finer_end():
    assert date_precision(DateRange("2017", "2017")) == "year"
    assert date_precision(DateRange("2017-07", "2017-08")) == "month"
    assert date_precision(DateRange("2009", "2017-12-01")) == "day"
    assert date_precision(None) is None


def test_seasons_in_december_count_from_next_years_winter():
    import datetime as dt

    from sitroom.resolve.dates import season_value

    dec = dt.date(2017, 12, 1)
    assert season_value(dec, "SU", None, None, "PAST") == "2017-SU"  # "over the summer"
    assert season_value(dec, "SP", None, 1, None) == "2018-SP"  # "next spring"
    assert season_value(dec, "WI", None, 0, None) == "2018-WI"  # "this winter"
    assert season_value(dt.date(2018, 1, 10), "WI", None, -1, None) == "2017-WI"  # "last winter"


@pytest.mark.model
def test_a_date_before_a_noun_is_that_nouns(real_nlp):
    e = event_with(_events(real_nlp, "Police arrested the men over the group's Nov. 29 online statement."), "arrested")
    assert e.date is None or e.date.start != "2017-11-29"
    e = event_with(_events(real_nlp, "Police arrested the men on Nov. 29."), "arrested")
    assert e.date.start == "2017-11-29"


@pytest.mark.model
def test_a_date_of_the_main_clause_does_not_date_an_act_inside_a_phrase(real_nlp):
    text = ("Voters go to the polls next week. The race is close. Polls differ. "
            "On Tuesday, a day after the president endorsed Moore, Jones said the women deserved to be believed.")
    e = event_with(_events(real_nlp, text, "2017-12-06"), "endorsed")
    assert e.date is None or e.date.start != "2017-12-05"


@pytest.mark.model
def test_an_act_in_a_condition_is_not_of_the_day(real_nlp):
    text = ("Hoyer said on Wednesday that Conyers should resign if the harassment allegations against him "
            "are found to be true.")
    for e in _events(real_nlp, text):
        assert e.date_source != "published", (e.trigger.text, e.date)


_LEAD = ("Police arrested 12 protesters in the capital on Monday. The crowd gathered near the parliament. "
         "Officials said the army was deployed. ")


@pytest.mark.model
def test_on_monday_still_resolves_to_the_monday_before_publication(real_nlp):
    e = event_with(_events(real_nlp, _LEAD), "arrested")
    assert (e.date, e.date_source) == (DateRange("2017-11-27", "2017-11-27"), "clause")


@pytest.mark.model
def test_a_standing_position_in_the_present_perfect_gets_no_publication_date(real_nlp):
    events = _events(real_nlp, _LEAD + "Many opposition lawmakers have demanded an investigation into the violence.")
    e = event_with(events, "demanded")
    assert e.date is None and e.date_before == PUB
    # while an act in progress, reported in the present, is of the day
    going = event_with(_events(real_nlp, _LEAD + "Police are investigating the attack on the convoy."), "investigating")
    assert (going.date, going.date_source) == (DateRange(PUB, PUB), "published")


@pytest.mark.model
def test_an_act_inside_a_relative_clause_is_background_even_through_a_complement(real_nlp):
    events = _events(real_nlp, "Senior officials who helped investigate the campaign told colleagues that "
                               "the candidate had to win, the newspaper reported.")
    e = event_with(events, "investigate")
    assert e.date is None and e.date_before == PUB


@pytest.mark.model
def test_the_reporting_date_before_the_complement_is_not_the_future_acts(real_nlp):
    doc = real_nlp.make_doc("The senator said on Thursday he would resign in the coming weeks.")
    doc._.published = PUB
    doc = real_nlp(doc)
    (thursday,) = [s for s in doc.spans["timexes"] if s.text == "Thursday"]
    assert thursday._.timex.value == "2017-11-30"  # the saying is past, whatever the complement's tense
    e = event_with([s._.event for s in doc.spans["events"]], "resign")
    assert e.date is None or e.date.start != "2017-11-30"


@pytest.mark.model
def test_a_date_on_the_verb_that_ends_an_act_is_not_the_acts_date(real_nlp):
    events = _events(real_nlp, "In late October, the president lifted a ban on refugee admissions.")
    assert event_with(events, "lifted").date == DateRange("2017-10", "2017-10")
    ban = event_with(events, "ban")
    assert ban.date is None and ban.date_before == PUB


@pytest.mark.model
def test_a_past_act_on_a_later_day_of_the_year_is_last_years(real_nlp):
    e = event_with(_events(real_nlp, "Also on Dec. 22, the president discussed the resolution with the Egyptian leader.",
                     "2017-12-02"), "discussed")
    assert (e.date, e.status) == (DateRange("2016-12-22", "2016-12-22"), "occurred")


@pytest.mark.model
def test_last_year_in_a_relative_clause_is_that_year_not_an_open_range(real_nlp):
    e = event_with(_events(real_nlp, "They were joined by the former anchor, who sued the network chief for "
                               "harassment last year.", "2017-12-07"), "sued")
    assert e.date == DateRange("2016", "2016")


@pytest.mark.model
def test_an_act_placed_before_an_earlier_date_gets_no_publication_date(real_nlp):
    e = event_with(_events(real_nlp, "In the hours before the vote by the Security Council on Dec. 23, the adviser "
                               "phoned the missions of Uruguay and Malaysia.", "2017-12-02"), "phoned")
    assert e.date is None and e.date_before == "2017-12-02"


@pytest.mark.model
def test_an_act_a_day_after_which_the_news_happened_is_not_of_the_day(real_nlp):
    events = _events(real_nlp, "WASHINGTON (Reuters) - Utah Republicans on Wednesday rallied around the former "
                               "nominee, a day after the former aide accused him of having used his religion to "
                               "avoid military service.", "2017-12-06")
    assert event_with(events, "rallied").date == DateRange("2017-12-06", "2017-12-06")
    e = event_with(events, "accused")
    assert e.date is None or e.date.start < "2017-12-06", (e.date, e.date_source)


@pytest.mark.model
def test_a_date_in_a_clause_of_its_own_time_is_not_the_main_acts(real_nlp):
    e = event_with(_events(real_nlp, "Since the president took office in January, the ministers have approved three "
                               "new budgets."), "approved")
    assert e.date is None or e.date.start != "2017-01", (e.date, e.date_source)


@pytest.mark.model
def test_a_date_describing_a_noun_that_is_no_event_is_not_the_acts(real_nlp):
    e = event_with(_events(real_nlp, "Aides pushed the senator to step down and end a career that began in 1964."), "step")
    assert e.date is None or e.date.start != "1964", (e.date, e.date_source)


@pytest.mark.model
def test_the_date_of_what_someone_is_accused_of_is_not_the_accusations(real_nlp):
    e = event_with(_events(real_nlp, "Maria Lopez, a former model, accused Senator John Smith of groping her in 2006."),
             "accused")
    assert e.date is None or e.date.start != "2006", (e.date, e.date_source)


@pytest.mark.model
def test_a_time_fronted_before_coordinated_verbs_holds_for_both(real_nlp):
    events = _events(real_nlp, "On Monday, police arrested the protest leader and charged him with sedition.")
    assert event_with(events, "charged").date == DateRange("2017-11-27", "2017-11-27")
    met = event_with(_events(real_nlp, "Over the last few years, the envoy interviewed and met the rebel leader."), "met")
    assert met.date is None and met.date_before == PUB


@pytest.mark.model
def test_late_december_in_a_past_clause_reported_on_december_1_is_the_year_before(real_nlp):
    e = event_with(_events(real_nlp, "The minister had discussed the sanctions with the envoy in late December."),
             "discussed")
    assert (e.date, e.status) == (DateRange("2016-12", "2016-12"), "occurred")


@pytest.mark.model
def test_the_announcing_day_is_not_the_announced_hearings(real_nlp):
    e = event_with(_events(real_nlp, "On Wednesday, the chairman announced a hearing next week with the deputy "
                               "minister."), "hearing")
    assert e.date == DateRange("2017-12-04", "2017-12-10")


@pytest.mark.model
def test_a_war_that_ended_in_a_year_ended_then(real_nlp):
    e = event_with(_events(real_nlp, "Thousands of people died in the civil war, which ended in 2002."), "war")
    assert e.date == DateRange(None, "2002")
    talks = event_with(_events(real_nlp, "The talks, which began on Monday, ended on Wednesday."), "talks")
    assert talks.date == DateRange("2017-11-27", "2017-11-29")
    killed = event_with(_events(real_nlp, "The army said it killed 12 militants in an operation that began on "
                                    "Thursday."), "killed")
    assert killed.date == DateRange("2017-11-30", "2017-11-30")  # the operation's start is not the killing's


@pytest.mark.model
def test_granting_another_partys_request_does_not_date_the_request(real_nlp):
    e = event_with(_events(real_nlp, "The court granted the government's request to lift the ban."), "request")
    assert e.date is None and e.date_before == PUB
    visit = event_with(_events(real_nlp, "Putin's visit to Ankara took place on Monday."), "visit")
    assert visit.date == DateRange("2017-11-27", "2017-11-27")


@pytest.mark.model
def test_two_verbs_of_one_sentence_keep_their_own_dates(real_nlp):
    events = _events(real_nlp, "Voters went to the polls on Tuesday. President Donald Trump has endorsed Roy Moore "
                               "and praised him on Friday at a rally in Pensacola.")
    e = event_with(events, "endorsed")
    assert e.date is None or e.date.start != PUB, (e.date, e.date_source)


@pytest.mark.model
def test_a_present_perfect_is_news_of_the_day_only_in_the_first_sentence(real_nlp):
    first = event_with(_events(real_nlp, "WASHINGTON (Reuters) - The president has accepted an invitation to address "
                                   "the parliament, his spokeswoman said on Friday."), "accepted")
    assert (first.date, first.date_source) == (DateRange(PUB, PUB), "published")
    later = event_with(_events(real_nlp, "WASHINGTON (Reuters) - The senator resigned on Friday. Republicans have "
                                   "attacked the prosecutor."), "attacked")
    assert later.date is None and later.date_before == PUB


@pytest.mark.model
def test_a_clause_with_a_subject_of_its_own_keeps_its_date(real_nlp):
    e = event_with(_events(real_nlp, "The president said on Monday he supports the governor running for office next "
                               "year."), "supports")
    assert e.date is None or e.date.start != "2018", (e.date, e.date_source)


@pytest.mark.model
def test_a_weekday_in_a_sentence_about_next_week_is_in_that_week(real_nlp):
    doc = real_nlp.make_doc("The minister visits Europe next week to attend talks in Brussels on Tuesday and a "
                            "summit in Vienna on Thursday.")
    doc._.published = PUB
    values = {s.text: s._.timex.value for s in real_nlp(doc).spans["timexes"]}
    assert (values["Tuesday"], values["Thursday"]) == ("2017-12-05", "2017-12-07")
    doc = real_nlp.make_doc("The ministry said on Monday it will meet the rebels next week.")
    doc._.published = PUB
    assert {s.text: s._.timex.value for s in real_nlp(doc).spans["timexes"]}["Monday"] == "2017-11-27"


@pytest.mark.model
def test_only_a_past_perfect_puts_a_month_after_the_report_in_the_year_before(real_nlp):
    def month(text: str) -> str:
        doc = real_nlp.make_doc(text)
        doc._.published = "2017-11-24"
        return [s._.timex.value for s in real_nlp(doc).spans["timexes"]][0]

    assert month("The envoy had discussed the sanctions with the minister in December.") == "2016-12"
    assert month("The company warned of a cutback in its oil supply in December.") == "2017-12"
    assert month("The board gave the firm until mid-December to submit an offer.") == "2017-12"


@pytest.mark.model
def test_a_past_act_that_sets_a_deadline_looks_ahead(real_nlp):
    doc = real_nlp.make_doc("The bank extended its offer for the shares to Nov. 20. Shares rose on Nov. 20.")
    doc._.published = "2017-11-02"
    values = [s._.timex.value for s in real_nlp(doc).spans["timexes"]]
    assert values == ["2017-11-20", "2016-11-20"]
