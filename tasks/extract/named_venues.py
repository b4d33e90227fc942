"""A named venue: a site noun written after the proper names that name it, "Jomo Kenyatta Sports Ground",
"the National Parade Ground", "the Kankaria lakefront", "the Univermag department store".

The tagger calls such a name an organisation and its head a proper noun in title case, so neither the entity
nor the common-noun site rule in ``place_spans.place_span`` takes it. A head noun of a public venue
(lexicons/venue_site.txt, from GeoNames feature classes) with a proper name among its compounds is the
venue: the most specific place an event held or cancelled there happened, ranked before the town after it ("... Sports Ground in Kisumu").
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.patterns import lexicon
from tasks.extract.tree import in_lexicon


def venue_head(token: Token) -> bool:
    """Is ``token`` a venue noun that a proper name among its compounds names? (Not the sites of lexicons/site.txt:
    a title-case "Moi University" or "Nasser Hospital" is as often the organisation as the place.)"""
    if token.dep_ == "compound" or not in_lexicon(token, lexicon("venue_site")):
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in token.children)


def named_venue(span: Span) -> bool:
    """Does ``span`` end in a named venue's head ("the National Parade Ground")?"""
    return len(span) > 1 and venue_head(span[-1])
