"""Which lines of a document are reported prose: the events component codes events from prose only.

Page furniture the clean stage cannot tell by its words (``data/boilerplate.yaml`` patterns)
shows by its shape. A headline, a caption, a link or a navigation item left inside the body is a
short line that ends without sentence punctuation ("Iran attacks Saudi tanker"); a list of
related stories is a run of such lines, or of list items under a box's header ("Recommended for
You" / "- Two frigates sailed ..."), each a teaser of another story; a caption may be long but
opens with its label ("CAP:"), or wherever it stands it places people in the picture or credits
it ("Seif (L) and Akishev signing an agreement", "(PHOTO: president.ir)").
A headline that extraction glued to the sentence after it ("... ties. Iran, Turkmenistan finalize
talks for dam project Through the agreement signed ...") is cut off that sentence by the same
shape: a short opening run with no sentence punctuation that runs into a sentence opener.
The items of a list that a line of prose leads into ("In the last 24 hours, the forces:" / "-
killed three insurgents") report, as does a line that goes on in lower case and a field of a
report form ("Incident: armed robbery at a petrol station").
An event listing or a calendar line opens with a day or time label ("Monday: talks in Geneva on
the ceasefire"): it announces, it reports nothing. Only a text with prose to report shows
fragments up: a one-line text has no layout to read, and a telegraphic text made of fragments (an
incident log) is all the report there is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from sitroom.data_yaml import load_yaml
from sitroom.errors import ConfigError
from sitroom.components.doc_text import text_of
from sitroom.components.event_title_lines import title_lines
from sitroom.components.event_words import word_lists
from sitroom.resolve.timex_scan import guard

__all__ = ["Layout", "ProseRules", "glued_headlines", "layout", "rules"]

# sentence punctuation a line of prose ends on; closing quotes and brackets are looked through
_ENDS = frozenset(".!?…:;,")
_CLOSERS = "\"'”’»)]} *"


@dataclass(frozen=True, slots=True)
class ProseRules:
    """The thresholds and labels of ``data/boilerplate.yaml`` that say a line is no prose."""

    fragment_max_words: int
    prose_share: float
    listing: re.Pattern[str]
    caption: re.Pattern[str]
    in_caption: re.Pattern[str]  # a sentence that places people in a picture or credits one
    caption_max_words: int  # a line up to this long that holds a credit is all caption
    openers: frozenset[str]  # words that open a sentence a glued headline runs into
    after_names: frozenset[str]  # ... those of them that may follow a name ("against Israel Asked about")
    not_last: frozenset[str]  # words a headline does not end on ("and He", "said The")
    scene_verbs: frozenset[str] = frozenset()  # lemmas (with a particle) of a present-tense caption
    pronouns: frozenset[str] = frozenset()  # openers that after a name end no headline ("Friday He added")
    aside: re.Pattern[str] | None = None  # what a bracketed editor's note, reference or signature holds
    speech_after: frozenset[str] = frozenset()  # words after a name that make a quote speech ("said")
    titles: frozenset[str] = frozenset()  # lower-case words that stand before a name as its title
    in_caption_parts: tuple[re.Pattern[str], ...] = ()  # ``in_caption``'s alternatives, each guarded
    signature: re.Pattern[str] | None = None  # an embedded post's "-- Name (@handle) May 3, 2018"
    teasers: re.Pattern[str] | None = None  # a box's header over teasers of other stories ("Recommended for You")


@lru_cache(maxsize=1)
def rules() -> ProseRules:
    """The shipped rules (``sitroom/data/boilerplate.yaml``), read once."""
    raw = load_yaml(resources.files("sitroom.data").joinpath("boilerplate.yaml").read_text("utf-8"))
    try:
        words, share = int(raw["fragment_max_words"]), float(raw["prose_share"])
        caption_words = int(raw["caption_max_words"])
        days, months, captions, positions, agencies, labels, kinds = (_alternatives(raw[k]) for k in (
            "listing_days", "listing_months", "caption_labels", "caption_positions", "credit_agencies",
            "picture_labels", "picture_label_kinds"))
        caps = _alternatives([str(a).upper() for a in raw["credit_agencies"]])
        openers = frozenset(str(w) for w in raw["headline_openers"])
        after_names = frozenset(str(w) for w in raw["headline_openers_after_names"])
        not_last = frozenset(str(w).lower() for w in raw["headline_not_last"])
        pronouns = frozenset(str(w) for w in raw.get("headline_pronoun_openers", []))
        speech_after = frozenset(str(w).lower() for w in raw.get("headline_speech_words", []))
        (titles,) = word_lists("titles", "roles")
        occupations = word_lists("titles", "occupations")[0]
        titles = frozenset(w.split()[-1].lower() for w in titles | occupations)
        asides = [str(p) for p in raw.get("aside_patterns", [])]
        aside = re.compile("|".join(f"(?:{p})" for p in asides)) if asides else None
        scene = frozenset(str(w).lower() for w in raw.get("scene_verbs", []))
        shows = _alternatives(raw["picture_verbs"]) if raw.get("picture_verbs") else None
        player = _alternatives(raw["player_labels"]) if raw.get("player_labels") else None
        signs = [str(g).replace("{months}", months) for g in raw.get("signature_patterns", [])]
        signature = re.compile("|".join(f"(?:{g})" for g in signs)) if signs else None
        gallery = [str(g).replace("{agencies}", agencies).replace("{months}", months)
                   for g in raw.get("gallery_patterns", [])]
        heads = [str(h) for h in raw.get("teaser_headers", [])]
        teasers = re.compile(rf"^(?:{'|'.join(f'(?:{h})' for h in heads)})\W*$", re.I) if heads else None
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError("boilerplate.yaml: needs fragment_max_words, prose_share, caption_max_words and the lists "
                          "listing_days, listing_months, caption_labels, caption_positions, credit_agencies, "
                          "picture_labels, picture_label_kinds, headline_openers, headline_openers_after_names "
                          f"and headline_not_last ({exc})") from exc
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    # "Monday:", "Tuesday, March 3:", "Jan 15 -", "15 January:", "10:00 -", "9.30am:"
    listing = re.compile(
        rf"^(?:(?:{days})\.?(?:,?\s+(?:{months})\.?\s+{day}|,?\s+{day}(?:\s+(?:{months})\.?)?)?"
        rf"|(?:{months})\.?\s+{day}|{day}\s+(?:{months})\.?"
        r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s*(?::|\s[-–—]\s)", re.I)
    caption = re.compile(rf"^(?:{captions}|{agencies})\s*:", re.I)
    caption_parts = (
        # "(L)", "(2nd R)", "(PHOTO: president.ir)", "(File photo)", "(Photo by X/Getty Images)"
        rf"\((?:{positions})(?:\)|\s*:[^)]*\)|\s+(?:by|credit|courtesy)\b[^)]*\))",
        rf"\b(?:{labels})\s(?:{kinds})\b",  # "Image copyright", "Media caption"
        rf"(?:^|\s)(?:{labels}|Caption|Credit)s?:\s",  # "... in Kabul. Photo: AFP"
        # "REUTERS/Kevin Lamarque", "AFP/Getty Images", "AP Photo/Evan Vucci"; not "an AP/NORC poll"
        # (a dateline's sources are no credit: "KABUL (AFP/AP) -- Troops ...")
        rf"(?<![\w/])(?:{caps}|(?:{agencies})\sPhoto)\s?/\s?{_NAME}(?:\s{_NAME})*(?!\s+[a-z]|\)\s*[-–—])",
        rf"[a-z]/(?:{agencies})(?:\s?[).,;]|\s*$)(?!\s*[-–—])",  # "Somodevilla/Getty Images)", not "Ipsos/Reuters poll"
        r"\bGETTY(?: IMAGES)?\b",
        # "An undated photo depicts travellers at the tower", "The picture shows soldiers at ..."
        *([rf"\b(?i:{labels})s?\s(?:{shows})\b"] if shows else []),
        *([rf"(?<!\w)(?:{player})(?!\w)"] if player else []),  # "JUST WATCHED ... MUST WATCH"
        *gallery,  # "Jane Roe  8/16 2009 An elderly man ...", "AFP or licensors Kim fired ..."
    )
    in_caption = re.compile("|".join(caption_parts))
    # the same test, each alternative on its own and guarded by the characters it starts with: a
    # sentence holds a match of the alternation exactly where it holds one of an alternative,
    # and each alternative alone skips the positions it cannot start at
    in_caption_parts = tuple(guard(re.compile(part)) for part in caption_parts)
    return ProseRules(words, share, listing, caption, in_caption, caption_words, openers, after_names, not_last,
                      scene, pronouns, aside, speech_after, titles, in_caption_parts, signature, teasers)


_NAME = r"[A-Z][\w'’.-]*(?![\w'’.-])"  # a capitalised word, whole


def _alternatives(words: list) -> str:
    if not isinstance(words, list) or not words:
        raise ValueError("expected a list of words")
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in _ENDS


def _fragment(line: str, r: ProseRules) -> bool:
    return len(line.split()) <= r.fragment_max_words and not _ends_sentence(line)


# an interview's labelled question ("Q: Has Iran increased security?") is the interviewer's, kept
_QA_LABEL = re.compile(r"^(?:Q|Question|[A-Z][\w'’-]*)\s*[:.-]\s")


def _question_line(line: str, r: ProseRules) -> bool:
    """A headline-like question on a line of its own ("Will Iran attack Saudi oil tankers?",
    "Is the ceasefire over?"): a short line that is one question, not quoted, not labelled."""
    body = line.rstrip(_CLOSERS)
    return (body.endswith("?") and len(line.split()) <= r.fragment_max_words
            and not re.search(r"[.!?;]\s", body[:-1]) and line[:1] not in "\"“‘'«"
            and not _QA_LABEL.match(line))


_BULLET = re.compile(r"^(?:[-*+•▪◦–]|\d{1,3}[.)])\s+")
# a field of a report form ("Incident: armed robbery at a petrol station", "Summary: ..."): data
_FIELD = re.compile(r"^[A-Z][\w'’-]*(?:\s[\w'’-]+){0,2}:\s+\S")
_FUNCTION_WORDS = frozenset("a an the and or of to in on at by for from with as that this these its their".split())


def _continued(line: str) -> bool:
    """A list item that goes on from its lead-in's sentence opens in lower case ("- killed three
    insurgents in Helmand"); a headline or a link opens with a capital."""
    return _BULLET.sub("", line)[:1].islower()


def _lead_in(line: str) -> bool:
    """A line of prose that introduces a list ("In the last 24 hours, coalition forces:"), not a
    header in title case ("Related Stories:")."""
    if not line.endswith(":"):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in _FUNCTION_WORDS]
    return any(w[0].islower() for w in words)


# where a sentence may begin: after sentence punctuation, or a closing quote ("... honorable.” ‘Return")
_SENTENCE_GAP = re.compile(r"(?:[.!?…][\"'”’)\]]*|[”’])\s+")
_OPENING = "-–—‘'\"“*•"
_CLOSING = "’'”\""


_OPENER_OF = {"’": "‘", "”": "“", "'": "'", '"': '"'}


def _opens_quote(run: str, closer: str) -> bool:
    """Whether a headline's run opens, at a word's start, the quote its last word closes ("hails
    ties with Rome ‘warm and lasting’ At a press conference"); "Iran's" opens none."""
    opener = _OPENER_OF.get(closer)
    return opener is not None and re.search(rf"(?:^|\s){re.escape(opener)}\w", run) is not None


def _named_opener(words: list[re.Match[str]], i: int, text: str, r: ProseRules) -> bool:
    """A quoted headline runs into a sentence whose subject is a name ("‘Russia satisfied with
    level of co-op with Iran’ Dzhagaryan also said ...", "“Failure of maximum pressure” Trump
    abrogated ..."): the closing quote is followed by up to four capitalised words, the last no
    possessive, then a word in lower case. A quote whose comma went missing names its speaker
    there ("“Absolutely not” Memarian said", "... to visit Kabul" Foreign Ministry spokesman
    Bahram Ghasemi told"): a speech verb within the next words, unless the sentence goes on with
    "also" ("Mousavi also said"), a new paragraph's."""
    j = i
    while j < len(words) and j - i < 4 and re.fullmatch(_NAME, words[j].group()):
        j += 1
    if j == i or j >= len(words) or words[j - 1].group().endswith(("'s", "’s")):
        return False
    after = words[j].group()
    if not after[:1].islower() or "\n" in text[words[i - 1].end():words[j].start()]:
        return False
    if after == "also":
        return True
    return not any(re.sub(r"\W+$", "", w.group()).lower() in r.speech_after for w in words[j:j + 5])


_DETERMINERS = frozenset("a an the this that these those its his her their our my your".split())


def _name_word(word: str) -> bool:
    """A capitalised word of a name; one that ends on a full stop is an initial or an abbreviation
    ("U.S.", "Mr."), else the stop ends a sentence ("until Wednesday. Lawmakers also")."""
    return re.fullmatch(_NAME, word) is not None and (
        not word.endswith(".") or re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,2}\.", word) is not None)


# a headline that runs into a named subject holds this many words at least: a shorter run before a
# name is the name's title or its description ("Tory leader Michael Howard also ...")
_NAMED_RUN_MIN = 6


def _headline_before_name(text: str, r: ProseRules) -> int | None:
    """Where a headline without quotes ends that runs into a sentence whose named subject goes on
    with "also" ("Iran, UK FMs discuss Vienna talks Amir Abdollahian also held ...", "Lebanon in the
    frontlines of resistance Amir Abdollahian also said ..."), the new paragraph's mark: a run of
    at least ``_NAMED_RUN_MIN`` words from the sentence's start, with no sentence punctuation and no
    speech verb, that does not open as a sentence does ("During the interview Mr Blair also") and
    ends on a word in lower case that is no title ("Foreign Ministry spokeswoman Maria Zakharova
    also")."""
    if text[:1] in _OPENING or "also" not in text:  # (the run must end before an "also")
        return None
    words = list(re.finditer(r"\S+", text))
    if not words or words[0].group().rstrip(",") in r.openers:
        return None
    for i in range(1, min(len(words) - 2, r.fragment_max_words + 1)):
        prev, word = words[i - 1].group(), words[i].group()
        if re.search(r"[.!?…;:]\W*$", prev) or re.sub(r"\W+$", "", prev).lower() in r.speech_after:
            return None
        if i < _NAMED_RUN_MIN or not _name_word(word):
            continue
        if not (prev.isalpha() and prev.islower()) or prev in r.not_last or prev in r.titles or (
                words[i - 2].group().lower() in _DETERMINERS):  # "the start of a new Congress also"
            return None
        j = i
        while j < len(words) and j - i < 4 and _name_word(words[j].group()):
            j += 1
        return words[i].start() if j < len(words) and words[j].group() == "also" else None
    return None


def _after_a_name(word: str, after: str, r: ProseRules) -> bool:
    """A headline may end on a name when the sentence it runs into goes on in lower case
    ("summit on Aleppo In a phone call", "role in Libya For his part"): a title or a
    name goes on in capitals ("The Times", "See It In A Boy's Eyes"). Not before a pronoun: "an
    interview published on Friday He added" is prose whose full stop went missing."""
    return after[:1].islower() and word.rstrip(",") not in r.pronouns


def glued_headlines(line: str, r: ProseRules | None = None) -> list[tuple[int, int]]:
    """The character ranges of a line that are headlines glued to the sentence after them.

    A headline opens a sentence, runs at most ``fragment_max_words`` words without sentence
    punctuation, and ends on a content word (or a closing quote, when it opened with a quote)
    straight before a word that opens a sentence, itself not the start of a name ("project
    Through the agreement", "consultation’ Elsewhere in his remarks"; not "the newspaper The
    Times").
    """
    r = r or rules()
    out = []
    for start in [0] + [m.end() for m in _SENTENCE_GAP.finditer(line)]:
        head = line[start:start + 400].lstrip(_OPENING)
        if not head[:1].isupper() and not head[:1].isdigit():
            continue
        if (end := _headline_before_name(line[start:start + 400], r)) is not None:
            out.append((start, start + end))
            continue
        quoted = line[start:start + 1] in "‘“'\""  # a quoted headline ends on its closing quote
        words = list(re.finditer(r"\S+", line[start:start + 400]))
        for i in range(2, min(len(words) - 3, r.fragment_max_words + 1)):
            prev, word, after = (words[j].group() for j in (i - 1, i, i + 1))
            if prev.rstrip(_CLOSING + ")")[-1:] in ".!?…;:":
                break  # the run has sentence punctuation: no headline
            if quoted and prev[-1:] in _CLOSING and prev.rstrip(_CLOSING)[-1:].isalnum() and _named_opener(words, i, line[start:start + 400], r):
                out.append((start, start + words[i].start()))
                break
            if word.rstrip(",") not in r.openers or (after[:1].isupper() and not word.endswith(",")):
                continue
            run = line[start:start + words[i - 1].end() - 1]  # up to the last word's last mark
            if (prev[-1:] in _CLOSING and (quoted or _opens_quote(run, prev[-1]))) or (
                    (prev[:1].islower() or prev[:1].isdigit() or word.rstrip(",") in r.after_names
                     or _after_a_name(word, after, r))
                    and prev[-1:].isalnum() and prev.lower() not in r.not_last):
                out.append((start, start + words[i].start()))
            break
    return out


# a run-in dateline with its region or agency and its dash: "BEIRUT, Lebanon (AP) --", "KABUL (Reuters) -"
_DATELINE_AFTER = re.compile(
    r"\s(?=[A-Z]{2}[A-Z'’.]+(?:\s[A-Z]{2}[A-Z'’.]*){0,2}"
    r"(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+){0,2}\s*(?:\([A-Za-z .]{1,25}\))?|\s*\([A-Za-z .]{1,25}\))"
    r"\s*(?:-{1,3}|[–—])\s)")
_LINE_MARKS = "|*•- \t"
_BARS = "| \t"  # a table's bars around a cell on a web page ("| Storm damages harbour | |")


def _headline_before_dateline(line: str, r: ProseRules) -> list[tuple[int, int]]:
    """A headline that extraction ran into its story's dateline on one line ("| Syrians Finish Up
    Pullout From Lebanon BEIRUT, Lebanon (AP) -- Syrian troops ..."): a run without sentence
    punctuation from the line's start to a dateline with its region or agency and its dash."""
    m = _DATELINE_AFTER.search(line, 0, 400)
    if m is None:
        return []
    start = len(line) - len(line.lstrip(_LINE_MARKS))
    run = line[start:m.start()]
    words = run.split()
    if (not run[:1].isupper() or not 2 <= len(words) <= r.fragment_max_words
            or re.search(r"[.!?…;:]", run) or words[-1].lower() in r.not_last):
        return []
    return [(start, m.start())]


# a table's or a menu's cell on a web page: text between two bars ("| Senators call for 5G security |")
_CELL = re.compile(r"(?:^|(?<=\s))\|\s+([^|]+?)\s+(?=\|(?:\s|$))")


def _cells(line: str, r: ProseRules) -> list[tuple[int, int]]:
    """The cells between bars of a menu or a run of links: two or more cells on one line of at
    most ``fragment_max_words`` words without sentence punctuation at their end ("| Senators call
    for 5G security coordinator | Facebook gets questions ... |"). A lone cell may be a picture's
    caption in a page's table, which reports as captions do."""
    cells = [(m.start(1), m.end(1)) for m in _CELL.finditer(line) if _fragment(m.group(1), r)]
    return cells if len(cells) > 1 else []


_BRACKETED = re.compile(r"\(([^()]{1,400})\)")


def _asides(line: str, r: ProseRules) -> list[tuple[int, int]]:
    """The bracketed asides of a line that are no report: an editor's note on the copy ("(This
    version of the story corrects paragraph 5)"), a reference to read elsewhere ("(See my column
    ...)"), a reviewer's dated signature ("(Dana from Leeds, visited May 2016)")."""
    if r.aside is None:
        return []
    return [(m.start(), m.end()) for m in _BRACKETED.finditer(line) if r.aside.search(m.group(1))]


class Layout:
    """The character ranges of a document's lines that are not reported prose."""

    def __init__(self, text: str, r: ProseRules | None = None, title: str | None = None) -> None:
        r = r or rules()
        self._caption = r.in_caption_parts or (r.in_caption,)
        self._captioned: dict[str, bool] = {}
        lines = []
        pos = 0
        for raw in text.split("\n"):
            stripped = raw.strip()
            if stripped.strip(_BARS):  # a table's cell is read as the line it holds
                lines.append((pos + len(raw) - len(raw.lstrip()), pos + len(raw), stripped, stripped.strip(_BARS)))
            pos += len(raw) + 1
        self._ranges: list[tuple[int, int]] = []
        self._furniture: list[tuple[int, int]] = []  # whole lines of furniture
        self._scene = r.scene_verbs
        self._lines = [(start, end) for start, end, _, _ in lines] if len(lines) > 1 else []
        layout = len(lines) > 1  # a one-line text has no layout to read, only headlines glued inside it
        total = sum(len(s) for _, _, _, s in lines)
        prose = sum(len(s) for _, _, _, s in lines
                    if _ends_sentence(s) and not r.listing.match(s) and not r.caption.match(s))
        fragments_show = prose >= r.prose_share * total
        items = False  # the lines after a lead-in ("In the last 24 hours, the forces:") are its items
        teasers = False  # the list items after a header of other stories ("Recommended for You")
        for start, end, line, core in lines:
            teasers = teasers and bool(_BULLET.match(core))
            if teasers or (layout and (r.listing.match(core) or r.caption.match(core))):
                self._ranges.append((start, end))
            elif (layout and fragments_show and _fragment(core, r)
                  and not (items or _continued(core) or _FIELD.match(core))):
                self._ranges.append((start, end))
            elif layout and fragments_show and _question_line(core, r):
                self._ranges.append((start, end))  # "Will Iran attack Saudi tankers?" above a story
            elif len(line.split()) <= r.caption_max_words and self._in_caption(line):
                self._ranges.append((start, end))  # "Trump speaks in Ohio on Monday. REUTERS/Name"
            else:
                self._ranges.extend((start + a, start + b) for a, b in (
                    *glued_headlines(line, r), *_headline_before_dateline(line, r), *_cells(line, r)))
            if self._ranges and self._ranges[-1] == (start, end):
                self._furniture.append((start, end))
            self._ranges.extend((start + a, start + b) for a, b in _asides(line, r))
            if r.signature is not None:  # "-- Jane Roe (@janeroe) March 3, 2018": no party of what follows
                self._furniture.extend((start + m.start(), start + m.end()) for m in r.signature.finditer(line))
            items = (items and not _ends_sentence(core)) or _lead_in(core)
            teasers = teasers or bool(layout and r.teasers is not None and r.teasers.match(core))
        if layout:  # the page's headline printed again inside its text
            headlines = title_lines(text, title)
            self._ranges.extend(headlines)
            self._furniture.extend(headlines)

    def furniture(self, at: int) -> bool:
        """Whether the character offset lies in a whole line that is no reported prose (a
        byline, a credit, a headline or a caption on its own line), or in an embedded post's
        signature run into the next sentence ("-- Jane Roe (@janeroe) March 3, 2018"); not in a
        headline glued to the sentence after it on one line, which the parse may still read as
        that sentence's start."""
        return any(s <= at < e for s, e in self._furniture)

    def reports(self, span: Span) -> bool:
        """Whether the span lies in a line of reported prose, in no caption."""
        at = span.start_char
        return not any(s <= at < e for s, e in self._ranges) and not self._in_caption(
            _sentence(span)) and not self._scene_caption(span)

    def _in_caption(self, sentence: str) -> bool:
        """Whether a sentence holds a caption's words: read once per sentence (a sentence
        holds several candidate acts)."""
        found = self._captioned.get(sentence)
        if found is None:
            found = self._captioned[sentence] = any(rx.search(sentence) for rx in self._caption)
        return found

    def _scene_caption(self, span: Span) -> bool:
        """A line that is one sentence in the present tense showing people in a picture
        ("Biden looks on as Zelensky signs the agreement")."""
        doc = span.doc
        if not self._scene or not self._lines or not doc.has_annotation("DEP"):
            return False
        sent = span.sent
        line = next(((s, e) for s, e in self._lines if s <= span.start_char < e), None)
        if line is None or sent.start_char > line[0] or sent.end_char < line[1] - 1:
            return False
        root = sent.root
        if root.tag_ not in ("VBZ", "VBP"):
            return False
        lemma = root.lemma_.lower()
        particles = [c.lower_ for c in root.children if c.dep_ in ("prt", "prep", "advmod") and c.i > root.i]
        return lemma in self._scene or any(f"{lemma} {p}" in self._scene for p in particles)


def _sentence(span: Span) -> str:
    """The span's sentence, or its line where the document has no sentences."""
    doc = span.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return span.sent.text
    text = text_of(doc)
    return text[text.rfind("\n", 0, span.start_char) + 1:(text.find("\n", span.end_char) + 1 or len(text) + 1) - 1]


def layout(doc: Doc) -> Layout:
    """The layout of a parsed document's text (and of its title, which the text may repeat)."""
    title = doc._.title if Doc.has_extension("title") else None
    return Layout(text_of(doc), title=title)
