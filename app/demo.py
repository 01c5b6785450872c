"""A throwaway demo vault: a fictional Track 2 dialogue a newcomer can explore at once.

Two sides of a (fictional) dispute over a shared river, an impartial facilitator, three rounds,
a two-person drafting team and its working group, notes of every kind, and a draft non-paper.
Every name, place and fact is invented.
"""

from __future__ import annotations

from pathlib import Path

from app import drafts, papers, records
from app.vault import CreatedVault, KdfParams, OpenVault, create_vault

#: The demo vault's passphrase. It guards only invented content, and is printed for the user.
DEMO_PASSPHRASE = "demo lantern orchard basalt river 2031"  # noqa: S105 (public on purpose)
DEMO_NAME = "Demo facilitator"

_NON_PAPER = """# Non-paper: principles for drought-year sharing (draft 2)

*Working text of the drafting pair. Not attributable; not for circulation.*

1. Both riparian communities have a legitimate claim to the river in every season.
2. In a declared drought year, releases follow a jointly monitored drought index.
3. A joint technical committee publishes gauge data within 48 hours.
4. Disputes go first to the committee, then to the facilitator's good offices.

**Open question:** who declares a drought year, and on which data?
"""


_DRAFT_1 = """1. Both riparian communities have a claim to the river.
2. In a drought year, releases are negotiated each month.
"""

_DRAFT_2 = """1. Both riparian communities have a legitimate claim to the river in every season.
2. In a declared drought year, releases follow a jointly monitored drought index.
3. A joint technical committee publishes gauge data within 48 hours.
"""


def fill(vault: OpenVault) -> None:
    """Add the fictional dialogue to ``vault`` (which should be empty)."""
    d = records.add_dialogue(
        vault,
        "Lower Selvan river dialogue",
        "An invented example: upstream and downstream communities of a shared river, "
        "meeting quietly since 2025 to explore how water could be shared in drought years.",
        "resolution",
    )
    side1 = [
        ("Ilse Varga", "Retired deputy minister of agriculture", "2", "named"),
        ("Tomas Orel", "Upstream irrigation board", "3", "chatham_house"),
        ("Mira Castell", "Adviser to the regional governor", "1.5", "off_record"),
    ]
    side2 = [
        ("Daud Hassani", "University of the Delta, hydrology", "2", "named"),
        ("Leyla Aram", "Downstream fishers' association", "3", "chatham_house"),
        ("Karim Sadeq", "Former negotiator, water ministry", "2", "chatham_house"),
    ]
    people = {}
    for side, group in (("Upstream (Side 1)", side1), ("Downstream (Side 2)", side2)):
        for name, affiliation, track, attribution in group:
            people[name] = records.add_person(
                vault,
                name,
                affiliation=affiliation,
                side=side,
                track=track,
                attribution=attribution,
                proximity="advises decision-makers" if track in ("1.5", "2") else "",
            )
    everyone = [p.id for p in people.values()]
    rounds = [
        ("2025-10-14", "Lake Orta", "in_person", "Opening workshop", everyone),
        ("2026-02-03", "Remote", "remote", "Data and trust", everyone[:2] + everyone[3:5]),
        ("2026-05-19", "Lake Orta", "in_person", "Options for drought years", everyone),
    ]
    sessions = [
        records.add_session(vault, d.id, when, place, mode, title, attendee_ids=attendees)
        for when, place, mode, title, attendees in rounds
    ]
    notes = [
        (
            0,
            "process",
            "Ground rules",
            "Chatham House rule agreed by all. Both sides asked that "
            "no government be told the venue.",
        ),
        (
            0,
            "content",
            "What 'security' means",
            "Upstream: security = predictable irrigation. "
            "Downstream: security = the fishery surviving a dry August. Unpack further in round 2.",
        ),
        (
            1,
            "question",
            "Whose gauge data?",
            "Neither side trusts the other's gauges. Explore a "
            "jointly read station at the border bridge.",
        ),
        (
            1,
            "follow_up",
            "Send hydrology summary",
            "Facilitator to circulate the neutral "
            "hydrology summary to the drafting pair before round 3.",
        ),
        (
            2,
            "option",
            "Drought index",
            "A jointly monitored drought index would trigger "
            "release rules automatically, taking the decision out of politics.",
        ),
        (
            2,
            "agreed",
            "Technical committee",
            "Agreed in principle: a joint technical committee "
            "publishing gauge data within 48 hours.",
        ),
    ]
    for index, kind, title, body in notes:
        records.add_note(vault, body, title, session_id=sessions[index].id, kind=kind)
    records.add_note(
        vault,
        "Impartiality check: we have met upstream participants twice as often between rounds. "
        "Rebalance before round 4.",
        "Facilitator's reflection",
        dialogue_id=d.id,
        kind="process",
    )
    records.add_group(
        vault,
        "Drafting pair",
        [people["Ilse Varga"].id, people["Daud Hassani"].id],
        "Two-person team drafting the non-paper on drought-year sharing.",
        d.id,
    )
    records.add_group(
        vault,
        "Technical working group",
        [people["Tomas Orel"].id, people["Leyla Aram"].id, people["Daud Hassani"].id],
        "Gauge data and the drought index.",
        d.id,
    )
    proposal = drafts.new_proposal(
        vault,
        "Principles for drought-year sharing",
        _DRAFT_1,
        "First draft after round 2",
        dialogue_id=d.id,
    )
    drafts.edit(vault, proposal.id, _DRAFT_2, "Round 3: committee and data sharing")
    drafts.edit(vault, proposal.id, _NON_PAPER.split("\n", 4)[4], "Open question added")
    papers.add_paper_bytes(
        vault,
        _NON_PAPER.encode("utf-8"),
        "non-paper-drought-sharing-draft-2.md",
        "Non-paper: drought-year sharing (draft 2)",
        d.id,
    )


def create(folder: Path, kdf_params: KdfParams | None = None) -> CreatedVault:
    """Create the demo vault in ``folder`` (which must not exist) and fill it."""
    created = create_vault(folder, DEMO_PASSPHRASE, DEMO_NAME, kdf_params)
    fill(created.vault)
    return created
