"""A surrender, retreat or desertion acted on a stage: a review's opera or play, not a force's (the ontology's
figurative Not): "The ballet opens with a regiment in full retreat", "the baritone, playing a general who
surrenders his army", "In the libretto, a company of soldiers deserts". A word of a staged work
(lexicons/stage_word.txt) must frame the event: a head it hangs under, a dependent of a clause that holds it, or
an "in" it is told in, on the trigger or on the task it refuses ("refused to take part in the re-enactment of the
battle", "refused participation in the battle re-enactment"); a performer (stage_performer.txt) must play it: "playing a general who surrenders". A stage word elsewhere
in the sentence does not count ("soldiers who guarded the ballet school", "accused Kyiv of staging the video",
"the playwright, now a soldier, said his unit pulled back", "a tenor who was mobilised deserted")."""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.patterns import lexicon


def on_stage(trigger: Token) -> bool:
    """Is the trigger's event framed by a word of a staged work, or lies it inside a performer's role?"""
    heads = [trigger, *trigger.ancestors]
    return any(_frames(t, heads) if _is(t, "stage_word") else _is(t, "stage_performer") and _plays(t, heads) for t in trigger.sent)


def _is(token: Token, name: str) -> bool:
    words = lexicon(name)
    return (token.lower_ in words or token.lemma_.lower() in words) and token.dep_ != "compound" and token.pos_ != "VERB"


def _frames(word: Token, heads: list[Token]) -> bool:
    """Does the stage word frame the trigger (``heads``: the trigger and its ancestors): a head above it, a dependent
    of a clause that holds it, but for a verb of saying ("The ballet opens with a regiment in retreat"), or the
    object of an "in" on it, on a head above it ("In the libretto, a company deserts") or on its complement or
    object ("refused to take part in the re-enactment")?"""
    if word in heads[1:]:
        return True
    if word.head in heads and word.head.lemma_.lower() not in lexicon("cue_report"):
        return True  # its subject, object or apposition: "a chorus of deserters refuses to march, a staging that drew cheers"
    tasks = [c for c in heads[0].children if c.dep_ in ("xcomp", "dobj")]  # "refused to take part in", "refused participation in"
    return word.dep_ == "pobj" and word.head.lower_ == "in" and (word.head.head in heads or word.head.head in tasks)


def _plays(performer: Token, heads: list[Token]) -> bool:
    """Is the trigger inside a role the performer plays: a verb of performing above the trigger
    (lexicons/stage_performance_verb.txt) whose subject or head the performer is ("the baritone, playing a general
    who surrenders", "the soprano, cast as a partisan who surrenders")?"""
    verbs = [h for h in heads[1:] if h.lemma_.lower() in lexicon("stage_performance_verb")]
    return any(performer in (v.head, *v.children) or performer.head == v.head for v in verbs)
