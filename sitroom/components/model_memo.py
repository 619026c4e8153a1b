"""The model's attribute ruler and rule lemmatizer, memoised: the same output, worked out once per form.

Both are Python components of the trained pipeline that cost as much as its parser. The
attribute ruler runs a Matcher of ~180 patterns over every token, but all of its one-token
patterns read only the token's TAG, LOWER, DEP and IS_SPACE: the memo keeps which of them match
each such combination (worked out by the ruler's own Matcher the first time it is seen; a LOWER
that no pattern names counts only by which of the patterns' expressions find it), runs the
few longer patterns with their own Matcher, and applies the matches in the ruler's order with the
ruler's own ``set_annotations``. spaCy's rule lemmatizer creates a ``Token`` for every word and caches only some outcomes (a base
form, the commonest case, is worked out again each time). Its lemma depends on nothing but the
word's text, POS and morphology, so this component keeps a bounded memo keyed by the ORTH, POS
and MORPH hashes and writes a document's lemmas with one ``Doc.from_array``. A form it has not
seen goes to the model's own lemmatizer (``inner``), so the lemmas are the model's
(``tests/test_fast_nlp.py`` compares every token and every record on real news). That
lemmatizer asks ``form in index`` of its word lists (57,528 nouns, 20,993 adjectives ...), a
scan of a Python list each time; ``fast_index`` gives those lists a set for ``in``, so a new
form costs microseconds instead of a third of a millisecond, with the same answers.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

MEMO_LIMIT = 200_000  # forms kept; a memo starts again when full, so memory stays bounded
_SINGLE_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}  # what the memo's key holds


class MemoLemmatizer:
    """Wraps a trained ``Lemmatizer`` in 'rule' mode; other modes are passed through."""

    def __init__(self, inner=None, limit: int = MEMO_LIMIT) -> None:
        self.inner = inner
        self.limit = limit
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        inner = self.inner
        if inner is None:
            raise ValueError("sitroom_memo_lemmatizer wraps the model's lemmatizer; use sitroom.nlp.build")
        if inner.mode != "rule" or not len(doc) or not getattr(inner, "_validated", False):
            return inner(doc)  # the first document validates the tables, as spaCy does
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        memo, strings, overwrite = self.memo, doc.vocab.strings, inner.overwrite
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                value = strings.add(inner.lemmatize(doc[i])[0])
                if pos:  # no POS: spaCy warns each time; leave those to it
                    if len(memo) >= self.limit:
                        memo.clear()
                    memo[key] = value
            lemmas[i] = value
            changed = True
        if changed:
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


class IndexList(list):
    """A lemmatizer's word list that answers ``in`` from a set: the same answers, in O(1)."""

    def __init__(self, words=()) -> None:
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def fast_index(lemmatizer) -> None:
    """Give the rule lemmatizer's ``lemma_index`` lists a set for ``in`` (the lists stay lists)."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key in list(table.keys()):
        words = table.get(key)
        if isinstance(words, list) and not isinstance(words, IndexList):
            table[key] = IndexList(words)


class MemoAttributeRuler:
    """Wraps a trained ``AttributeRuler``; exactly its matches, in its order."""

    def __init__(self, inner=None, limit: int = MEMO_LIMIT) -> None:
        self.inner = None
        self.limit = limit
        self.memo: dict[tuple, tuple[tuple[int, int], ...]] = {}
        self.lower_class: dict[int, object] = {}  # LOWER hash -> what the patterns can tell of it
        if inner is not None:
            self.wrap(inner)

    def wrap(self, inner) -> bool:
        """Split the ruler's patterns; False (and no wrapping) when one reads other attributes."""
        single, multi = Matcher(inner.vocab), Matcher(inner.vocab)
        self.single_ids, self.multi_ids = set(), set()
        lowers: list[object] = []
        for attr_id in range(len(inner.attrs)):
            key = inner.vocab.strings[str(attr_id)]
            _, patterns = inner.matcher.get(key)
            if all(len(p) == 1 for p in patterns):
                if any(set(p[0]) - _SINGLE_KEYS for p in patterns):
                    return False
                single.add(key, patterns)
                self.single_ids.add(key)
                lowers += [p[0]["LOWER"] for p in patterns if "LOWER" in p[0]]
            else:
                multi.add(key, patterns)
                self.multi_ids.add(key)
        self.inner, self.single, self.multi = inner, single, multi
        self._lower_tests(lowers)
        return True

    def _lower_tests(self, lowers: list[object]) -> None:
        """What the one-token patterns ask of a word's LOWER: the words they name and their
        regular expressions. Two words that none of them names and that every expression
        matches alike get the same matches, so they share one memo entry: the memo fills after
        a few documents instead of with every new word. Any other test: the word itself is kept."""
        self.words: set[str] | None = set()
        self.regexes: list[re.Pattern] = []
        for value in lowers:
            if isinstance(value, str):
                self.words.add(value)
            elif isinstance(value, dict) and set(value) <= {"IN", "REGEX"}:
                self.words.update(value.get("IN", ()))
                if "REGEX" in value:
                    self.regexes.append(re.compile(value["REGEX"]))  # the Matcher's test: search
            else:
                self.words = None
                return

    def _lower(self, lower: int) -> object:
        """The word itself when a pattern may name it; else which expressions find it."""
        found = self.lower_class.get(lower)
        if found is None:
            text = self.inner.vocab.strings[lower]
            if self.words is None or text in self.words:
                found = lower
            else:
                found = ("", *(bool(r.search(text)) for r in self.regexes))  # never empty: truthy
            if len(self.lower_class) >= self.limit:
                self.lower_class.clear()
            self.lower_class[lower] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        inner = self.inner
        if inner is None:
            raise ValueError("sitroom_memo_attribute_ruler wraps the model's ruler; use sitroom.nlp.build")
        if not len(doc):
            return inner(doc)
        memo, strings = self.memo, inner.vocab.strings
        matches = []
        classes = self.lower_class
        for i, (tag, low, dep, space) in enumerate(doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()):
            key = (tag, classes.get(low) or self._lower(low), dep, space)
            found = memo.get(key)
            if found is None:
                found = tuple(sorted((int(strings[m_id]), m_id) for m_id, _, _ in
                                     self.single(doc[i:i + 1], allow_missing=True)))
                if len(memo) >= self.limit:
                    memo.clear()
                memo[key] = found
            if found:  # most tokens match no pattern: no list to build
                matches += [(attr_id, m_id, i, i + 1) for attr_id, m_id in found]
        if self.multi_ids:
            matches += [(int(strings[m_id]), m_id, s, e) for m_id, s, e in self.multi(doc, allow_missing=True)]
        matches.sort()
        inner.set_annotations(doc, matches)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory("sitroom_memo_attribute_ruler")
def make_memo_attribute_ruler(nlp: Language, name: str) -> MemoAttributeRuler:
    return MemoAttributeRuler()


@Language.factory("sitroom_memo_lemmatizer")
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    return MemoLemmatizer()


def memoise(nlp: Language) -> Language:
    """Put the memos in front of the model's attribute ruler and lemmatizer (same names, places)."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        probe = MemoAttributeRuler()
        if not isinstance(ruler, MemoAttributeRuler) and probe.wrap(ruler):
            nlp.replace_pipe("attribute_ruler", "sitroom_memo_attribute_ruler").wrap(ruler)
    if "lemmatizer" not in nlp.pipe_names:
        return nlp
    inner = nlp.get_pipe("lemmatizer")
    if isinstance(inner, MemoLemmatizer) or getattr(inner, "mode", None) != "rule":
        return nlp
    fast_index(inner)
    wrapper = nlp.replace_pipe("lemmatizer", "sitroom_memo_lemmatizer")
    wrapper.inner = inner
    return nlp
