"""A regular army's member or formation named without its side: the state's, not the armed group named before.

"The Taliban took Lashkar Gah. In Helmand, commandos refused to keep fighting"; "Hayat Tahrir al-Sham fighters
pushed into Hama. Two colonels and a major surrendered"; "A sergeant said his platoon had deserted its post": a
rank, a unit or a soldier's word (lexicons/state_army_member.txt, regular_soldier.txt) names a state army's men,
whom the group named before fights, not the group's own fighters. Not a unit owned by a force ("its 3rd
Division", "the group's commanders"), named as the enemy, the insurgents or a side ("enemy battalions", "rebel
units", "a Peshmerga colonel"),
nor a person the text names ("Colonel Sultani Makenga"). A pronoun said of himself by such a member ("A captain
said he had refused orders to shell villages") is the member.
"""
from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import token_classes, tree
from tasks.extract.patterns import lexicon
from tasks.normalize import places


def counted_head(token: Token) -> Token:
    """What a count, a part or a collective word counts: "thousands of federal soldiers", "a number of members of
    the unit", "a group of commandos" name soldiers; a word that is none of these is its own head."""
    for _ in range(3):
        counts = token_classes.partitive_of(token) or tree.in_lexicon(token, lexicon("soldier_collective")) or token.like_num
        objects = tree.prep_objects(token, {"of"}) if counts else []
        if not objects:
            return token
        token = objects[0]
    return token


def army_member(actor: Token) -> bool:
    """Is ``actor`` a regular army's member or unit with no owner, enemy or insurgent word of its own?"""
    actor = counted_head(actor)  # "a group of commandos", "dozens of soldiers", "thousands of troops"
    if actor.pos_ == "PROPN" or not (tree.in_lexicon(actor, lexicon("state_army_member")) or tree.in_lexicon(actor, lexicon("regular_soldier"))):
        return False
    if any(c.dep_ == "poss" and c.lower_ not in lexicon("person_owner") for c in actor.children):
        return False
    marked = lexicon("enemy_word") | lexicon("insurgent_noun")  # "enemy battalions", "rebel commandos"
    modifiers = [c for c in actor.children if c.dep_ in ("compound", "amod", "nmod")]
    return not any(tree.in_lexicon(c, marked) or places.side_of(c.text) is not None for c in modifiers)  # not "a Peshmerga colonel": named


def told_by_army_member(trigger: Token) -> bool:
    """Is the trigger's subject a personal pronoun in a clause reported by a regular army's member ("A sergeant
    told reporters that he had deserted", "Two lieutenants said they had refused to return")?"""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in trigger.children):
        return False
    saying = next((a for a in trigger.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in lexicon("cue_report")), None)
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None) if saying is not None else None
    return speaker is not None and speaker.tag_ != "PRP" and army_member(speaker)
