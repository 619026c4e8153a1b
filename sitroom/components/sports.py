"""Sports clubs named after their town (``sitroom/data/sports.yaml``): "Leeds beat Chelsea 2-1",
"Bayern Munich 3 Hamburg 1", "Milan 4 2 1 1 5 3 7", "Real Madrid", "Manchester United".

A town's name in a match result or a standings row is the club (an organisation), not a place;
a club prefix or suffix makes the whole name a club. Countries stay countries (national teams are
their country), and people stay people ("Federer beat Nadal 6-3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

import numpy as np
from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, SENT_START
from spacy.tokens import Doc, Span

from sitroom.components.event_domain import cue_count, cue_words, domains
from sitroom.resolve.actor_data import DATA, ActorDataError, _read_yaml

__all__ = ["Clubs", "load_clubs", "sports_story", "team_use"]

SCORE = re.compile(r"^\d{1,2}[-–:]\d{1,2}$")
PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC"})


@dataclass(frozen=True, slots=True)
class Clubs:
    prefixes: frozenset[str]
    suffixes: frozenset[str]
    verbs: frozenset[str]

    def relabel(self, doc: Doc, ents: list[Span], is_country, is_town=None) -> list[Span]:
        """``ents`` with town names used as clubs relabelled (and grown over prefix/suffix) as ORG.

        ``is_town(span)``, given for a sports story only: the name is a town's or a county's, which
        acting or scoring there is its team ("Essex reached 372", "Kent 108-3", "against Yorkshire").
        """
        out = list(ents) + [r for r in result_rows(doc) if not any(is_country(e) and e.start < r.end
                                                                     and r.start < e.end for e in ents)]
        out = _no_overlap(out)
        for k, e in enumerate(out):
            if e.label_ not in PLACE_LABELS | {"PERSON"} or is_country(e):
                continue
            grown = self._grown(doc, e, out, k)
            if grown is not None:
                out[k] = grown
            elif e.label_ != "PERSON" and (self._in_result_line(doc, e) or self._result_verb(doc, e)):
                out[k] = Span(doc, e.start, e.end, label="ORG")
            elif is_town is not None and e.label_ in {"GPE", "LOC"} and not e.text.isupper() \
                    and team_use(doc, e) and is_town(e):
                out[k] = Span(doc, e.start, e.end, label="ORG")
        return _no_overlap(out)

    def _grown(self, doc: Doc, e: Span, ents: list[Span], k: int) -> Span | None:
        start, end = e.start, e.end
        prev = doc[start - 1] if start > 0 else None
        if prev is not None and prev.text in self.prefixes or (
                prev is not None and start > 1 and f"{doc[start - 2].text} {prev.text}" in self.prefixes):
            start -= 1 if prev.text in self.prefixes else 2
        elif e.label_ == "PERSON" and len(e) == 2 and e[-1].text in self.suffixes:
            pass  # "Manchester United" tagged PERSON
        elif e[-1].text in self.suffixes and len(e) > 1 and e.label_ != "PERSON":
            pass
        elif end < len(doc) and doc[end].text in self.suffixes and e.label_ in {"GPE", "LOC"}:
            end += 1
        else:
            return None
        if e.label_ == "PERSON" and start == e.start and e[-1].text not in self.suffixes:
            return None
        return Span(doc, start, end, label="ORG")

    @staticmethod
    def _in_result_line(doc: Doc, e: Span) -> bool:
        """ "Bayern Munich 3 Hamburg 1" or a standings row "Milan 4 2 1 1 5 3 7"."""
        nums, i = 0, e.end
        while i < len(doc) and doc[i].is_digit and len(doc[i]) <= 3:
            nums += 1
            i += 1
        if nums >= 3:
            return True
        if nums == 1 and len(doc[e.end]) <= 2:
            nxt = doc[i] if i < len(doc) else None
            if nxt is not None and nxt.ent_type_ and nxt.text[:1].isupper():
                j = i
                while j < len(doc) and doc[j].ent_iob_ in {"B", "I"} and (j == i or doc[j].ent_iob_ == "I"):
                    j += 1
                return j < len(doc) and doc[j].is_digit and len(doc[j]) <= 2
            prev = e.start - 1
            return prev >= 0 and doc[prev].is_digit and len(doc[prev]) <= 2 and (nxt is None or "\n" in nxt.text
                                                                               or nxt.is_punct)
        return False

    def _result_verb(self, doc: Doc, e: Span) -> bool:
        """ "Leeds beat Chelsea 2-1": subject or object of a result verb in a sentence with a score."""
        sent = e.sent if doc.has_annotation("SENT_START") else doc[:]
        if not has_score(sent):
            return False
        root = e.root
        head = root.head
        if root.dep_ == "pobj" and head.lower_ in {"with", "to", "against", "over", "at"}:
            head = head.head
            for _ in range(2):  # "drew 1-1 with Barcelona": the preposition may hang on the score
                if head.pos_ in {"VERB", "AUX"} or head.head is head:
                    break
                head = head.head
        return root.dep_ in {"nsubj", "dobj", "pobj", "nsubjpass"} and head.lemma_ in self.verbs


TEAM_SCORE = re.compile(r"^\d{1,3}(?:-\d{1,2})?$")  # "Kent 108-3", "Glamorgan 259 and 207"
NOT_TEAM_VERBS = frozenset({"be", "have", "host", "stage", "say", "lie", "become"})
FIXTURE_WORDS = frozenset({"v", "v.", "vs", "vs.", "versus"})  # "Kent v Essex": a fixture between two sides


def team_use(doc: Doc, e: Span) -> bool:
    """A town in a sports story named as a team is: acting ("Essex reached 372"), beaten or faced
    ("dismissed Somerset", "against Yorkshire", "v Kent"), the first side of a fixture ("Kent v
    Essex") or followed by its score ("Kent 108-3")."""
    root = e.root
    prev = doc[e.start - 1] if e.start > 0 else None
    if prev is not None and prev.lower_ in {"in", "at", "from", "to", "of", "near"}:
        return False  # "Peter Nicol of Scotland 15-10", "edged Austria in Salzburg 3-2": a place
    nxt = doc[e.end] if e.end < len(doc) else None
    if nxt is not None and nxt.lower_ in FIXTURE_WORDS:
        return True
    if nxt is not None and TEAM_SCORE.match(nxt.text) and not (e.end + 1 < len(doc)
                                                              and doc[e.end + 1].lower_ in {"km", "miles", "metres"}):
        return True
    if root.dep_ in {"nsubj", "dobj"} and root.head.pos_ == "VERB" and root.head.lemma_ not in NOT_TEAM_VERBS:
        return True
    return prev is not None and (prev.lower_ == "against" or prev.lower_ in FIXTURE_WORDS)


def _names_before_numbers(sent: Span) -> list[tuple[int, int, int]]:
    """(start, end, how many numbers follow) for each run of capitalised words followed by numbers."""
    doc, out, i = sent.doc, [], sent.start
    while i < sent.end:
        if doc[i].text[:1].isupper() and doc[i].is_alpha:
            j = i
            while j < sent.end and (doc[j].text[:1].isupper() and doc[j].is_alpha or doc[j].text in {"-", "."}
                                    and j + 1 < sent.end and doc[j + 1].text[:1].isupper()):
                j += 1
            k = j
            while k < sent.end and doc[k].is_digit and len(doc[k]) <= 3:
                k += 1
            if k > j:
                out.append((i, j, k - j))
            i = max(k, i + 1)
        else:
            i += 1
    return out


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """Sentences, also cut at line breaks (a results table has one result a line), as token ranges."""
    cuts = {0, len(doc)}
    if doc.has_annotation("SENT_START"):
        cuts |= {int(i) for i in np.flatnonzero(doc.to_array(SENT_START) == 1)}
    breaks = [m.start() for m in re.finditer("\n", doc.text)]
    if breaks:  # the token whose text or trailing space holds the break ends a line
        starts = doc.to_array(IDX)
        cuts |= {int(k) + 1 for k in np.searchsorted(starts, breaks, side="right") - 1}
    bounds = sorted(c for c in cuts if c <= len(doc))
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def result_rows(doc: Doc) -> list[Span]:
    """Clubs in results and standings lines: "Barnsley 3 Southend 0", "Milan 4 2 1 1 5 3 7"."""
    if not len(doc):
        return []
    alpha, lower, punct, space = doc.to_array([IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE]).T.astype(bool)
    words = np.concatenate(([0], np.cumsum(~space & ~punct)))  # words: no space, no punctuation
    common = np.concatenate(([0], np.cumsum(~space & ~punct & alpha & lower)))
    out = []
    for a, b in _lines(doc):
        n = words[b] - words[a]
        if not n or n > 16 or common[b] - common[a]:
            continue  # a results line: names and numbers only
        runs = _names_before_numbers(doc[a:b])
        if len(runs) == 2 and all(n == 1 for _s, _e, n in runs) or runs and all(n >= 3 for _s, _e, n in runs):
            out.extend(Span(doc, s, e, label="ORG") for s, e, _n in runs)
    return out


LEAD_SENTENCES = 6  # a story's lead: its first sentences ...
LEAD_TOKENS = 250  # ... at most this many tokens of them (a menu read as one long sentence)
# the share of its sentences in which a sports story names a sport word: on the dev exports every
# sports story names one in at least a sixth of its sentences (a match report with its line-ups:
# 0.17), the other stories that name a few sport words in fewer than 0.15 (an election's "race"
# and "season" in its lead, a prime minister's cricket past, a page's menus and teasers)
SPORT_SHARE = 0.15


def sports_story(doc: Doc, cues: int) -> bool:
    """A sports story by its words: ``cues`` distinct sport words, one of them in its lead, or as
    many as make a whole document a sports story for the events (event_domains.yaml's
    doc_min_cues), and sport words that run through it (``SPORT_SHARE`` of its sentences). A news
    page's menus and teasers below another story ("Baseball", "Football", "the semi-final" under a
    report on a country joining the EU) name a few sport words too; a sports story names its sport,
    its game or its team in its first sentences, or names many, and goes on naming them."""
    found = cue_count(doc, "sport")
    sport = domains()["sport"]
    if found < cues:
        return False
    if not doc.has_annotation("SENT_START"):
        sents = [doc[:]]
    elif _sport_share(doc, sport.words) < SPORT_SHARE:
        return False  # "losing the race to reenter the White House" in a political story
    else:
        sents = list(islice(doc.sents, LEAD_SENTENCES))
    if sport.document_cues is not None and found >= sport.document_cues:
        return True
    end = min(sents[-1].end if sents else 0, LEAD_TOKENS)
    return bool(cue_words(doc[:end]) & sport.words)


def _sport_share(doc: Doc, words: frozenset[str]) -> float:
    """The share of the document's sentences that name a sport word."""
    sents = list(doc.sents)
    return sum(1 for s in sents if cue_words(s) & words) / len(sents) if sents else 0.0


def has_score(tokens) -> bool:
    """A match score in these tokens: "2-1" as one token or as "2", "-", "1"."""
    toks = list(tokens)
    for k, t in enumerate(toks):
        if SCORE.match(t.text):
            return True
        if t.is_digit and len(t) <= 2 and k + 2 < len(toks) and toks[k + 1].text in {"-", "–", ":"} \
                and toks[k + 2].is_digit and len(toks[k + 2]) <= 2:
            return True
    return False


def trim_score(span: Span) -> Span:
    """ "Chelsea 2-1" -> "Chelsea": a score the NER took into a name."""
    end = span.end
    while end - span.start > 1 and (span.doc[end - 1].is_digit or span.doc[end - 1].text in {"-", "–", ":"}
                                    or SCORE.match(span.doc[end - 1].text)):
        end -= 1
    return span if end == span.end else Span(span.doc, span.start, end, label=span.label_)


def _no_overlap(ents: list[Span]) -> list[Span]:
    from spacy.util import filter_spans

    return sorted(filter_spans(ents), key=lambda s: s.start)


@lru_cache(maxsize=1)
def load_clubs() -> Clubs:
    data = _read_yaml(DATA / "sports.yaml")
    for key in ("club_prefixes", "club_suffixes", "result_verbs"):
        if not isinstance(data.get(key), list):
            raise ActorDataError(f"sitroom/data/sports.yaml: {key!r} must be a list")
    return Clubs(frozenset(map(str, data["club_prefixes"])), frozenset(map(str, data["club_suffixes"])),
                 frozenset(map(str, data["result_verbs"])))
