"""Words of a Title Case headline that keep their capitals when ``tasks.nlp.recase_title`` puts it in sentence
case, though a dictionary knows them: a day or a month in a date ("Retreated From Chancellorsville on May 6",
"Withdrew on Wednesday": "may" lower-cased is a modal) and a military rank before a name the headline keeps
("Field Marshal Friedrich Paulus Surrendered": "field marshal" lower-cased is a noun the parser makes an object)."""
from __future__ import annotations

import re

_NUMBER = re.compile(r"\d")


def date_word(words: list[str], i: int) -> bool:
    """``words[i]`` is a weekday, or a month next to a number ("May 6", "9 May") or after a preposition of time
    ("in March", "since May"; lexicons calendar_name, prep_month); "Troops March on Kyiv" keeps its verb."""
    from tasks.extract.patterns import lexicon

    lower = re.sub(r"['’]s?$", "", words[i].lower())  # "Sunday's Withdrawal"
    if lower not in lexicon("calendar_name"):
        return False
    if lower.endswith("day"):
        return True
    before = words[i - 1].lower() if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return bool(_NUMBER.match(after) or _NUMBER.search(before[-1:])) or before in lexicon("prep_month")


def ranks_before_names(words: list[str], kept: list[bool]) -> list[int]:
    """Indices of the rank words ("Field", "Marshal", "Major", "General"; lexicon military_rank) in a run of ranks
    that a name kept capitalised follows ("Major General Edward King", "Colonel Petrov")."""
    from tasks.extract.patterns import lexicon

    ranks = lexicon("military_rank")
    out: list[int] = []
    for i in range(len(words)):
        j = i
        while j < len(words) and words[j].lower().rstrip(".") in ranks:
            j += 1
        if j > i and j < len(words) and kept[j] and words[j][:1].isupper() and words[j].lower() not in ranks:
            out.extend(k for k in range(i, j) if k not in out)
    return out
