"""The body of a Leichte-Sprache summary of an invented release, as the repair tests read it."""

from __future__ import annotations

from pressconv.model import Release
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.rescue import RescueContext
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.source import SourceSentence
from tests.fixtures.releases import german_release


def easy_body(title: str, *paragraphs: str, organisation: str) -> str:
    """The "Worum geht es?" section of the summary, with the Mediopunkt removed for matching."""
    release = german_release(title, *paragraphs, organisation=organisation)
    text = summary_text(summarise(release).release)
    return text.split("## Worum geht es?")[1].split("## ")[0].replace("·", "")


def easy_text(title: str, *paragraphs: str, organisation: str) -> str:
    """The title and the "Worum geht es?" section: a fact the title states is not repeated below it."""
    release = german_release(title, *paragraphs, organisation=organisation)
    text = summary_text(summarise(release).release)
    head, body = text.split("## Worum geht es?")[:2]
    return (head.splitlines()[0] + ".\n" + body.split("## ")[0]).replace("·", "")


def title_and_body(release: Release) -> tuple[str, list[str]]:
    """The summary's title and its "Worum geht es?" lines, Mediopunkt removed."""
    text = summary_text(summarise(release).release).replace("·", "")
    body = text.split("## Worum geht es?")[1].split("## ")[0]
    return text.splitlines()[0], [line for line in body.splitlines() if line]


def lone_context(
    text: str, *, speech: bool = False, rewritten: bool = False, contacts: tuple[str, ...] = ()
) -> RescueContext:
    """A rescuer's context for one refused sentence that is the whole release.

    ``rewritten`` gives the rescuer the pipeline's rewrite of the sentence (Perfekt, "von" for the
    genitive) and of its pieces, as the pipeline does; otherwise both are the text as written.
    """
    source = SourceSentence(text, speech=speech)
    return RescueContext(
        source=source,
        text=rewrite(text, None) if rewritten else text,
        sentences=(source,),
        index=0,
        issued=None,
        rewrite=(lambda piece: rewrite(piece, None)) if rewritten else (lambda piece: piece),
        contacts=contacts,
    )
