"""Shared helpers for the actor tests: the actor components alone on the trained model."""

from __future__ import annotations


def actor_nlp():
    """The trained model with only the actor ruler and resolver added."""
    import spacy

    from sitroom.nlp import MODEL, NlpOptions, add_components

    return add_components(spacy.load(MODEL), NlpOptions(components=("sitroom_actor_ruler", "sitroom_actors")))


def actors_got(nlp, text: str) -> dict:
    """Each actor mention's words -> its resolved actor."""
    doc = nlp(text)
    return {s.text: s._.actor for s in doc.spans["actors"]}
