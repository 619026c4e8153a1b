"""Dictionary matching for actors: one PhraseMatcher over every variant, plus in-text acronyms.

Shared by the ruler (before NER: presets dictionary names so NER keeps them) and the resolver
(after NER: reads the same matches). Matching is on LOWER so all-caps headlines match, then a
case check keeps "Turkey" but drops "turkey" and "US" but drops "us".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import ActorDictionary, Hit, load_titles, norm_key
from sitroom.components.doc_text import text_of

__all__ = ["DOC_ATTR", "ActorMatcher", "Match", "preset"]

# words that stay lower-case inside a proper name ("Islamic Movement of Uzbekistan", "al-Qaeda")
PARTICLES = frozenset({"of", "the", "and", "for", "in", "de", "al", "el", "ul", "ut", "e", "i", "-", "'s", "’s"})
ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z0-9&]{1,9})\)")
# NER label a dictionary kind is preset with
LABELS = {
    "country": "GPE", "place": "GPE", "facility": "ORG", "organization": "ORG", "armed_group": "ORG",
    "military_unit": "ORG", "media": "ORG", "person": "PERSON", "other": "ORG",
}
DOC_ATTR = "sitroom_actor_hits"  # private Doc extension: list[Match], set by the ruler
# kinds whose names are proper names of one body: a capitalised word before one makes another
# name ("Social Democrats"); people and places are read by the people and place code
NAMED_BODIES = frozenset({"organization", "armed_group", "military_unit", "media"})


@dataclass(frozen=True, slots=True)
class Match:
    """A dictionary (or learned-acronym) match: token offsets, the actor key and how it was named."""

    start: int
    end: int
    key: str
    vtype: str  # name, demonym, capital, acronym
    label: str


def _case_ok(span: Span, variant: str, stop_words: set[str]) -> bool:
    """Accept a LOWER match when its casing fits a proper name (or an all-caps headline)."""
    text = span.text
    if variant.isupper() and variant.casefold() in stop_words:
        # "IS", "US", "WHO": only outside all-caps headlines ("HE IS BACK")
        doc = span.doc
        around = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
        if text != variant or any(t.is_upper and t.is_alpha and len(t) > 1 for t in around):
            return False
    if text == variant:
        return True
    if text.isupper():
        # "US" in "WHO SAID US" headlines is too risky; plain words in caps are not names
        return len(text) >= 3 and variant.casefold() not in stop_words
    words, vwords = [t.text for t in span], variant.split()
    if len(words) == 1:
        # "Nato" for NATO; never "Let" for LeT or "us" for US
        return (variant.isupper() and len(variant) >= 4 and text.istitle()) or (
            variant.istitle() and text.istitle()
        )
    if len(vwords) != len(words):
        vwords = [t for t in re.split(r"(\W)", variant) if t.strip()]
    for got, want in zip(words, vwords, strict=False):
        if want[:1].isupper() and want.casefold() not in PARTICLES and not got[:1].isupper():
            return False
    return True


def _keep_whole(nlp: Language, name: str) -> None:
    """Make the tokenizer keep a dotted name whole ("Gazeta.Ru"): split, its dot ends a sentence."""
    if " " in name or "." not in name.strip("."):
        return
    if len(nlp.tokenizer(name)) > 1:
        nlp.tokenizer.add_special_case(name, [{ORTH: name}])


class ActorMatcher:
    """PhraseMatcher over the dictionary, built once per pipeline."""

    def __init__(self, nlp: Language, actors: ActorDictionary):
        self.actors = actors
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.variant_of: dict[str, str] = {}  # lower text -> one variant (its casing)
        self.stop_words = set(nlp.Defaults.stop_words)
        by_lower: dict[str, str] = {}
        for text, _hit in actors.variants():
            by_lower.setdefault(text.casefold(), text)
            _keep_whole(nlp, text)
        self.variant_of = by_lower
        patterns = [nlp.make_doc(text) for text in by_lower.values()]
        self.matcher.add("ACTOR", patterns)

    def _hit(self, span: Span) -> tuple[Hit, str] | None:
        lower = span.text.casefold()
        variant = self.variant_of.get(lower)
        if variant is None:
            # tokenisation of the doc joined tokens differently ("U.S." vs "U.S ."): compare by words
            variant = self.variant_of.get(" ".join(t.lower_ for t in span))
        if variant is None or not _case_ok(span, variant, self.stop_words):
            return None
        hit = self.actors.index.get(variant) or self.actors.lower.get(lower)
        return (hit, variant) if hit else None

    def __call__(self, doc: Doc) -> list[Match]:
        spans, info = [], {}
        for _id, start, end in self.matcher(doc):
            span = doc[start:end]
            found = self._hit(span)
            if found is None:
                continue
            hit, _variant = found
            spans.append(span)
            info[(start, end)] = hit
        matches = []
        kept = filter_spans(spans)
        covered = {i: info[(span.start, span.end)] for span in kept for i in range(span.start, span.end)}
        for span in kept:
            hit = info[(span.start, span.end)]
            if self._tail_of_name(span, hit, covered) or self._end_of_place(span, hit, covered):
                continue
            label = "NORP" if hit.vtype == "demonym" else LABELS[self.actors.entries[hit.key].kind]
            if hit.vtype == "capital":
                label = "GPE"
            matches.append(Match(span.start, span.end, hit.key, hit.vtype, label))
        return matches + self.acronyms(doc, matches)

    def _end_of_place(self, span: Span, hit: Hit, covered: dict[int, Hit]) -> bool:
        """A country's name ends the name of a state or province: "New Jersey", "New Mexico" and
        "Northern Ireland" are not Jersey, Mexico and Ireland."""
        if hit.vtype != "name" or self.actors.entries[hit.key].kind != "country" or span.start == 0:
            return False
        prev = span.doc[span.start - 1]
        if (span.start - 1 in covered or not prev.is_alpha or not prev.text[:1].isupper() or prev.is_upper
                or prev.is_stop):
            return False
        from sitroom.resolve.gazetteer import default_gazetteer

        return any(c.level == 1 for c in default_gazetteer().find(f"{prev.text} {span.text}"))

    def _tail_of_name(self, span: Span, hit: Hit, covered: dict[int, Hit]) -> bool:
        """The match ends a longer capitalised name that is not the same body: "Social
        Democrats", "Christian Democrats", "Sweden Democrats" are not the US Democratic Party.
        Titles, institutions and places before it keep it ("Senate Democrats", "Iowa
        Republicans"), as does another dictionary name ("Afghan Taliban", "US Democrats")."""
        entry = self.actors.entries[hit.key]
        if hit.vtype != "name" or entry.kind not in NAMED_BODIES:
            return False
        doc = span.doc
        if span[0].is_upper and len(span[0]) > 1:
            return False  # an all-caps headline capitalises every word
        before = covered.get(span.start - 1)
        if before is not None:  # "Sweden Democrats": a country's name, not its demonym, before
            # the name of another country's body names a body of its own
            # ("US Taliban talks": two parties of a noun that follows)
            other = self.actors.entries[before.key]
            nxt = doc[span.end] if span.end < len(doc) else None
            return (before.vtype == "name" and other.kind == "country" and entry.country is not None
                    and before.key != entry.country and doc[span.start - 1].text[:1].isupper()
                    and not (nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower))
        tagged = doc.has_annotation("TAG")
        parsed = doc.has_annotation("DEP")
        words = []
        i = span.start - 1
        # "The Republicans", "If Democrats", "Many Democrats": capitalised as a first word only;
        # nor a count ("Thirteen Republicans") or a word the parse attaches elsewhere ("said on
        # Friday Republicans had ...")
        while i >= 0 and i not in covered and doc[i].is_alpha and doc[i].text[:1].isupper() and (
                not doc[i].is_stop) and not doc[i].like_num and (
                not tagged or doc[i].tag_ in ("NNP", "NNPS")) and (
                not parsed or i < doc[i].head.i < span.end):
            words.append(doc[i])
            i -= 1
        if not words:
            return False
        titles = load_titles()
        (institutions, wings) = word_lists("actor_names", "institution_words", "wing_words")
        if _full_body_name(span):  # "Liberal Democratic Party", "Supreme National Security
            # Council": another body, named by the word next to it, not a wing or an office
            institutions, words = institutions - wings, words[:1]
        if any(w.lower_ in institutions or w.lower_ in titles.words or w.lower_.rstrip(".") in (
                titles.honorifics | titles.courtesy) for w in words):
            return False
        return not _place_name(" ".join(w.text for w in reversed(words)))

    def acronyms(self, doc: Doc, matches: list[Match]) -> list[Match]:
        """Acronyms defined in the text ("the Islamic Movement of Uzbekistan (IMU)") for the whole doc."""
        if "(" not in text_of(doc):
            return []
        known = {m.start: m for m in matches}
        learned: dict[str, Match] = {}
        for found in ACRONYM_RE.finditer(text_of(doc)):
            acro = found.group(1)
            if self.actors.index.get(acro) or acro in learned:
                continue
            paren = doc.char_span(found.start(), found.start() + 1)
            if paren is None:
                continue
            long_start = _long_form(doc, paren.start, acro)
            if long_start is None:
                continue
            # a dictionary name is the acronym's only when it is the whole long form: the country
            # in "the Muslim Association of Britain (MAB)" or "Iran Gas Company (IGC)" is not the body
            hit = known.get(long_start)
            if hit is None or hit.end != paren.start or hit.vtype != "name":
                hit = None
            key = hit.key if hit else "org:" + norm_key(doc[long_start:paren.start].text)
            label = hit.label if hit else "ORG"
            learned[acro] = Match(long_start, paren.start, key, "acronym", label)
        out = []
        taken = {i for m in matches for i in range(m.start, m.end)}
        for acro, long_match in learned.items():
            if long_match.key.startswith("org:"):
                out.append(long_match)
            for tok in doc:
                if tok.text == acro and tok.i not in taken:
                    out.append(Match(tok.i, tok.i + 1, long_match.key, "acronym", long_match.label))
        return out


def _full_body_name(span: Span) -> bool:
    """The match is a body's full name of two or more words, its last a body's head word
    ("Democratic Party", "Security Council"), not a plural of its members ("Democrats")."""
    (heads,) = word_lists("org_names", "head_words")
    return len(span) > 1 and span[-1].lower_ in heads


def _place_name(name: str) -> bool:
    """The words name a country, a state or a province ("Iowa", "New York"); a county or town of
    the same name is too often a word of a name too ("Christian Democrats")."""
    from sitroom.resolve.gazetteer import default_gazetteer

    return any(c.level <= 1 for c in default_gazetteer().find(name))


def _long_form(doc: Doc, paren: int, acro: str) -> int | None:
    """Start token of the words before ``(`` whose initials spell ``acro``, skipping particles."""
    letters = [c for c in acro if c.isupper() or c.isdigit()]
    i, want = paren - 1, len(letters) - 1
    while i >= 0 and want >= 0 and paren - i <= len(acro) + 6:
        tok = doc[i]
        if tok.lower_ in PARTICLES:
            i -= 1
            continue
        if not tok.text[:1].isupper() or tok.text[0] != letters[want]:
            return None
        want -= 1
        i -= 1
    if want >= 0:
        return None
    start = i + 1
    return start if start < paren else None


def preset(doc: Doc, matches: list[Match]) -> None:
    """Write matches into ``doc.ents`` without touching entities already there."""
    spans = [Span(doc, m.start, m.end, label=m.label) for m in matches]
    keep = filter_spans(list(doc.ents) + spans) if doc.ents else filter_spans(spans)
    doc.set_ents(keep)
