"""Claims of app/records.py: dialogues, sessions (rounds), people, notes and working groups."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import audit, records
from app.errors import InvalidInput, RecordNotFound
from app.vault import OpenVault

ARABIC = "حوار المسار الثاني حول تقاسم المياه"
CHINESE = "第二轨道对话：水资源共享的非正式文件"  # noqa: RUF001 (fullwidth colon on purpose)
EMOJI = "🕊️ 🤝 👩🏽‍⚖️ 🇳🇴"
MIXED = "الاتفاق on water sharing — المياه 2024 (draft ٣) עברית"
#: "é" written as e + combining acute (NFD), with bidi marks and a zero-width joiner.
DECOMPOSED = "Ame\u0301lie \u200fقال\u200e \u200d"  # noqa: RUF001


def _entries(vault: OpenVault) -> list[audit.AuditEntry]:
    return audit.entries(vault, limit=100_000)


def _count(vault: OpenVault) -> int:
    return len(_entries(vault))


# -- dialogues -------------------------------------------------------------------------------


def test_dialogue_add_get_edit_list(vault: OpenVault) -> None:
    added = records.add_dialogue(
        vault, "  Water sharing  ", description="Upstream and downstream", goal="Resolution"
    )
    assert added.title == "Water sharing"
    assert added.goal == "resolution"
    assert added.status == "active"
    assert records.get_dialogue(vault, added.id) == added

    edited = records.edit_dialogue(vault, added.id, status="paused", goal="transformation")
    assert (edited.title, edited.status, edited.goal) == (
        "Water sharing",
        "paused",
        "transformation",
    )
    assert edited.uid == added.uid
    assert records.get_dialogue(vault, added.id) == edited

    other = records.add_dialogue(vault, "Prisoner exchange")
    assert {d.id for d in records.list_dialogues(vault)} == {added.id, other.id}


def test_dialogue_goal_may_be_left_empty(vault: OpenVault) -> None:
    assert records.add_dialogue(vault, "Untyped").goal == ""


# -- sessions --------------------------------------------------------------------------------


def test_session_add_get_edit_list(vault: OpenVault) -> None:
    dialogue = records.add_dialogue(vault, "Water sharing")
    session = records.add_session(
        vault, dialogue.id, starts_on="2024-03-05", place="Oslo", mode="hybrid", title="Round"
    )
    assert (session.dialogue_id, session.starts_on, session.place, session.mode) == (
        dialogue.id,
        "2024-03-05",
        "Oslo",
        "hybrid",
    )
    assert records.get_session(vault, session.id) == session

    edited = records.edit_session(vault, session.id, place="Geneva", summary="Slow start")
    assert (edited.place, edited.summary, edited.round_no) == ("Geneva", "Slow start", 1)
    assert records.list_sessions(vault, dialogue.id) == [edited]
    assert records.list_sessions(vault) == [edited]


def test_session_mode_accepts_spaces_and_dashes(vault: OpenVault) -> None:
    dialogue = records.add_dialogue(vault, "D")
    assert records.add_session(vault, dialogue.id, mode="In Person").mode == "in_person"
    assert records.add_session(vault, dialogue.id, mode="in-person").mode == "in_person"


def test_round_numbers_go_1_2_3_per_dialogue_and_restart_for_another(vault: OpenVault) -> None:
    first = records.add_dialogue(vault, "First")
    second = records.add_dialogue(vault, "Second")
    rounds_first = [records.add_session(vault, first.id).round_no for _ in range(3)]
    rounds_second = [records.add_session(vault, second.id).round_no for _ in range(2)]
    assert rounds_first == [1, 2, 3]
    assert rounds_second == [1, 2]
    assert [s.round_no for s in records.list_sessions(vault, first.id)] == [1, 2, 3]
    assert [s.round_no for s in records.list_sessions(vault, second.id)] == [1, 2]


def test_rounds_of_every_dialogue_are_listed_past_two_hundred(vault: OpenVault) -> None:
    # 'session list' without --dialogue used to stop at the first 200 rounds, silently.
    first = records.add_dialogue(vault, "First")
    second = records.add_dialogue(vault, "Second")
    with vault.storage.db.transaction():
        for _ in range(130):
            records.add_session(vault, second.id)
            records.add_session(vault, first.id)
    every = records.list_sessions(vault)
    assert len(every) == 260
    assert [(s.dialogue_id, s.round_no) for s in every] == [
        *((first.id, n) for n in range(1, 131)),
        *((second.id, n) for n in range(1, 131)),
    ]
    assert len(records.list_sessions(vault, second.id)) == 130


def test_navigation_holds_every_dialogue_with_its_rounds_in_order(vault: OpenVault) -> None:
    with vault.storage.db.transaction():
        dialogues = [records.add_dialogue(vault, f"Dialogue {i:03}") for i in range(205)]
        for dialogue in dialogues[::3]:  # a third of them have rounds, two each
            records.add_session(vault, dialogue.id, place="Oslo")
            records.add_session(vault, dialogue.id, place="Geneva")

    shown = records.navigation(vault)

    expected = [
        (d, records.list_sessions(vault, d.id))
        for d in records.list_dialogues(vault, limit=records.NO_LIMIT)
    ]
    assert shown == expected
    assert len(shown) == 205
    newest_first = sorted(dialogues, key=lambda d: (d.updated_at, d.id), reverse=True)
    assert [d.id for d, _ in shown] == [d.id for d in newest_first]
    with_rounds = [(d.id, [(s.round_no, s.place) for s in rounds]) for d, rounds in shown if rounds]
    assert len(with_rounds) == 69
    assert all(rounds == [(1, "Oslo"), (2, "Geneva")] for _, rounds in with_rounds)
    assert {d.id for d, rounds in shown if not rounds} == {d.id for d in dialogues[1::3]} | {
        d.id for d in dialogues[2::3]
    }


def test_attendance_is_set_listed_by_name_and_replaced_on_edit(vault: OpenVault) -> None:
    dialogue = records.add_dialogue(vault, "D")
    zara = records.add_person(vault, "Zara")
    amal = records.add_person(vault, "amal")
    boris = records.add_person(vault, "Boris")
    session = records.add_session(vault, dialogue.id, attendee_ids=[zara.id, amal.id, zara.id])
    assert [p.name for p in records.session_attendance(vault, session.id)] == ["amal", "Zara"]

    records.edit_session(vault, session.id, attendee_ids=[boris.id])
    assert [p.id for p in records.session_attendance(vault, session.id)] == [boris.id]

    records.edit_session(vault, session.id, place="Vienna")
    assert [p.id for p in records.session_attendance(vault, session.id)] == [boris.id]


def test_session_with_an_unknown_attendee_is_not_stored(vault: OpenVault) -> None:
    dialogue = records.add_dialogue(vault, "D")
    before = _count(vault)
    with pytest.raises(RecordNotFound):
        records.add_session(vault, dialogue.id, attendee_ids=[999])
    assert records.list_sessions(vault, dialogue.id) == []
    assert _count(vault) == before
    assert records.add_session(vault, dialogue.id).round_no == 1


# -- people ----------------------------------------------------------------------------------


def test_person_add_get_edit_list(vault: OpenVault) -> None:
    person = records.add_person(
        vault,
        "Farida Haddad",
        affiliation="Former deputy minister",
        side="A",
        track="1.5",
        proximity="advises the negotiating team",
        contact="Signal only",
        attribution="named",
        notes="Prefers mornings",
    )
    assert (person.track, person.attribution) == ("1.5", "named")
    assert records.get_person(vault, person.id) == person

    edited = records.edit_person(vault, person.id, attribution="off-record", track="2")
    assert (edited.attribution, edited.track, edited.name) == ("off_record", "2", "Farida Haddad")
    assert records.list_people(vault) == [edited]


def test_people_default_to_chatham_house(vault: OpenVault) -> None:
    assert records.add_person(vault, "Someone").attribution == "chatham_house"


def test_people_are_listed_by_name_ignoring_case(vault: OpenVault) -> None:
    for name in ["yusuf", "Bilal", "Ana", "carmen", "Zeynep"]:
        records.add_person(vault, name)
    assert [p.name for p in records.list_people(vault)] == [
        "Ana",
        "Bilal",
        "carmen",
        "yusuf",
        "Zeynep",
    ]


# -- notes -----------------------------------------------------------------------------------


def test_note_add_get_edit_list(vault: OpenVault) -> None:
    dialogue = records.add_dialogue(vault, "D")
    note = records.add_note(
        vault, "Respect means recognition of losses.", title="Unpacking", dialogue_id=dialogue.id
    )
    assert (note.dialogue_id, note.session_id, note.kind) == (dialogue.id, None, "general")
    assert records.get_note(vault, note.id) == note

    edited = records.edit_note(vault, note.id, kind="content", body="Revised.")
    assert (edited.kind, edited.body, edited.title) == ("content", "Revised.", "Unpacking")
    assert records.list_notes(vault, dialogue_id=dialogue.id) == [edited]


def test_notes_default_to_not_attributable(vault: OpenVault) -> None:
    note = records.add_note(vault, "Someone said something brave.")
    assert note.attributable is False
    assert records.get_note(vault, note.id).attributable is False
    assert records.add_note(vault, "Agreed to be named.", attributable=True).attributable is True


def test_loose_note_has_neither_dialogue_nor_session(vault: OpenVault) -> None:
    note = records.add_note(vault, "Idea for a venue.")
    assert (note.dialogue_id, note.session_id) == (None, None)


def test_note_added_with_a_session_gets_that_sessions_dialogue(vault: OpenVault) -> None:
    records.add_dialogue(vault, "Decoy")
    dialogue = records.add_dialogue(vault, "Real")
    session = records.add_session(vault, dialogue.id)
    note = records.add_note(vault, "Coffee-break remark.", session_id=session.id)
    assert (note.dialogue_id, note.session_id) == (dialogue.id, session.id)
    assert records.list_notes(vault, dialogue_id=dialogue.id) == [note]
    assert records.list_notes(vault, session_id=session.id) == [note]


def test_note_with_a_session_of_another_dialogue_is_refused_and_not_stored(
    vault: OpenVault,
) -> None:
    first = records.add_dialogue(vault, "First")
    second = records.add_dialogue(vault, "Second")
    session = records.add_session(vault, first.id)
    with pytest.raises(InvalidInput, match="another dialogue"):
        records.add_note(vault, "Misfiled", dialogue_id=second.id, session_id=session.id)
    assert records.list_notes(vault) == []


def test_notes_are_listed_newest_first(vault: OpenVault) -> None:
    ids = [records.add_note(vault, f"Note {i}").id for i in range(5)]
    assert [n.id for n in records.list_notes(vault)] == list(reversed(ids))


def test_list_notes_filters_by_session_then_dialogue(vault: OpenVault) -> None:
    dialogue = records.add_dialogue(vault, "D")
    s1 = records.add_session(vault, dialogue.id)
    s2 = records.add_session(vault, dialogue.id)
    in_s1 = records.add_note(vault, "one", session_id=s1.id)
    in_s2 = records.add_note(vault, "two", session_id=s2.id)
    on_dialogue = records.add_note(vault, "three", dialogue_id=dialogue.id)
    loose = records.add_note(vault, "four")
    assert [n.id for n in records.list_notes(vault, session_id=s1.id)] == [in_s1.id]
    assert {n.id for n in records.list_notes(vault, dialogue_id=dialogue.id)} == {
        in_s1.id,
        in_s2.id,
        on_dialogue.id,
    }
    assert len(records.list_notes(vault)) == 4
    assert loose.id in {n.id for n in records.list_notes(vault)}


# -- working groups --------------------------------------------------------------------------


def test_group_add_get_list_with_members_in_name_order(vault: OpenVault) -> None:
    dialogue = records.add_dialogue(vault, "D")
    yara = records.add_person(vault, "Yara", side="A")
    david = records.add_person(vault, "david", side="B")
    lina = records.add_person(vault, "Lina", side="A")
    group = records.add_group(
        vault, "Drafting team", [yara.id, lina.id, david.id], "Two-person text", dialogue.id
    )
    assert group.member_ids == (david.id, lina.id, yara.id)
    assert (group.dialogue_id, group.description) == (dialogue.id, "Two-person text")
    assert records.get_group(vault, group.id) == group

    records.add_group(vault, "annex working group", [])
    assert [g.name for g in records.list_groups(vault)] == ["annex working group", "Drafting team"]


def test_set_group_members_replaces_the_members(vault: OpenVault) -> None:
    a = records.add_person(vault, "Aziz")
    b = records.add_person(vault, "Bea")
    c = records.add_person(vault, "Chen")
    group = records.add_group(vault, "Security", [a.id, b.id])
    changed = records.set_group_members(vault, group.id, [c.id, a.id, c.id])
    assert changed.member_ids == (a.id, c.id)
    assert records.get_group(vault, group.id).member_ids == (a.id, c.id)
    assert records.set_group_members(vault, group.id, []).member_ids == ()


def test_group_with_an_unknown_member_is_not_stored(vault: OpenVault) -> None:
    a = records.add_person(vault, "Aziz")
    with pytest.raises(RecordNotFound):
        records.add_group(vault, "G", [a.id, 999])
    assert records.list_groups(vault) == []


def test_set_group_members_with_an_unknown_member_keeps_the_old_members(vault: OpenVault) -> None:
    a = records.add_person(vault, "Aziz")
    group = records.add_group(vault, "G", [a.id])
    with pytest.raises(RecordNotFound):
        records.set_group_members(vault, group.id, [999])
    assert records.get_group(vault, group.id).member_ids == (a.id,)


# -- invalid input ---------------------------------------------------------------------------


def _dialogue_id(vault: OpenVault) -> int:
    return records.add_dialogue(vault, "D").id


INVALID_CHOICES: list[tuple[str, Callable[[OpenVault], Any], tuple[str, ...]]] = [
    (
        "goal",
        lambda v: records.add_dialogue(v, "D", goal="peace"),
        ("management", "resolution", "transformation"),
    ),
    (
        "status",
        lambda v: records.edit_dialogue(v, _dialogue_id(v), status="archived"),
        ("active", "paused", "closed"),
    ),
    (
        "mode",
        lambda v: records.add_session(v, _dialogue_id(v), mode="zoom"),
        ("in_person", "remote", "hybrid"),
    ),
    ("track", lambda v: records.add_person(v, "P", track="4"), ("1", "1.5", "2", "3")),
    (
        "attribution",
        lambda v: records.add_person(v, "P", attribution="anonymous"),
        ("named", "chatham_house", "off_record"),
    ),
    ("kind", lambda v: records.add_note(v, "body", kind="gossip"), records.NOTE_KINDS),
]


@pytest.mark.parametrize(
    ("field", "call", "allowed"), INVALID_CHOICES, ids=[c[0] for c in INVALID_CHOICES]
)
def test_invalid_choice_raises_invalid_input_naming_the_allowed_values(
    vault: OpenVault, field: str, call: Callable[[OpenVault], Any], allowed: tuple[str, ...]
) -> None:
    with pytest.raises(InvalidInput) as caught:
        call(vault)
    message = str(caught.value)
    for value in allowed:
        assert value in message, f"{value!r} missing from {message!r}"


@pytest.mark.parametrize("bad", ["2024-13-01", "2024-02-30", "next tuesday", "05/03/2024"])
def test_bad_session_date_raises_invalid_input(vault: OpenVault, bad: str) -> None:
    dialogue = records.add_dialogue(vault, "D")
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        records.add_session(vault, dialogue.id, starts_on=bad)
    assert records.list_sessions(vault, dialogue.id) == []


EMPTY_TEXT: list[tuple[str, Callable[[OpenVault], Any]]] = [
    ("dialogue title", lambda v: records.add_dialogue(v, "   ")),
    ("edited dialogue title", lambda v: records.edit_dialogue(v, _dialogue_id(v), title="")),
    ("person name", lambda v: records.add_person(v, "")),
    (
        "edited person name",
        lambda v: records.edit_person(v, records.add_person(v, "P").id, name=" "),
    ),
    ("group name", lambda v: records.add_group(v, "  ", [])),
]


@pytest.mark.parametrize(("what", "call"), EMPTY_TEXT, ids=[e[0] for e in EMPTY_TEXT])
def test_empty_title_or_name_raises_invalid_input(
    vault: OpenVault, what: str, call: Callable[[OpenVault], Any]
) -> None:
    with pytest.raises(InvalidInput, match="cannot be empty"):
        call(vault)


def test_title_longer_than_the_limit_raises_invalid_input(vault: OpenVault) -> None:
    with pytest.raises(InvalidInput, match="longer than"):
        records.add_dialogue(vault, "x" * (records.MAX_TITLE + 1))


UNKNOWN_IDS: list[tuple[str, Callable[[OpenVault], Any]]] = [
    ("get_dialogue", lambda v: records.get_dialogue(v, 999)),
    ("edit_dialogue", lambda v: records.edit_dialogue(v, 999, title="T")),
    ("get_session", lambda v: records.get_session(v, 999)),
    ("edit_session", lambda v: records.edit_session(v, 999, place="X")),
    ("add_session", lambda v: records.add_session(v, 999)),
    ("get_person", lambda v: records.get_person(v, 999)),
    ("edit_person", lambda v: records.edit_person(v, 999, name="N")),
    ("get_note", lambda v: records.get_note(v, 999)),
    ("edit_note", lambda v: records.edit_note(v, 999, body="B")),
    ("note_dialogue", lambda v: records.add_note(v, "B", dialogue_id=999)),
    ("note_session", lambda v: records.add_note(v, "B", session_id=999)),
    ("get_group", lambda v: records.get_group(v, 999)),
    ("set_group_members", lambda v: records.set_group_members(v, 999, [])),
    ("group_dialogue", lambda v: records.add_group(v, "G", [], dialogue_id=999)),
]


@pytest.mark.parametrize(("what", "call"), UNKNOWN_IDS, ids=[u[0] for u in UNKNOWN_IDS])
def test_unknown_id_raises_record_not_found_and_adds_no_audit_entry(
    vault: OpenVault, what: str, call: Callable[[OpenVault], Any]
) -> None:
    before = _count(vault)
    with pytest.raises(RecordNotFound, match="999"):
        call(vault)
    assert _count(vault) == before


# -- audit -----------------------------------------------------------------------------------


def test_every_change_adds_an_audit_entry_naming_the_uid_and_never_the_content(
    vault: OpenVault,
) -> None:
    markers = {
        "title": "MARKER-TITLE-d1a7",
        "description": "MARKER-DESC-8e02",
        "name": "MARKER-NAME-5c3b",
        "affiliation": "MARKER-AFFIL-71f0",
        "contact": "MARKER-CONTACT-aa19",
        "place": "MARKER-PLACE-4b6e",
        "summary": "MARKER-SUMMARY-0c8d",
        "body": "MARKER-BODY-93e4",
        "group": "MARKER-GROUP-2f57",
    }

    def change(call: Callable[[], Any], event: str) -> Any:
        before = _count(vault)
        result = call()
        entries = _entries(vault)
        assert len(entries) == before + 1, event
        assert entries[-1].event == event
        assert entries[-1].subject == result.uid
        return result

    d = change(
        lambda: records.add_dialogue(vault, markers["title"], markers["description"]),
        "dialogue.created",
    )
    change(
        lambda: records.edit_dialogue(vault, d.id, title=markers["title"] + "2"), "dialogue.edited"
    )
    p = change(
        lambda: records.add_person(
            vault, markers["name"], markers["affiliation"], contact=markers["contact"]
        ),
        "person.created",
    )
    change(lambda: records.edit_person(vault, p.id, name=markers["name"] + "2"), "person.edited")
    s = change(
        lambda: records.add_session(
            vault, d.id, place=markers["place"], summary=markers["summary"], attendee_ids=[p.id]
        ),
        "session.created",
    )
    change(
        lambda: records.edit_session(vault, s.id, place=markers["place"] + "2"), "session.edited"
    )
    n = change(
        lambda: records.add_note(vault, markers["body"], markers["title"], session_id=s.id),
        "note.created",
    )
    change(lambda: records.edit_note(vault, n.id, body=markers["body"] + "2"), "note.edited")
    g = change(lambda: records.add_group(vault, markers["group"], [p.id]), "group.created")
    change(lambda: records.set_group_members(vault, g.id, []), "group.members_changed")

    for entry in _entries(vault):
        text = " ".join((entry.event, entry.subject, entry.detail))
        for marker in markers.values():
            assert marker not in text
    assert audit.verify(vault).ok


# -- Unicode ---------------------------------------------------------------------------------

UNICODE_TEXTS = [ARABIC, CHINESE, EMOJI, MIXED, DECOMPOSED]


@pytest.mark.parametrize("text", UNICODE_TEXTS, ids=["arabic", "chinese", "emoji", "mixed", "nfd"])
def test_unicode_content_round_trips_byte_identical(vault: OpenVault, text: str) -> None:
    dialogue = records.add_dialogue(vault, text, description=text + "\n\n" + text)
    person = records.add_person(vault, text, affiliation=text, side=text, notes=text)
    session = records.add_session(vault, dialogue.id, place=text, summary=text, title=text)
    body = f"{text}\n  {text}  \n"
    note = records.add_note(vault, body, title=text, session_id=session.id)
    group = records.add_group(vault, text, [person.id], description=text)

    got_dialogue = records.get_dialogue(vault, dialogue.id)
    got_person = records.get_person(vault, person.id)
    got_session = records.get_session(vault, session.id)
    got_note = records.get_note(vault, note.id)
    got_group = records.get_group(vault, group.id)
    for value in (
        got_dialogue.title,
        got_person.name,
        got_person.affiliation,
        got_person.notes,
        got_session.place,
        got_session.summary,
        got_note.title,
        got_group.name,
        got_group.description,
    ):
        assert value.encode("utf-8") == text.encode("utf-8")
    assert got_dialogue.description.encode() == (text + "\n\n" + text).encode()
    assert got_note.body.encode("utf-8") == body.encode("utf-8")


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(body=st.text(min_size=1, max_size=300))
def test_any_note_body_round_trips_exactly(vault: OpenVault, body: str) -> None:
    note = records.add_note(vault, body)
    assert records.get_note(vault, note.id).body == body
