"""The sitroom_timexes component on hand-built sentences (blank pipeline, no trained model)."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.nlp import NlpOptions, add_components

PUBLISHED = "2021-08-01"  # a Sunday


@pytest.fixture(scope="module")
def nlp():
    return add_components(spacy.blank("en"), NlpOptions(components=("sitroom_timexes",)))


def timexes(nlp, text: str, published: str | None = PUBLISHED):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return [span._.timex for span in doc.spans["timexes"]]


def one(nlp, text: str, surface: str, published: str | None = PUBLISHED):
    found = [t for t in timexes(nlp, text, published) if t.text == surface]
    assert found, f"{surface!r} not found in {text!r}: {timexes(nlp, text, published)}"
    return found[0]


@pytest.mark.parametrize(
    "text,surface,value,kind,mod",
    [
        ("Russia began drills on Friday, July 30, with Turkmenistan.", "Friday, July 30", "2021-07-30", "DATE", None),
        ("The drills are set to run until August 10.", "August 10", "2021-08-10", "DATE", None),
        ("The withdrawal is set to be completed by the end of August.", "the end of August", "2021-08", "DATE", "END"),
        ("The leaders agreed in early August to extend the lease.", "early August", "2021-08", "DATE", "START"),
        ("Growth should pick up by mid-2022.", "mid-2022", "2022", "DATE", "MID"),
        ("Russia began 10-day-long drills on August 1.", "10-day-long", "P10D", "DURATION", None),
        ("The minister expressed alarm this week about ISIS.", "this week", "2021-W30", "DATE", None),
        ("It was the third such visit this year.", "this year", "2021", "DATE", None),
        ("Sales fell last month.", "last month", "2021-07", "DATE", None),
        ("The group has been banned since 2003.", "2003", "2003", "DATE", "ON_OR_AFTER"),
        ("The war goes back to the 1980s.", "the 1980s", "198X", "DATE", None),
        ("Currently, the US has 68,000 troops there.", "Currently", "PRESENT_REF", "DATE", None),
        ("The talks lasted two years.", "two years", "P2Y", "DURATION", None),
        ("They stayed for three months.", "three months", "P3M", "DURATION", None),
        ("Profits rose in the first quarter of 2020.", "the first quarter of 2020", "2020-Q1", "DATE", None),
        ("The base was built four years ago.", "four years ago", "2017", "DATE", None),
        ("He arrived yesterday.", "yesterday", "2021-07-31", "DATE", None),
        ("The offensive began last summer.", "last summer", "2020-SU", "DATE", None),
        ("Britain ruled the area in the 19th century.", "the 19th century", "18", "DATE", None),
        ("The vote is at 8 p.m. on Tuesday.", "8 p.m. on Tuesday", "2021-08-03T20:00", "TIME", None),
        ("Inspections happen every week.", "every week", "P1W", "SET", None),
        ("Talks dragged on for almost seven years.", "almost seven years", "P7Y", "DURATION", "LESS_THAN"),
        ("Earlier in July, Taliban delegations visited Moscow.", "July", "2021-07", "DATE", None),
        ("The treaty was signed on 3 September 2013.", "3 September 2013", "2013-09-03", "DATE", None),
    ],
)
def test_issue_cases(nlp, text, surface, value, kind, mod):
    t = one(nlp, text, surface)
    assert (t.value, t.type, t.mod) == (value, kind, mod)


def test_weekday_past_or_future_by_tense(nlp):
    assert one(nlp, "On Wednesday, Beijing welcomed a delegation.", "Wednesday").value == "2021-07-28"
    assert one(nlp, "The statement was published on Thursday.", "Thursday").value == "2021-07-29"
    assert one(nlp, "The minister will visit Kabul on Wednesday.", "Wednesday").value == "2021-08-04"


def test_ranges(nlp):
    t = one(nlp, "From August 9-14, Russia will conduct drills with China.", "August 9-14")
    assert (t.range.start, t.range.end) == ("2021-08-09", "2021-08-14")
    t = one(nlp, "The visit to Moscow on July 7-8 was the third.", "July 7-8")
    assert (t.range.start, t.range.end) == ("2021-07-07", "2021-07-08")
    t = one(nlp, "From 1992 to 1997 a civil war raged.", "From 1992 to 1997")
    assert (t.range.start, t.range.end, t.value) == ("1992", "1997", "1992/1997")
    t = one(nlp, "Prices doubled between 2001 and 2003.", "between 2001 and 2003")
    assert (t.range.start, t.range.end) == ("2001", "2003")


def test_precision_of_ranges(nlp):
    assert one(nlp, "The war goes back to the 1980s.", "the 1980s").range.start == "1980"
    assert one(nlp, "They met in early August.", "early August").range.end == "2021-08"
    recent = one(nlp, "In recent months, think tanks have written a lot.", "recent months")
    assert recent.value == "PXM" and recent.range.end == "2021-08"


def test_month_without_year_follows_tense_against_publication():
    local = add_components(spacy.blank("en"), NlpOptions(components=("sitroom_timexes",)))
    assert one(local, "The talks began in August.", "August", "2013-03-22").value == "2012-08"
    assert one(local, "The talks will resume in June.", "June", "2013-03-22").value == "2013-06"


def test_without_publication_date_relative_values_keep_placeholders(nlp):
    assert one(nlp, "The drills run until August 10.", "August 10", None).value == "XXXX-08-10"
    assert one(nlp, "It happened this year.", "this year", None).value == "XXXX"
    assert one(nlp, "It happened in 2014.", "2014", None).value == "2014"


def test_narrative_expressions_hang_on_the_previous_date(nlp):
    found = timexes(nlp, "On March 19 the army attacked. The next day it withdrew; two days later it returned. "
                         "That morning was calm. In 2010 a treaty was signed; the following year it collapsed.")
    assert [(t.text, t.value) for t in found] == [
        ("March 19", "2021-03-19"), ("The next day", "2021-03-20"), ("two days later", "2021-03-22"),
        ("That morning", "2021-03-22TMO"), ("2010", "2010"), ("the following year", "2011")]
    assert one(nlp, "The next day it withdrew.", "The next day").value == "XXXX-XX-XX"
    assert one(nlp, "The season started a month earlier than usual.", "a month").type == "DURATION"


@pytest.mark.parametrize(
    "text,surface,value",
    [
        ("The rebels struck over the weekend.", "the weekend", "2021-W30-WE"),
        ("Fighting eased this past week.", "this past week", "2021-W29"),
        ("A decade-long war ended.", "A decade-long", "P10Y"),
        ("Settlers arrived in the 1800s.", "the 1800s", "18"),
        ("The memo is dated 22/3/2013.", "22/3/2013", "2013-03-22"),
        ("The memo is dated 2013-03-22.", "2013-03-22", "2013-03-22"),
        ("Results are expected later this month.", "later this month", "2021-08"),
        ("Prices will rise by the end of the year.", "the end of the year", "2021"),
        ("Over the past decade, millions fled.", "the past decade", "P10Y"),
        ("In the coming weeks more troops will arrive.", "the coming weeks", "PXW"),
        ("The meeting is set for 10:30 a.m. EST Thursday.", "10:30 a.m. EST Thursday", "2021-08-05T10:30"),
        ("He earned $5 million a year.", "a year", "P1Y"),
        ("Growth was fast in the early 2000s.", "the early 2000s", "200X"),
        ("Work began more than a decade ago.", "more than a decade ago", "2011"),
        ("Output fell in the 1985/86 season.", "1985/86", "1985/1986"),
        ("Since taking office in January he has signed bills.", "January", "2021-01"),
        ("Troops will be home by Christmas.", "Christmas", "2021-12-25"),
        ("Easter 2021 was quiet.", "Easter 2021", "2021-04-04"),
        ("Talks resumed late Tuesday.", "late Tuesday", "2021-07-27"),
        # the weekday after a Sunday publication, with no tense read (no parse here), is that next day
        ("Talks resumed late Monday.", "late Monday", "2021-08-02"),
    ],
)
def test_more_expressions(nlp, text, surface, value):
    assert one(nlp, text, surface).value == value


def test_clock_times_take_the_last_day_written(nlp):
    found = timexes(nlp, "The shooting began on Sunday night. At 10:08 p.m. police arrived.", "2017-10-02")
    assert [(t.text, t.value, t.type) for t in found] == [
        ("Sunday night", "2017-10-01TNI", "TIME"), ("10:08 p.m.", "2017-10-01T22:08", "TIME")]
    assert one(nlp, "At 3 pm the talks resumed.", "3 pm", "2017-10-02").value == "2017-10-02T15:00"


def test_tense_cues_without_a_parse(nlp):
    assert one(nlp, "Since taking office in January, he has signed bills.", "January", "2017-11-30").value == "2017-01"
    assert one(nlp, "He will address Congress on Jan. 30.", "Jan. 30", "2017-11-30").value == "2018-01-30"


def test_a_month_joined_to_a_month_with_its_year_takes_that_year(nlp):
    assert one(nlp, "They worked together in August and September of 2016.", "August").value == "2016-08"
    assert one(nlp, "The talks ran from March to May 1998.", "March").value == "1998-03"
    assert one(nlp, "He met her in August, and in September 2016 he left.", "August").value == "2021-08"


def test_names_are_not_dates(nlp):
    assert [t.text for t in timexes(nlp, "The Sunday Times reported it on Monday.")] == ["Monday"]
    assert [t.text for t in timexes(nlp, "April Ryan asked about the Good Friday Agreement in April.")] == ["April"]
    assert [t.text for t in timexes(nlp, "The lawsuit by Summer Adams was filed in the summer.")] == ["the summer"]
    assert one(nlp, "Talks resumed late Monday.", "late Monday").mod == "END"


@pytest.mark.parametrize(
    "text",
    [
        "We will cooperate with any lawful government.",
        "Some 7,000 Russian soldiers are stationed there, and 2000 troops more.",
        "The 201st Division has a 1,200-kilometer border and $200 million in aid.",
        "Prices may fall further if the march goes ahead.",
        "Roughly one quarter of the population is Tajik.",
        "The fall of Kabul shocked many.",
        "He scored 3:16 in the final.",
        "The court added a second case.",
    ],
)
def test_no_false_dates(nlp, text):
    assert timexes(nlp, text) == []


def test_years_alone(nlp):
    found = {t.text: t.value for t in timexes(nlp, "It opened in 2004, was extended to 2042, and began withdrawing in 2014.")}
    assert found == {"2004": "2004", "2042": "2042", "2014": "2014"}


WORDS = ["in", "on", "the", "August", "10", "Wednesday", "We", "last", "week", "2021", "-", "14", "from", "to",
         "1992", "early", "years", "two", "ago", "since", "now", ",", ".", "$", "1,200", "the end of", "10-day-long",
         "1000000", "days", "later", "Easter", "31/2/2020", "the next day", "8", "p.m."]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.sampled_from([None, "2021-08-01", "2013-03-22", "9999-12-30"]))
def test_offsets_and_ranges_hold(nlp, words, published):
    text = " ".join(words)
    for t in timexes(nlp, text, published):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        if t.range is not None and t.range.start and t.range.end:
            assert t.range.start[:len(t.range.end)] <= t.range.end


def test_without_a_publication_date_ranges_hold_only_calendar_dates():
    import spacy

    from sitroom.nlp import NlpOptions, add_components

    nlp = add_components(spacy.blank("en"), NlpOptions(components=("sitroom_timexes",)))
    doc = nlp.make_doc("The drills run from August 9-14 and end on Friday.")
    doc._.published = None
    doc = nlp(doc)
    for span in doc.spans["timexes"]:
        rng = span._.timex.range
        if rng is not None:
            assert all(x is None or x[:4].isdigit() for x in (rng.start, rng.end)), span._.timex
