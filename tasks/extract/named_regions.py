"""The regions a document names that say which of a name's towns it means.

"Pilgrims reached Santiago ... in Galicia": of the towns called Santiago, the one in
Galicia; "Cordoba ... Andalusia", "Richmond ... Virginia". A region counts when the
document writes its name, capitalised, as a name of its own (not the first word of
a longer one: "Western" of "Western Australia" is no region called Western), near the
mention (within ``WINDOW`` characters: its sentence or the next; a region a long story names
elsewhere says nothing of this town), and not the mention itself (the region "Victoria" is no
evidence for the town Victoria).
"""
from __future__ import annotations

import re

from tasks.normalize.geo import gazetteer
from tasks.normalize.geo_text import normalise

MIN_REGION_LENGTH = 4
WINDOW = 200


def regions_named(text: str, mention: str) -> frozenset[str]:
    """The first-level regions of ``mention``'s towns that ``text`` names elsewhere, when the towns lie in several."""
    regions = {p.admin1 for p in gazetteer().candidates(mention) if p.precision == "city" and p.admin1}
    if len(regions) < 2 or not text:
        return frozenset()
    rest = text.replace(mention, " " * len(mention))
    near = " ".join(rest[max(0, m.start() - WINDOW) : m.end() + WINDOW] for m in re.finditer(re.escape(mention), text))
    own = normalise(mention)
    return frozenset(r for r in regions if len(r) >= MIN_REGION_LENGTH and normalise(r) != own and _written(near, r))


def _written(text: str, name: str) -> bool:
    """Is ``name`` in ``text`` as a whole name (no capitalised word right after it)?"""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?! [A-Z])", text) is not None
