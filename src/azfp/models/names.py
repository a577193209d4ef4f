"""Names of things in several languages, with acronyms, aliases and dated former names."""

from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints

from azfp.dates import PartialDate
from azfp.models.base import Model, Sources

__all__ = ["Acronyms", "FormerName", "Language", "Names"]

Name = Annotated[str, StringConstraints(min_length=1, strip_whitespace=False)]
Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]


class Names(Model):
    """A name in English, Azerbaijani and Russian (and Turkish where useful).

    Azerbaijani names are written in the Latin alphabet of 1991 (ə, ı, ş, ç, ğ, ö, ü), Russian
    names in Cyrillic.

    Examples:
        >>> Names(en="United Nations", az="Birləşmiş Millətlər Təşkilatı").az
        'Birləşmiş Millətlər Təşkilatı'
    """

    en: Name
    az: Name | None = None
    ru: Name | None = None
    tr: Name | None = None

    def items(self) -> tuple[tuple[str, str], ...]:
        """The names that are known, as (language, name) pairs."""
        return tuple((lang, name) for lang, name in self if isinstance(name, str))


class Acronyms(Model):
    """Acronyms or short names per language, the usual one first.

    Examples:
        >>> Acronyms(en=("UN",), ru=("ООН",)).ru
        ('ООН',)
    """

    en: tuple[Name, ...] = ()
    az: tuple[Name, ...] = ()
    ru: tuple[Name, ...] = ()
    tr: tuple[Name, ...] = ()

    def all(self) -> tuple[str, ...]:
        """Every acronym in every language."""
        return self.en + self.az + self.ru + self.tr


class FormerName(Model):
    """A name a thing used to have, with the period it was used in.

    Attributes:
        name: the former name.
        language: its language.
        acronym: its acronym then, if any.
        start: the first day it was used, where known.
        end: the first day it was no longer used (the renaming), where known.
        sources: who records the renaming.
    """

    name: Name
    language: Language = "en"
    acronym: Name | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    sources: Sources
