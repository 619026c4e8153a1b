"""The model's rule lemmatizer, memoised: the same lemmas, worked out once per word form.

spaCy's rule lemmatizer creates a ``Token`` for every word and caches only some outcomes (a base
form, the commonest case, is worked out again each time). Its lemma depends on nothing but the
word's text, POS and morphology, so this component keeps a bounded memo keyed by the ORTH, POS
and MORPH hashes and writes a document's lemmas with one ``Doc.from_array``. A form it has not
seen goes to the model's own lemmatizer (``inner``), so the lemmas are the model's
(``tests/test_fast_nlp.py`` compares every token and every record on real news).
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

MEMO_LIMIT = 200_000  # word forms kept; the memo starts again when full, so memory stays bounded


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


@Language.factory("sitroom_memo_lemmatizer")
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    return MemoLemmatizer()


def memoise_lemmatizer(nlp: Language) -> Language:
    """Put the memo in front of the model's lemmatizer (same name, same place in the pipeline)."""
    if "lemmatizer" not in nlp.pipe_names:
        return nlp
    inner = nlp.get_pipe("lemmatizer")
    if isinstance(inner, MemoLemmatizer) or getattr(inner, "mode", None) != "rule":
        return nlp
    wrapper = nlp.replace_pipe("lemmatizer", "sitroom_memo_lemmatizer")
    wrapper.inner = inner
    return nlp
