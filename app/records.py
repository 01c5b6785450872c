"""Use cases for the vault's records: dialogues, sessions (rounds), people, notes, working groups.

Every change runs in one transaction with its audit entry. Audit entries name the record's
uid, never its title or content.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from app.errors import InvalidInput, translated
from app.vault import OpenVault
from crypto.errors import Message
from storage import audit
from storage import records as rec
from storage.models import (
    Dialogue,
    Note,
    NoteSummary,
    Person,
    PersonChoice,
    Session,
    WorkingGroup,
)

#: For ``limit``: every row. Lists a user picks from or filters by must never stop at a page.
NO_LIMIT = -1

GOALS = ("", "management", "resolution", "transformation")
DIALOGUE_STATUSES = ("active", "paused", "closed")
SESSION_MODES = ("in_person", "remote", "hybrid")
TRACKS = ("", "1", "1.5", "2", "3")
#: named: agrees to be named; chatham_house: what they said may be used, not who said it;
#: off_record: neither their words nor their presence leave the vault.
ATTRIBUTIONS = ("named", "chatham_house", "off_record")
NOTE_KINDS = (
    "general",
    "process",
    "content",
    "option",
    "agreed",
    "question",
    "follow_up",
)
MAX_TITLE = 500
MAX_TEXT = 1_000_000

__all__ = [
    "Dialogue",
    "Note",
    "Person",
    "Session",
    "WorkingGroup",
    "add_dialogue",
    "add_group",
    "add_note",
    "add_person",
    "add_session",
    "edit_dialogue",
    "edit_note",
    "edit_person",
    "edit_session",
    "get_dialogue",
    "get_group",
    "get_note",
    "get_person",
    "get_session",
    "list_dialogues",
    "list_groups",
    "list_notes",
    "list_people",
    "list_sessions",
    "navigation",
    "session_attendance",
    "set_group_members",
]


def _choice(field: Message, value: object, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str):
        raise InvalidInput("{field} must be text", field=field)
    value = value.strip().lower().replace("-", "_").replace(" ", "_")
    if value not in allowed:
        shown = ", ".join(a for a in allowed if a) or Message("(none)")
        raise InvalidInput("{field} must be one of: {choices}", field=field, choices=shown)
    return value


def _text(field: Message, value: object, limit: int = MAX_TEXT, required: bool = False) -> str:
    if not isinstance(value, str):
        raise InvalidInput("{field} must be text", field=field)
    if required and not value.strip():
        raise InvalidInput("{field} cannot be empty", field=field)
    if len(value) > limit:
        raise InvalidInput("{field} is longer than {limit} characters", field=field, limit=limit)
    return value.strip() if limit == MAX_TITLE else value


def _date(field: Message, value: object) -> str:
    if not value:
        return ""
    if not isinstance(value, str):
        raise InvalidInput("{field} must be a date written YYYY-MM-DD", field=field)
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InvalidInput("{field} must be a date written YYYY-MM-DD", field=field) from None


def _known(fields: dict[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(fields) - set(allowed))
    if unknown:
        raise InvalidInput(
            "unknown field(s): {unknown}; known: {known}",
            unknown=", ".join(unknown),
            known=", ".join(allowed),
        )


def _log(vault: OpenVault, event: str, uid: str) -> None:
    audit.append(vault.storage.db, vault.storage.audit_key, event, subject=uid)


# -- dialogues -------------------------------------------------------------------------------


def _dialogue_values(fields: dict[str, Any]) -> dict[str, Any]:
    _known(fields, ("title", "description", "goal", "status"))
    out: dict[str, Any] = {}
    if "title" in fields:
        out["title"] = _text(Message("the title"), fields["title"], MAX_TITLE, required=True)
    if "description" in fields:
        out["description"] = _text(Message("the description"), fields["description"])
    if "goal" in fields:
        out["goal"] = _choice(Message("the goal"), fields["goal"], GOALS)
    if "status" in fields:
        out["status"] = _choice(Message("the status"), fields["status"], DIALOGUE_STATUSES)
    return out


def add_dialogue(
    vault: OpenVault, title: str, description: str = "", goal: str = "", status: str = "active"
) -> Dialogue:
    values = _dialogue_values(
        {"title": title, "description": description, "goal": goal, "status": status}
    )
    with translated(), vault.storage.db.transaction() as db:
        dialogue = rec.insert(db, rec.DIALOGUES, values)
        _log(vault, "dialogue.created", dialogue.uid)
    return dialogue


def edit_dialogue(vault: OpenVault, dialogue_id: int, **fields: Any) -> Dialogue:
    values = _dialogue_values(fields)
    with translated(), vault.storage.db.transaction() as db:
        dialogue = rec.update(db, rec.DIALOGUES, dialogue_id, values)
        _log(vault, "dialogue.edited", dialogue.uid)
    return dialogue


def get_dialogue(vault: OpenVault, dialogue_id: int) -> Dialogue:
    with translated():
        return rec.get(vault.storage.db, rec.DIALOGUES, dialogue_id)


def list_dialogues(vault: OpenVault, limit: int = 200, offset: int = 0) -> list[Dialogue]:
    with translated():
        return rec.list_all(vault.storage.db, rec.DIALOGUES, limit=limit, offset=offset)


# -- sessions --------------------------------------------------------------------------------


def _session_values(fields: dict[str, Any]) -> dict[str, Any]:
    _known(fields, ("title", "starts_on", "place", "mode", "summary"))
    out: dict[str, Any] = {}
    if "title" in fields:
        out["title"] = _text(Message("the title"), fields["title"], MAX_TITLE)
    if "starts_on" in fields:
        out["starts_on"] = _date(Message("the date"), fields["starts_on"])
    if "place" in fields:
        out["place"] = _text(Message("the place"), fields["place"], MAX_TITLE)
    if "mode" in fields:
        out["mode"] = _choice(Message("the mode"), fields["mode"], SESSION_MODES)
    if "summary" in fields:
        out["summary"] = _text(Message("the summary"), fields["summary"])
    return out


def add_session(
    vault: OpenVault,
    dialogue_id: int,
    starts_on: str = "",
    place: str = "",
    mode: str = "in_person",
    title: str = "",
    summary: str = "",
    attendee_ids: list[int] | None = None,
) -> Session:
    """Add a round to a dialogue; rounds are numbered 1, 2, 3… per dialogue."""
    values = _session_values(
        {"title": title, "starts_on": starts_on, "place": place, "mode": mode, "summary": summary}
    )
    with translated(), vault.storage.db.transaction() as db:
        rec.get(db, rec.DIALOGUES, dialogue_id)
        values["dialogue_id"] = dialogue_id
        values["round_no"] = rec.next_round(db, dialogue_id)
        session = rec.insert(db, rec.SESSIONS, values)
        if attendee_ids:
            for pid in attendee_ids:
                rec.get(db, rec.PEOPLE, pid)
            rec.set_attendance(db, session.id, attendee_ids)
        _log(vault, "session.created", session.uid)
    return session


def edit_session(
    vault: OpenVault, session_id: int, attendee_ids: list[int] | None = None, **fields: Any
) -> Session:
    values = _session_values(fields)
    with translated(), vault.storage.db.transaction() as db:
        session = rec.update(db, rec.SESSIONS, session_id, values)
        if attendee_ids is not None:
            for pid in attendee_ids:
                rec.get(db, rec.PEOPLE, pid)
            rec.set_attendance(db, session_id, attendee_ids)
        _log(vault, "session.edited", session.uid)
    return session


def get_session(vault: OpenVault, session_id: int) -> Session:
    with translated():
        return rec.get(vault.storage.db, rec.SESSIONS, session_id)


def list_sessions(vault: OpenVault, dialogue_id: int | None = None) -> list[Session]:
    """Every round of a dialogue, else of every dialogue, by dialogue then round number."""
    with translated():
        if dialogue_id is None:
            return rec.list_all(vault.storage.db, rec.SESSIONS, limit=NO_LIMIT)
        return rec.list_all(
            vault.storage.db, rec.SESSIONS, "dialogue_id = ?", (dialogue_id,), limit=NO_LIMIT
        )


def navigation(vault: OpenVault) -> list[tuple[Dialogue, list[Session]]]:
    """Every dialogue, in the order of :func:`list_dialogues`, with its rounds in order: what
    the navigation shows after an unlock, read in two queries however many dialogues there are
    (one query per dialogue held the Qt thread for milliseconds on a large vault)."""
    with translated():
        db = vault.storage.db
        dialogues = rec.list_all(db, rec.DIALOGUES, limit=NO_LIMIT)
        rounds: dict[int, list[Session]] = {d.id: [] for d in dialogues}
        for session in rec.list_all(db, rec.SESSIONS, limit=NO_LIMIT):
            if session.dialogue_id in rounds:  # else added after the first query: next reload
                rounds[session.dialogue_id].append(session)
    return [(d, rounds[d.id]) for d in dialogues]


def session_attendance(vault: OpenVault, session_id: int) -> list[Person]:
    with translated():
        db = vault.storage.db
        return [rec.get(db, rec.PEOPLE, pid) for pid in rec.attendance(db, session_id)]


# -- people ----------------------------------------------------------------------------------


#: The short free-text details of a person, and how an error message names each.
_PERSON_DETAILS = {
    "affiliation": Message("the affiliation"),
    "side": Message("the side"),
    "proximity": Message("the proximity"),
}


def _person_values(fields: dict[str, Any]) -> dict[str, Any]:
    _known(
        fields,
        ("name", "affiliation", "side", "track", "proximity", "contact", "attribution", "notes"),
    )
    out: dict[str, Any] = {}
    if "name" in fields:
        out["name"] = _text(Message("the name"), fields["name"], MAX_TITLE, required=True)
    for key, field in _PERSON_DETAILS.items():
        if key in fields:
            out[key] = _text(field, fields[key], MAX_TITLE)
    if "track" in fields:
        track = fields["track"].strip() if isinstance(fields["track"], str) else None
        if track not in TRACKS:
            raise InvalidInput("the track must be one of: 1, 1.5, 2, 3")
        out["track"] = track
    if "contact" in fields:
        out["contact"] = _text(Message("the contact details"), fields["contact"], 5000)
    if "attribution" in fields:
        out["attribution"] = _choice(
            Message("the attribution"), fields["attribution"], ATTRIBUTIONS
        )
    if "notes" in fields:
        out["notes"] = _text(Message("the notes"), fields["notes"])
    return out


def add_person(
    vault: OpenVault,
    name: str,
    affiliation: str = "",
    side: str = "",
    track: str = "",
    proximity: str = "",
    contact: str = "",
    attribution: str = "chatham_house",
    notes: str = "",
) -> Person:
    values = _person_values(
        {
            "name": name,
            "affiliation": affiliation,
            "side": side,
            "track": track,
            "proximity": proximity,
            "contact": contact,
            "attribution": attribution,
            "notes": notes,
        }
    )
    with translated(), vault.storage.db.transaction() as db:
        person = rec.insert(db, rec.PEOPLE, values)
        _log(vault, "person.created", person.uid)
    return person


def edit_person(vault: OpenVault, person_id: int, **fields: Any) -> Person:
    values = _person_values(fields)
    with translated(), vault.storage.db.transaction() as db:
        person = rec.update(db, rec.PEOPLE, person_id, values)
        _log(vault, "person.edited", person.uid)
    return person


def get_person(vault: OpenVault, person_id: int) -> Person:
    with translated():
        return rec.get(vault.storage.db, rec.PEOPLE, person_id)


def list_people(vault: OpenVault, limit: int = 200, offset: int = 0) -> list[Person]:
    with translated():
        return rec.list_all(vault.storage.db, rec.PEOPLE, limit=limit, offset=offset)


def every_person(vault: OpenVault) -> list[Person]:
    """Everyone, by name, whole records."""
    with translated():
        return rec.list_all(vault.storage.db, rec.PEOPLE, limit=NO_LIMIT)


def people_to_choose(vault: OpenVault) -> list[PersonChoice]:
    """Everyone, by name, for pickers (attendance, group members), which must never leave
    anyone out (a picker that showed the first 1,000 dropped the others' attendance on save)."""
    with translated():
        return rec.people_to_choose(vault.storage.db)


def person_names(vault: OpenVault, person_ids: Iterable[int]) -> dict[int, str]:
    """The names of these people (ids of people no longer in the vault are left out)."""
    with translated():
        return rec.person_names(vault.storage.db, person_ids)


def list_people_page(
    vault: OpenVault, after: Person | None = None, limit: int = 50
) -> list[Person]:
    """A page of the people list by name; pass the last person of a page as ``after`` for the
    next one; a page shorter than ``limit`` is the last."""
    with translated():
        return rec.list_people_page(vault.storage.db, after, limit)


# -- notes -----------------------------------------------------------------------------------


def _note_values(fields: dict[str, Any]) -> dict[str, Any]:
    _known(fields, ("title", "body", "kind", "attributable"))
    out: dict[str, Any] = {}
    if "title" in fields:
        out["title"] = _text(Message("the title"), fields["title"], MAX_TITLE)
    if "body" in fields:
        out["body"] = _text(Message("the note"), fields["body"])
    if "kind" in fields:
        out["kind"] = _choice(Message("the kind of note"), fields["kind"], NOTE_KINDS)
    if "attributable" in fields:
        if not isinstance(fields["attributable"], bool):
            raise InvalidInput("attributable must be true or false")
        out["attributable"] = 1 if fields["attributable"] else 0
    return out


def add_note(
    vault: OpenVault,
    body: str,
    title: str = "",
    dialogue_id: int | None = None,
    session_id: int | None = None,
    kind: str = "general",
    attributable: bool = False,
) -> Note:
    """Add a note to a dialogue or one of its sessions (or to neither: a loose note).

    Notes are not attributable unless said otherwise: the safe default under Chatham House.
    """
    values = _note_values(
        {"title": title, "body": body, "kind": kind, "attributable": attributable}
    )
    with translated(), vault.storage.db.transaction() as db:
        if session_id is not None:
            session = rec.get(db, rec.SESSIONS, session_id)
            if dialogue_id is not None and dialogue_id != session.dialogue_id:
                raise InvalidInput("that session belongs to another dialogue")
            dialogue_id = session.dialogue_id
        elif dialogue_id is not None:
            rec.get(db, rec.DIALOGUES, dialogue_id)
        values["dialogue_id"] = dialogue_id
        values["session_id"] = session_id
        note = rec.insert(db, rec.NOTES, values)
        _log(vault, "note.created", note.uid)
    return note


def edit_note(vault: OpenVault, note_id: int, **fields: Any) -> Note:
    values = _note_values(fields)
    with translated(), vault.storage.db.transaction() as db:
        note = rec.update(db, rec.NOTES, note_id, values)
        _log(vault, "note.edited", note.uid)
    return note


def get_note(vault: OpenVault, note_id: int) -> Note:
    with translated():
        return rec.get(vault.storage.db, rec.NOTES, note_id)


def list_notes(
    vault: OpenVault,
    dialogue_id: int | None = None,
    session_id: int | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[Note]:
    """Newest first; filtered by session, else by dialogue, else all."""
    with translated():
        db = vault.storage.db
        if session_id is not None:
            return rec.list_all(db, rec.NOTES, "session_id = ?", (session_id,), limit, offset)
        if dialogue_id is not None:
            return rec.list_all(db, rec.NOTES, "dialogue_id = ?", (dialogue_id,), limit, offset)
        return rec.list_all(db, rec.NOTES, limit=limit, offset=offset)


def list_note_summaries(
    vault: OpenVault,
    dialogue_id: int | None = None,
    session_id: int | None = None,
    after: NoteSummary | None = None,
    limit: int = 50,
) -> list[NoteSummary]:
    """A page of the notes list (title, kind, date, first line; no bodies), newest first;
    filtered by session, else by dialogue, else all. Pass the last row of a page as ``after``
    for the next one; a page shorter than ``limit`` is the last."""
    with translated():
        return rec.list_note_summaries(
            vault.storage.db, dialogue_id, session_id, after=after, limit=limit
        )


# -- working groups --------------------------------------------------------------------------


def add_group(
    vault: OpenVault,
    name: str,
    member_ids: list[int],
    description: str = "",
    dialogue_id: int | None = None,
) -> WorkingGroup:
    """A working group: a named subset of people (e.g. two from each side)."""
    name = _text(Message("the group name"), name, MAX_TITLE, required=True)
    description = _text(Message("the description"), description)
    with translated(), vault.storage.db.transaction() as db:
        if dialogue_id is not None:
            rec.get(db, rec.DIALOGUES, dialogue_id)
        for pid in member_ids:
            rec.get(db, rec.PEOPLE, pid)
        group = rec.insert_group(db, name, description, dialogue_id, member_ids)
        _log(vault, "group.created", group.uid)
    return group


def set_group_members(vault: OpenVault, group_id: int, member_ids: list[int]) -> WorkingGroup:
    with translated(), vault.storage.db.transaction() as db:
        group = rec.get_group(db, group_id)
        for pid in member_ids:
            rec.get(db, rec.PEOPLE, pid)
        rec.set_group_members(db, group_id, member_ids)
        _log(vault, "group.members_changed", group.uid)
        return rec.get_group(db, group_id)


def get_group(vault: OpenVault, group_id: int) -> WorkingGroup:
    with translated():
        return rec.get_group(vault.storage.db, group_id)


def list_groups(vault: OpenVault) -> list[WorkingGroup]:
    with translated():
        return rec.list_groups(vault.storage.db)
