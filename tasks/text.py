"""Decoding bytes and normalising article text.

Two views of a text exist. The *stored* text (``documents.text``) is UTF-8 with
line endings, BOMs, non-breaking and zero-width spaces normalised, fullwidth
ASCII forms read as ASCII and bidirectional controls removed; every character offset in the warehouse points
into it. The *NLP view* is the same length as the stored text, with curly
quotes, dashes and odd spaces mapped one character to one character, and
boilerplate lines blanked, so that offsets found on it are offsets into the
stored text.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache
from importlib import resources


class DecodeError(ValueError):
    """Bytes that are not text."""

    def __init__(self, error_class: str, message: str):
        super().__init__(message)
        self.error_class = error_class


MAX_BAD_BYTE_RATIO = 0.01
CHARSET_SCAN_BYTES = 4096  # a page declares its charset in its head, as browsers look for it in the first 1024 bytes
_DECLARED_CHARSET = re.compile(rb"""<meta\b[^<>]*?charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.I)  # <meta charset>, http-equiv
# A page cannot declare UTF-16 or UTF-32 in its own bytes (HTML reads such a declaration as UTF-8): with its BOM or
# its NUL bytes it is read as such before any declaration, without them a declaration would turn ASCII into CJK.
_NOT_DECLARABLE = ("utf-16", "utf-32", "utf_16", "utf_32")
_FALLBACK_CHARSETS = {"utf-8", "ascii", "iso8859-1", "cp1252"}  # read as decode() reads undeclared bytes (Latin-1 as browsers do)
MAX_CONTROL_RATIO = 0.01
UTF16_MIN_NUL_SHARE = 0.05  # of the pairs of UTF-16 text in a non-Latin script, its spaces and punctuation alone are more

# Invisible characters leave the stored text, so that no offset ever points past one
# and no name is cut by one: zero-width spaces and joiners, soft hyphens, and the
# bidirectional controls (marks, embeddings, overrides, isolates) that right-to-left
# sources leave inside words ("Khar\u200fkiv"). The NLP view must keep the stored
# text's length, so it could only turn them into some other character inside the word.
_BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad" + _BIDI), None)
_SPACES = {ord(c): " " for c in "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000\t\v\f"}
# Control characters that JSON strings and Latin-1 text can carry ("\u0000", an ANSI colour code, NEL) are spaces:
# kept, "troops\x00 withdrew" is no phrase the parser or a rule reads.
_SPACES |= {c: " " for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)] if chr(c) not in "\n\r"}
# Fullwidth forms of ASCII (U+FF01-FF5E: "ＴＲＯＯＰＳ", "Ｋｙｉｖ，" from East Asian input methods) are ASCII in
# another width, each one character for one as NFKC maps them: the stored text has the ASCII, so that the
# language model and the rules read the words. Only this block: NFKC as a whole would also rewrite ligatures,
# superscripts, fractions and ellipses, which the source wrote as it meant them.
_FULLWIDTH = {0xFF01 + i: 0x21 + i for i in range(0x5E)}
_NLP_VIEW = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    }
)


# UTF-32's before UTF-16's: the little-endian UTF-32 BOM (FF FE 00 00) starts with UTF-16's (FF FE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` for article bytes, or raise :class:`DecodeError`.

    UTF-8 (with or without BOM), UTF-16 and UTF-32 with BOM are read as such, and so is UTF-16 without BOM
    (:func:`_utf16_without_bom`); bytes that
    are not UTF-8 are read in the ``declared`` charset (a page's ``<meta>``) when
    it reads them; UTF-8 with a few bad bytes keeps its text (bad bytes become
    U+FFFD); anything else that looks like text is read as Windows-1252 / Latin-1.
    """
    if not data.strip():
        raise DecodeError("empty", "file is empty or whitespace only")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(name)), name
            except UnicodeDecodeError as exc:
                raise DecodeError("binary", f"bad {name} text: {exc.reason}") from None
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise DecodeError("binary", "file holds NUL bytes: not a text file")
        return _checked(data.decode(codec)), codec
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared is not None and declared not in _FALLBACK_CHARSETS:
        try:
            return _checked(data.decode(declared)), declared
        except UnicodeError:  # idna and punycode raise their own
            pass
    lossy = data.decode("utf-8", errors="replace")
    bad = lossy.count("\ufffd")
    if bad <= max(1, MAX_BAD_BYTE_RATIO * len(lossy)) and _utf8_share(data) > 0:
        return _checked(lossy), "utf-8 (repaired)"
    return _checked(_decode_cp1252(data)), "windows-1252"


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for UTF-16 bytes saved without a BOM, else None.

    Text in UTF-16 has a NUL byte in every other position wherever it writes ASCII or Latin-1 (spaces,
    punctuation, line breaks at least): NUL bytes on one side of each pair, none on the other. The decoded
    text must also hold no surrogate halves and no unassigned or private characters, as noise read in pairs does.
    """
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    pairs = len(data) // 2
    if min(even, odd) or max(even, odd) < UTF16_MIN_NUL_SHARE * pairs:
        return None
    codec = "utf-16-le" if odd else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    odd_chars = sum(1 for c in text if unicodedata.category(c) in ("Cn", "Co", "Cs"))
    return codec if odd_chars <= MAX_BAD_BYTE_RATIO * len(text) else None


def declared_charset(markup: bytes) -> str | None:
    """The charset a page's ``<meta>`` declares in its first bytes, by Python's name for it; None when none or unknown."""
    m = _DECLARED_CHARSET.search(markup[:CHARSET_SCAN_BYTES])
    label = m.group(1).decode("ascii") if m else None
    codec = _codec(label) or _codec(label[2:]) if label and label.lower().startswith("x-") else _codec(label)  # x-mac-roman
    if codec is None or not getattr(codec, "_is_text_encoding", True):  # Python's base64, rot13, zlib: no charsets
        return None
    return None if codec.name.startswith(_NOT_DECLARABLE) else codec.name


def _codec(label: str | None) -> codecs.CodecInfo | None:
    try:
        return codecs.lookup(label) if label else None
    except LookupError:
        return None


def _utf8_share(data: bytes) -> int:
    """How many well-formed multi-byte UTF-8 sequences the bytes hold."""
    return len(re.findall(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}", data))


def _decode_cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; Latin-1 does not
        return data.decode("latin-1")


def _checked(text: str) -> str:
    if not text.strip():
        raise DecodeError("empty", "file is empty or whitespace only")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t")
    if controls > MAX_CONTROL_RATIO * len(text):
        raise DecodeError("binary", f"{controls} control characters in {len(text)}: not a text file")
    return text


def fold_width(text: str) -> str:
    """``text`` with fullwidth ASCII forms as ASCII (the same length)."""
    return text.translate(_FULLWIDTH)


def normalise(text: str) -> str:
    """The stored form of an article text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_ZERO_WIDTH).translate(_SPACES)
    text = fold_width(text)
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# Linear on any input: a quantified part never crosses the character that opens
# another attempt of its rule ("[" for links, "(" for their targets, the same
# emphasis mark, "<"), so no character is read by more than a few attempts; and
# line-anchored rules match spaces, not line breaks.
_TARGET = r"\((?:[^()]|\([^()]*\))*\)"  # a link's target, with one level of parentheses: wiki/Foo_(bar)
_MD_RULES = [
    (re.compile(r"!\[([^\[\]]*)\]" + _TARGET), r"\1"),  # images: keep alt text
    (re.compile(r"\[([^\[\]]+)\]" + _TARGET), r"\1"),  # links: keep the words
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*", re.M), ""),  # headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M), ""),  # list markers
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M), ""),  # rules
    (re.compile(r"(\*\*|__)((?:(?!\1).)+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])([*_])(?!\s)((?:(?!\1).)+?)(?<!\s)\1(?![\w*])"), r"\2"),  # italics
    (re.compile(r"`([^`]*)`"), r"\1"),  # code
    (re.compile(r"<[^<>\n]+>"), ""),  # inline html
]


def strip_markdown(text: str) -> str:
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern[str]:
    raw = resources.files("tasks").joinpath("data/boilerplate.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    return re.compile("|".join(f"(?:{line})" for line in lines), re.I)


def is_boilerplate(line: str) -> bool:
    """True for site furniture: sign-up prompts, share buttons, icon names."""
    return bool(_boilerplate().search(line))


def nlp_view(text: str) -> str:
    """Same length as ``text``: typographic characters mapped, boilerplate blanked."""
    out = []
    for line in text.translate(_NLP_VIEW).split("\n"):
        out.append(" " * len(line) if line.strip() and is_boilerplate(line) else line)
    return "\n".join(out)
