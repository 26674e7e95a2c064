"""The rescuers of refused sentences (rescue.py), in the order they are tried, and the call that tries them."""

from __future__ import annotations

from collections.abc import Iterator

from pressconv.transforms.easy.appointed import appointed
from pressconv.transforms.easy.clausevoice import voiced_clause
from pressconv.transforms.easy.conditions import reader_action
from pressconv.transforms.easy.contactout import contact_out
from pressconv.transforms.easy.contrast import contrast
from pressconv.transforms.easy.coordinated import coordinated, coordinated_alone
from pressconv.transforms.easy.cutapart import cut_apart
from pressconv.transforms.easy.deadlines import deadline_rescue
from pressconv.transforms.easy.described import described
from pressconv.transforms.easy.enumerations import enumeration_rescue
from pressconv.transforms.easy.figures import figures
from pressconv.transforms.easy.keynouns import shorter_nouns, shorter_rescue
from pressconv.transforms.easy.leadcore import bare_lead_core, lead_core
from pressconv.transforms.easy.lists import list_rescue
from pressconv.transforms.easy.money import money
from pressconv.transforms.easy.namedattributes import named_attributes
from pressconv.transforms.easy.narrative import narrative_rescue
from pressconv.transforms.easy.newsapart import news_apart
from pressconv.transforms.easy.parallel import parallel_clauses
from pressconv.transforms.easy.placeout import place_out
from pressconv.transforms.easy.relatives import relative_apart
from pressconv.transforms.easy.rescue import Rescue, RescueContext, Rescuer
from pressconv.transforms.easy.spansapart import spans_apart
from pressconv.transforms.easy.studies import studies
from pressconv.transforms.easy.takes_office import takes_office
from pressconv.transforms.easy.timeout import time_apart
from pressconv.transforms.easy.topology import clauses_only, decompose, matrix_only
from pressconv.transforms.easy.trends import trend

__all__ = ["RESCUERS", "rescues"]

# (name, rescuer) in the order they are tried; the name is the lines' origin ("rescue-<name>"). The
# rescuers of one kind of fact come first; the general ones (a time, a place, a relative clause in a
# sentence of its own) last.
RESCUERS: tuple[tuple[str, Rescuer], ...] = (
    # A phone number or e-mail address in a sentence goes to a line of its own (contactout.py): first,
    # since any rescue that keeps the number in a sentence fails the number rule.
    ("contacts", contact_out),
    ("described", described),
    # A hard adjective in a noun phrase a number or a name picks out (namedattributes.py): the whole
    # sentence with one describing word less, before any rescue that cuts it apart.
    ("attributes", named_attributes),
    # An appointment whose office's place makes it too long (appointed.py): the place said apart.
    ("appointed", appointed),
    # A dated appointment (takes_office.py): who holds which post from which day, in one sentence.
    ("office", takes_office),
    ("conditions", reader_action),
    ("deadline", deadline_rescue),
    # A survey's finding as what a share of the respondents say, and who asked how many (studies.py).
    ("studies", studies),
    ("figures", figures),
    # A trend of a named measure (trends.py): its direction, comparison and size, said plainly.
    ("trends", trend),
    ("money", money),
    ("lists", list_rescue),
    # A list the list rescuer cannot say as written: after a colon, or under a passive lead-in.
    ("enumerations", enumeration_rescue),
    # A narrative of coordinated Präteritum verb phrases under one subject (police, fire, court).
    ("narrative", narrative_rescue),
    ("timeout", time_apart),
    ("news", news_apart),
    # A lead or paragraph opener said as its news core (leadcore.py): subject, verb, objects, one time,
    # in short sentences; after the rescuers of one kind of fact (they say a figure or a deadline in its
    # own plain form) and the time apart (which keeps the whole clause), before the general cuts, which
    # say less of who does what.
    ("leadcore", lead_core),
    # The same core with its subject's head alone, where the fullest one repeats the sender's name.
    ("leadcore", bare_lead_core),
    ("places", place_out),
    # A fact-box label, a route span "zwischen A und B", opening hours or two days said apart (spansapart.py).
    ("spans", spans_apart),
    ("relatives", relative_apart),
    # "nicht X, sondern Y" said as its corrected part Y (contrast.py), before the clause cuts, which
    # refuse a "sondern"; compose.py repairs the clause further.
    ("contrast", contrast),
    # Main clauses side by side (a comma, "und", "aber", "denn"; coordinated.py): each its own
    # sentence, the subject said again; else the ones that pass alone, each true without the others.
    ("coordinated", coordinated),
    ("coordinated", coordinated_alone),
    # Two comma-joined main clauses with an object or prepositional Vorfeld each, said subject first (parallel.py).
    ("parallel", parallel_clauses),
    # A sentence of several clauses, cut by its clause structure (topology.py): the factual clauses
    # said apart first, then the main clauses alone where a clause around them cannot be said, then
    # the clauses' own facts alone where the main clause cannot be said.
    ("clauses", decompose),
    ("clauses", matrix_only),
    ("clauses", clauses_only),
    # A one-clause sentence too long by its time or place and its noun phrases together (cutapart.py):
    # the time or place apart and the rest shorter; before "nouns", which says less.
    ("cuts", cut_apart),
    # Last: a key-fact sentence of the lead or the paragraph after it with shorter noun phrases
    # (keynouns.py). It says less than a split into several sentences, so it comes after them.
    ("nouns", shorter_nouns),
    # After every cut: the voice repairs on the one clause a date or partitive apposition hides
    # (clausevoice.py); what is still too long, the composition (compose.py) cuts further.
    ("voice", voiced_clause),
)


def rescues(context: RescueContext) -> Iterator[tuple[str, Rescue]]:
    """Every rescue the rescuers of ``RESCUERS`` offer for the refused sentence, in their order, with names.

    A generator: the pipeline stops at the first offer whose every sentence the verifier accepts, so a
    later rescuer is asked only when the ones before it offered nothing usable.
    """
    for name, rescuer in RESCUERS:
        found = rescuer(context)
        if found is not None and found.sentences:
            yield name, found
            # The same offer with shorter noun phrases, for a key fact whose offer is still too long.
            shorter = shorter_rescue(found, context)
            if shorter is not None:
                yield name, shorter
