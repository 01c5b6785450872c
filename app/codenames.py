"""Code names: how people are named in everything that leaves the vault.

A note refers to a person with a link, ``[[person:12]]`` (12 is the person's number in this
vault). Inside the vault the link shows the person's real name. In every export (PDF) and in
every packet sealed to anyone outside the person's own working groups it becomes the person's
code name, or ``[name withheld]`` when they have none: a real name never leaves by a link.
Names typed out in full are not links and are not changed here (the PDF export's neutral labels
cover those for non-attributable records; see docs/need-to-know.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.contacts import clean_name
from app.errors import InvalidInput, translated
from app.vault import OpenVault
from storage import errors as storage_errors
from storage import ledger as store
from storage import records as rec
from storage.db import Database

LINK = re.compile(r"\[\[person:([0-9]{1,12})\]\]")
WITHHELD = "[name withheld]"
UNKNOWN = "[unknown person]"
MAX_CODE_NAME = 60


def link(person_id: int) -> str:
    """The link text that refers to a person in a note."""
    return f"[[person:{int(person_id)}]]"


def linked_people(text: str) -> set[int]:
    return {int(m.group(1)) for m in LINK.finditer(text)}


def set_code_name(vault: OpenVault, person_id: int, name: str) -> str:
    """Give a person a code name ("" removes it). It may not be anyone's real name."""
    name = clean_name(name) if name.strip() else ""
    if len(name) > MAX_CODE_NAME:
        raise InvalidInput("a code name has at most {limit} characters", limit=MAX_CODE_NAME)
    if LINK.search(name) or "[[" in name:
        raise InvalidInput("a code name cannot contain a link")
    with translated(), vault.storage.db.transaction() as db:
        rec.get(db, rec.PEOPLE, person_id)
        if name:
            for person in rec.list_all(db, rec.PEOPLE, limit=1_000_000):
                if person.name.casefold() == name.casefold():
                    raise InvalidInput("a code name cannot be the real name of someone here")
        try:
            store.set_code_name(db, person_id, name)
        except storage_errors.StorageError:
            raise InvalidInput("another person already has this code name") from None
    return name


def code_name(vault: OpenVault, person_id: int) -> str:
    with translated():
        return store.code_name(vault.storage.db, person_id)


def _real_name(db: Database, person_id: int) -> str:
    try:
        return rec.get(db, rec.PEOPLE, person_id).name
    except storage_errors.NotFound:
        return UNKNOWN


def render_inside(vault: OpenVault, text: str) -> str:
    """The text as the vault's owner reads it: every link shows the real name."""
    with translated():
        db = vault.storage.db
        return LINK.sub(lambda m: _real_name(db, int(m.group(1))), text)


def _is_insider(db: Database, person_id: int, recipient_person_ids: set[int]) -> bool:
    """Every recipient shares a working group with the person (or is the person)."""
    own = store.groups_of_person(db, person_id)
    for rid in recipient_person_ids:
        if rid == person_id:
            continue
        if not own & store.groups_of_person(db, rid):
            return False
    return True


def render_outside(
    vault: OpenVault, text: str, recipient_person_ids: Iterable[int] | None = None
) -> str:
    """The text as it leaves the vault.

    ``recipient_person_ids`` None: an export, read by anyone: every link becomes the code name.
    Otherwise the people a packet is sealed to: a link shows the real name only when every one
    of them shares a working group with the linked person.
    """
    recipients = None if recipient_person_ids is None else set(recipient_person_ids)
    with translated():
        db = vault.storage.db
        names = store.code_names(db)

        def outside(match: re.Match[str]) -> str:
            pid = int(match.group(1))
            real = _real_name(db, pid)
            if real == UNKNOWN:
                return UNKNOWN
            if recipients is not None and _is_insider(db, pid, recipients):
                return real
            return names.get(pid) or WITHHELD

        return LINK.sub(outside, text)
