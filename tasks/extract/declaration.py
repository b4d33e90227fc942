"""The verb whose subject made a declaration: "said they would not fight" (said), and a written one hung on the
paper it was written in, "signed a letter saying they would no longer report for duty" (signed: the signers
declared it, not the letter). Read by the ``declarer`` role (roles.py)."""

from spacy.tokens import Token


def speaking_verb(declare: Token) -> Token:
    """``declare`` itself, or, when it is an -ing clause on the object of a verb ("signed a letter saying",
    "issued a statement saying"), that verb: its subject is who declared."""
    paper = declare.head
    if declare.dep_ == "acl" and declare.tag_ == "VBG" and paper.dep_ == "dobj" and paper.head.pos_ == "VERB":
        return paper.head
    return declare
