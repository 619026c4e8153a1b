"""How the people tests read the people a pipeline finds, as the export names them."""

from __future__ import annotations


def people_roles(nlp, text: str) -> dict[str, str | None]:
    """Each person as the export names them -> the role shown."""
    doc = nlp(text)
    return {s._.actor.name: s._.actor.role for s in doc.spans["actors"] if s._.actor.kind == "person"}


def people_mentions(nlp, text: str) -> dict[str, list[str]]:
    """Each person as the export names them -> the words of their mentions."""
    out: dict[str, list[str]] = {}
    doc = nlp(text)
    for s in doc.spans["actors"]:
        if s._.actor.kind == "person":
            out.setdefault(s._.actor.name, []).append(s.text)
    return out


def merged_people(text: str, names: list[str]) -> dict[str, list[str]]:
    """Each person ``merge_surnames`` makes of the names' every occurrence in the text (a blank
    tokenizer, spans only; a one-word name only where no longer name holds it) -> the mentions' words."""
    import spacy

    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.people import merge_surnames

    doc = spacy.blank("en")(text)
    spans, taken = [], set()
    for name in sorted(set(names), key=lambda n: -len(n.split())):
        n = len(name.split())
        for i in range(len(doc) - n + 1):
            if doc[i:i + n].text == name and not taken & set(range(i, i + n)):
                spans.append((doc[i:i + n], None))
                taken.update(range(i, i + n))
    spans.sort(key=lambda st: st[0].start)
    return {p.name: [s.text for s in p.spans] for p in merge_surnames(spans, load_titles())}

