"""The ``sitroom_quotes`` component: direct quotes with their speakers, in ``doc.spans["quotes"]``.

Marks are paired by ``quote_marks`` (model-free); the parse then finds the speech cue that
governs each quote (the verb above the quoted words, a frame like ``“...,” X said`` or
``X wrote, “...”``, or ``according to X``) and the cue's subject. Pronoun speakers go to the
most salient earlier person (see ``quote_speakers``). Scare quotes, terms and titles are dropped
by general features: short quoted text with no governing cue, naming words (``so-called``,
``known as``) and title contexts (``see:``, ``titled``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitroom.components import ensure_extensions
from sitroom.components.quote_marks import QuotedText, Speech, find_quoted, load_speech
from sitroom.components.quote_speakers import Mentions, Speaker, speaker_from_head
from sitroom.model import Quote
from sitroom.components.doc_text import text_of

__all__ = ["QuotesComponent", "make_quotes"]

_TIGHT = 4  # a frame cue counts for short quoted text only this close to the mark
_FRAME_AFTER = 16  # tokens after the closing mark searched for "X said"
_FUNCTION_WORDS = {"a", "an", "the", "of", "on", "in", "and", "for", "to", "at", "by", "with"}


@dataclass(frozen=True, slots=True)
class _Cue:
    """A speech cue and how it was found."""

    token: Token | None  # the speech verb (None for "according to")
    text: str
    head: Token  # the token heading the speaker phrase, or the verb whose subject speaks
    tight: bool  # governs the quote in the parse, or sits right beside the marks


def _is_speech_verb(tok: Token, speech: Speech) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in speech.verbs


def _according(tok: Token, speech: Speech) -> Token | None:
    """The object of "according to X" when ``tok`` opens such a phrase, else None."""
    doc = tok.doc
    for phrase in speech.according:
        n = len(phrase)
        if tok.i + n > len(doc) or tuple(t.lower_ for t in doc[tok.i : tok.i + n]) != phrase:
            continue
        last = doc[tok.i + n - 1]
        objs = [c for c in last.children if c.dep_ in ("pobj", "dobj")]
        objs += [c for t in doc[tok.i : tok.i + n] for c in t.children if c.dep_ == "pobj"]
        if objs:
            return objs[0]
        if tok.i + n < len(doc):  # parser left the object unattached: take the next noun
            for t in doc[tok.i + n : min(len(doc), tok.i + n + 6)]:
                if t.pos_ in ("NOUN", "PROPN", "PRON"):
                    return t.head if t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN") else t
    return None


class QuotesComponent:
    """Finds direct quotes and attributes them to speakers."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        speech = load_speech()
        text = text_of(doc)
        quoted = find_quoted(text)
        if not quoted:
            doc.spans["quotes"] = []
            return doc
        inside = [False] * len(doc)
        spans: list[tuple[QuotedText, Span]] = []
        for q in quoted:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            lo = doc.char_span(q.open, q.open + 1, alignment_mode="expand")
            hi = doc.char_span(q.close, q.close + 1, alignment_mode="expand") if q.close else None
            first = lo.start if lo is not None else span.start
            last = hi.end if hi is not None else span.end
            for i in range(first, last):
                inside[i] = True
            spans.append((q, span))
        mentions = Mentions(doc, inside, speech)
        out: list[Span] = []
        earlier: list[Quote] = []
        prev: tuple[QuotedText, Quote] | None = None
        for q, span in spans:
            quote = self._quote(doc, text, q, span, inside, speech, mentions)
            if quote is None:
                continue
            quote = _definite(quote, earlier, speech)
            if quote.speaker_name is None and prev is not None:
                quote = _continued(text, prev, q, quote)
            prev = (q, quote)
            earlier.append(quote)
            group_span = Span(doc, span.start, span.end, label="QUOTE")
            group_span._.quote = quote
            out.append(group_span)
        doc.spans["quotes"] = out
        return doc

    def _quote(
        self, doc: Doc, text: str, q: QuotedText, span: Span, inside: list[bool], speech: Speech,
        mentions: Mentions,
    ) -> Quote | None:
        words = [t for t in span if not t.is_punct and not t.is_space]
        if not any(t.is_alpha for t in words):
            return None
        before = self._words_before(doc, span.start, q)
        if self._matches(before, speech.titles) or self._matches(before, speech.always_term):
            return None
        short = len(words) <= speech.short_tokens
        if short and self._matches(before, speech.naming):
            return None
        if short and _looks_like_term(span, before):
            return None
        cue = self._cue(doc, text, q, span, inside, speech)
        if short and (cue is None or not cue.tight):
            return None
        speaker = speaker_from_head(cue.head, mentions, speech) if cue is not None else None
        return _record(text, q, cue, speaker)

    @staticmethod
    def _words_before(doc: Doc, start: int, q: QuotedText) -> list[str]:
        """Up to three lower-cased words right before the opening mark, nearest last."""
        i = start - 1
        while i >= 0 and doc[i].idx >= q.open:
            i -= 1  # step over the mark itself
        words: list[str] = []
        while i >= 0 and len(words) < 3:
            tok = doc[i]
            if "\n" in tok.text:
                break
            if tok.text in (":", "(", "*", ",", "-", "—"):
                if words:
                    break
            else:
                words.append(tok.lower_)
            i -= 1
        return words[::-1]

    @staticmethod
    def _matches(before: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
        joined = " ".join(before).replace("so - called", "so-called")
        return any(joined.endswith(" ".join(p)) and (
            len(joined) == len(" ".join(p)) or joined[-len(" ".join(p)) - 1] == " "
        ) for p in phrases)

    def _cue(
        self, doc: Doc, text: str, q: QuotedText, span: Span, inside: list[bool], speech: Speech
    ) -> _Cue | None:
        """The speech cue for a quote: parse ancestors, then frames after and before, then
        "according to". A verb right before the mark ("he wrote, “...”") wins over the parse."""
        open_tok = span.start - 1 if span.start > 0 else span.start
        before = self._before_frame(doc, open_tok, inside, speech)
        if before is not None and (
            before.token is None or all(t.is_punct for t in doc[before.token.i + 1 : open_tok])
        ):
            return before
        if not doc.has_annotation("DEP"):
            return None
        for tok in span:
            if tok.is_punct or span.start <= tok.head.i < span.end:
                continue
            cur, steps = tok.head, 0
            while steps < 8 and not _across_paragraphs(text, cur, span):
                if not inside[cur.i]:
                    if _is_speech_verb(cur, speech):
                        return _Cue(cur, cur.text, cur, True)
                    obj = _according(cur, speech)
                    if obj is not None:
                        return _Cue(None, "according to", obj, True)
                if cur.head.i == cur.i:
                    break
                cur, steps = cur.head, steps + 1
        after = self._after_frame(doc, q, span, inside, speech)
        comma_end = q.close is not None and text[q.end - 1 : q.close].rstrip()[-1:] in ",?!"
        comma_end = comma_end or (q.close is not None and text[q.end : q.close].strip() == ",")
        order = (after, before) if comma_end else (before,)  # “...” X said needs the comma
        for cue in order:
            if cue is not None:
                return cue
        return self._according_in(doc, _sent(doc[open_tok]), inside, speech)

    @staticmethod
    def _after_frame(
        doc: Doc, q: QuotedText, span: Span, inside: list[bool], speech: Speech
    ) -> _Cue | None:
        if q.close is None:
            return None
        close = doc.char_span(q.close, q.close + 1, alignment_mode="expand")
        if close is None:
            return None
        for n, i in enumerate(range(close.end, min(close.end + _FRAME_AFTER, len(doc)))):
            tok = doc[i]
            if inside[i] or "\n" in tok.text or tok.text in (".", "!", "?", ";"):
                break
            if _is_speech_verb(tok, speech):
                return _Cue(tok, tok.text, tok, n <= _TIGHT)
        return None

    @staticmethod
    def _before_frame(doc: Doc, open_tok: int, inside: list[bool], speech: Speech) -> _Cue | None:
        """The nearest speech verb before the mark in its sentence; or a "Name: “...”" label."""
        sent_start = _sent(doc[open_tok]).start
        label = open_tok > 0 and doc[open_tok - 1].text == ":"
        for n, i in enumerate(range(open_tok - 1, sent_start - 1, -1)):
            tok = doc[i]
            if inside[i] or "\n" in tok.text:
                break
            if _is_speech_verb(tok, speech):
                return _Cue(tok, tok.text, tok, n <= _TIGHT)
            label = label and tok.pos_ not in ("VERB", "AUX")
        if label:  # a label line: the first name of "Kathleen Parker, The Washington Post:"
            for tok in doc[sent_start:open_tok]:
                if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and not inside[tok.i]:
                    return _Cue(None, ":", tok, True)
        return None

    @staticmethod
    def _according_in(doc: Doc, sent: Span, inside: list[bool], speech: Speech) -> _Cue | None:
        for tok in sent:
            if not inside[tok.i]:
                obj = _according(tok, speech)
                if obj is not None:
                    return _Cue(None, "according to", obj, False)
        return None


def _across_paragraphs(text: str, tok: Token, span: Span) -> bool:
    """Whether ``tok`` lies in another paragraph than ``span`` (parses can run across)."""
    lo, hi = (tok.idx, span.start_char) if tok.idx < span.start_char else (span.end_char, tok.idx)
    return "\n\n" in text[lo:hi]


def _sent(tok: Token) -> Span:
    return tok.sent if tok.doc.has_annotation("DEP") else tok.doc[:]


def _looks_like_term(span: Span, before: list[str]) -> bool:
    """Short quoted words that name something: a Title Case name after a preposition or article
    (on “Fox News Sunday”), or a modifier of a noun outside the marks (a “chalking” campaign)."""
    doc = span.doc
    words = [t for t in span if t.is_alpha]
    titled = len(words) >= 2 and all(
        t.text[0].isupper() for t in words if t.lower_ not in _FUNCTION_WORDS or t.i == words[0].i
    )
    prev = doc[span.start - 2] if span.start >= 2 else None
    if titled and prev is not None and prev.pos_ in ("ADP", "DET", "PART"):
        return True
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and not (span.start <= root.head.i < span.end) \
        and root.head.pos_ in ("NOUN", "PROPN")


def _continued(text: str, prev: tuple[QuotedText, Quote], q: QuotedText, quote: Quote) -> Quote:
    """A quote with no cue right after a quote and its frame in the same paragraph
    (“...,” she said. “...”) continues that speaker."""
    pq, pquote = prev
    if pquote.speaker_name is None or pq.close is None:
        return quote
    between = text[pq.close + 1 : q.open]
    if "\n\n" in between or len(between.split()) > _FRAME_AFTER:
        return quote
    return replace(quote, speaker_name=pquote.speaker_name, speaker=pquote.speaker,
                   speaker_mention=pquote.speaker_mention, cue=pquote.cue)


def _definite(quote: Quote, earlier: list[Quote], speech: Speech) -> Quote:
    """"The statement said" after "a joint statement by X said": name it as first written."""
    name = quote.speaker_name or ""
    words = name.lower().split()
    if quote.speaker or len(words) != 2 or words[0] not in ("the", "this", "that"):
        return quote
    if words[1] not in speech.sources:
        return quote
    for prev in reversed(earlier):
        prev_name = (prev.speaker_name or "").lower()
        if words[1] in prev_name.split() and not prev_name.startswith(("the ", "this ", "that ")):
            return replace(quote, speaker_name=prev.speaker_name, speaker=prev.speaker)
    return quote


def _record(text: str, q: QuotedText, cue: _Cue | None, speaker: Speaker | None) -> Quote:
    return Quote(
        start=q.start,
        end=q.end,
        text=text[q.start : q.end],
        speaker_name=speaker.name if speaker else None,
        speaker=speaker.entity if speaker else None,
        speaker_mention=speaker.mention if speaker else None,
        cue=cue.text if cue else None,
    )


@Language.factory("sitroom_quotes", assigns=["doc.spans"])
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    """Register the quote extractor (needs a parser for speakers; marks alone work without)."""
    ensure_extensions()
    load_speech()
    return QuotesComponent(nlp, name)
