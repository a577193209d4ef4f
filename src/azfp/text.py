"""Name normalisation: the key under which names are indexed and looked up.

Two spellings a reader would call the same name give the same key: case and accents are
folded, the Azerbaijani letters are folded to plain Latin (ə to e, ı and İ to i, ş to s, ç to c,
ğ to g, ö to o, ü to u), Cyrillic ё to е, and punctuation becomes a single space. English
transliterates Azerbaijani x, ç, ş and ğ with the digraphs kh, ch, sh and gh, so those digraphs are
folded to one letter as well: "Naxçıvan" and "Nakhchivan" share the key "naxcivan", "Şuşa" and
"Shusha" the key "susa", and "İSLAM", "Islam" and "islam" the key "islam".
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that Unicode decomposition does not fold to ASCII: Azerbaijani schwa, the dotless i,
# and a few Latin letters with a stroke. Capital dotted İ lowercases to "i" + U+0307, which the
# accent stripping below removes, so it needs no entry of its own.
_FOLD = str.maketrans(
    {
        "ə": "e",
        "Ə": "e",
        "ı": "i",
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "ß": "ss",
        "ё": "е",
        "Ё": "е",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
    }
)


_DIGRAPH = re.compile("kh|ch|sh|gh")
_DIGRAPH_LETTER = {"kh": "x", "ch": "c", "sh": "s", "gh": "g"}


def _fold_digraphs(key: str) -> str:
    # Folding can create a new digraph ("kchh" -> "kch"), so repeat until nothing changes; each
    # pass shortens the key, so this ends, and the result is a fixed point (idempotence).
    while True:
        folded = _DIGRAPH.sub(lambda m: _DIGRAPH_LETTER[m.group()], key)
        if folded == key:
            return key
        key = folded


_ASCII_SEPARATORS = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """Return the comparison key of a name.

    The key is lower case, without accents or apostrophes, with the digraphs kh, ch, sh and gh
    folded to one letter, every run of punctuation or white space turned into one space, and
    trimmed. Applying it twice changes nothing.

    Args:
        text: any name, acronym or code.

    Returns:
        The normalised key (possibly empty).

    Examples:
        >>> normalize("Naxçıvan") == normalize("Nakhchivan")
        True
        >>> normalize("  İSLAM ")
        'islam'
    """
    if text.isascii():
        # The same result as the general path below, without Unicode decomposition: ASCII has
        # no accents, and its only folded character is the apostrophe.
        spaced = _ASCII_SEPARATORS.sub(" ", text.lower().replace("'", ""))
        return _fold_digraphs(spaced.strip())
    key = _fold_once(text)
    # Compatibility characters can fold to letters that fold again ("𝐀" -> "A" -> "a"), so
    # repeat until nothing changes (two or three passes at most in practice).
    for _ in range(8):
        again = _fold_once(key)
        if again == key:
            break
        key = again
    return key


def _fold_once(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = unicodedata.normalize("NFKD", folded.casefold().translate(_FOLD))
    out: list[str] = []
    space = False
    for char in folded:
        category = unicodedata.category(char)
        if category.startswith("M") or char == "'":
            continue
        if category.startswith(("L", "N")):
            if space and out:
                out.append(" ")
            space = False
            out.append(char)
        else:
            space = True
    return _fold_digraphs("".join(out))


def trigrams(key: str) -> frozenset[str]:
    """Return the character trigrams of a normalised key, padded at both ends.

    Args:
        key: a key made by :func:`normalize`.

    Returns:
        The set of three-character windows of ``" " + key + " "``.

    Examples:
        >>> sorted(trigrams("un"))
        [' un', 'un ']
    """
    padded = f" {key} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))
