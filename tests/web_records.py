"""Hand-made records for the timeline, profile and web tests (no extractor involved)."""

from __future__ import annotations

from sitroom.model import (
    Article,
    DateRange,
    Entity,
    Event,
    Mention,
    Place,
    Quantity,
    Quote,
    Record,
    Timex,
    fact_id,
)

TEXT_2013 = (
    "The Kremlin said Russia will send troops to Tajikistan in 2013. "
    "US officials accused Moscow of threats on 2 September. "
    "The border with Afghanistan is 1,200 km long."
)
TEXT_2021 = (
    "Russia and Tajikistan held joint drills near the Afghan border on 5 August. "
    "The Taliban rejected the talks. <script>alert('x')</script> "
    "The border is 1,303 kilometers long. \u201cWe will defend our allies,\u201d the Kremlin said."
)

RUS = ("RUS", "Russia", "country", "RUS")
TJK = ("TJK", "Tajikistan", "country", "TJK")
USA = ("USA", "United States", "country", "USA")
TAL = ("taliban", "Taliban", "armed_group", "AFG")


def at(text: str, word: str, nth: int = 0) -> Mention:
    """The ``nth`` occurrence of ``word`` in ``text`` as a Mention."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), word)


def sentence_of(text: str, m: Mention) -> Mention:
    """The sentence (split on '. ') holding mention ``m``."""
    start = text.rfind(". ", 0, m.start)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", m.end)
    end = len(text) if end < 0 else end + 1
    return Mention(start, end, text[start:end])


def entity(spec: tuple, text: str, *words: str, role: str | None = None) -> Entity:
    eid, name, kind, country = spec
    return Entity(eid, name, kind, country, tuple(at(text, w) for w in words), role=role)


def event(doc: str, text: str, trigger: str, etype: str, actors=(), targets=(), date=None,
          place=None, status="occurred") -> Event:
    m = at(text, trigger)
    s = sentence_of(text, m)
    return Event(id=fact_id(doc, "e", m.start, m.end), type=etype, trigger=m, sentence=s,
                 status=status, actors=tuple(actors), targets=tuple(targets),
                 date=DateRange(*date) if date else None, place=place, mentions=(s,))


def sentences(text: str) -> tuple[Mention, ...]:
    out, start = [], 0
    while start < len(text):
        end = text.find(". ", start)
        end = len(text) if end < 0 else end + 1
        out.append(Mention(start, end, text[start:end]))
        start = end + 1
    return tuple(out)


def place(pid: str, name: str, lat: float, lon: float, country: str, text: str, word: str,
          feature: str = "country") -> Place:
    return Place(pid, name, lat, lon, country, feature, feature, (at(text, word),))


def record_2013() -> Record:
    text = TEXT_2013
    art = Article(text=text, source="a2013.txt", title="Kremlin fears", published="2013-09-03")
    doc = art.id
    border = at(text, "1,200 km")
    return Record(
        article=art,
        entities=(entity(RUS, text, "The Kremlin", "Russia", "Moscow", role="government"),
                  entity(TJK, text, "Tajikistan"), entity(USA, text, "US")),
        places=(place("country:TJK", "Tajikistan", 38.5, 71.0, "TJK", text, "Tajikistan"),
                place("country:AFG", "Afghanistan", 33.9, 67.7, "AFG", text, "Afghanistan")),
        events=(event(doc, text, "send", "MOBILIZE", ["RUS"], ["TJK"], ("2013", "2013"),
                      "country:TJK", status="planned"),
                event(doc, text, "accused", "ACCUSE", ["USA"], ["RUS"],
                      ("2013-09-02", "2013-09-02"))),
        quantities=(Quantity(border.start, border.end, border.text, 1200.0, "km", kind="length",
                             written_value=1200.0, written_unit="km", subject="border:AFG-TJK",
                             subject_name="Tajikistan-Afghanistan border", attribute="length"),),
        timexes=(Timex(*_span(at(text, "2013")), "2013", range=DateRange("2013", "2013")),
                 Timex(*_span(at(text, "2 September")), "2013-09-02",
                       range=DateRange("2013-09-02", "2013-09-02"))),
        sentences=sentences(text),
    )


def record_2021() -> Record:
    text = TEXT_2021
    art = Article(text=text, source="b2021.txt", title="Joint drills <b>near</b> the border",
                  published="2021-08-05")
    doc = art.id
    border = at(text, "1,303 kilometers")
    said = at(text, "We will defend our allies,")
    return Record(
        article=art,
        entities=(entity(RUS, text, "Russia", "the Kremlin"), entity(TJK, text, "Tajikistan"),
                  entity(TAL, text, "Taliban")),
        places=(place("country:AFG", "Afghanistan", 33.9, 67.7, "AFG", text, "Afghan"),),
        events=(event(doc, text, "drills", "COOPERATE", ["RUS", "TJK"], [],
                      ("2021-08-05", "2021-08-05"), "country:AFG"),
                event(doc, text, "rejected", "REJECT", ["taliban"], [], None)),
        quantities=(Quantity(border.start, border.end, border.text, 1303.0, "km", kind="length",
                             written_value=1303.0, written_unit="kilometer",
                             subject="border:AFG-TJK", subject_name="Tajikistan-Afghanistan border",
                             attribute="length"),),
        quotes=(Quote(said.start, said.end, said.text, speaker_name="the Kremlin", speaker="RUS",
                      speaker_mention=at(text, "the Kremlin"), cue="said"),),
        timexes=(Timex(*_span(at(text, "5 August")), "2021-08-05",
                       range=DateRange("2021-08-05", "2021-08-05")),),
        sentences=sentences(text),
    )


def _span(m: Mention) -> tuple[int, int, str]:
    return m.start, m.end, m.text


def fill(store) -> tuple[Record, Record]:
    """Write both hand-made records into ``store``."""
    a, b = record_2013(), record_2021()
    store.write(a)
    store.write(b)
    return a, b
