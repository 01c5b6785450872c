"""Claims of compartments: a paper restricted to working groups is not sealed beyond them
without an explicit override, and every override is written to the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import audit, sharing
from tests.app.sharing_vaults import (
    Member,
    add_paper,
    contact_of,
    group_of,
    introduce,
    members,
    snapshot,
)


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Member]]:
    with members(tmp_path, ("Amira", "Bashir", "Chen")) as made:
        amira = made[0]
        for other in made[1:]:
            introduce(amira, other)
        yield made


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    folder = tmp_path / "outbox"
    folder.mkdir()
    return folder


def _restricted(trio: list[Member]) -> tuple[int, sharing.Recipients, sharing.Recipients]:
    amira, bashir, chen = trio
    water = group_of(amira, "Water working group", bashir)
    paper = add_paper(amira, b"economic annex v4", title="Economic annex")
    sharing.set_compartments(amira.vault, paper.id, [water])
    inside = sharing.resolve_recipients(
        amira.vault, contact_ids=[contact_of(amira, bashir).contact.id]
    )
    both = sharing.resolve_recipients(
        amira.vault,
        contact_ids=[contact_of(amira, bashir).contact.id, contact_of(amira, chen).contact.id],
    )
    return paper.id, inside, both


def test_sharing_outside_the_compartment_is_refused_and_nothing_is_written(
    trio: list[Member], outbox: Path
) -> None:
    amira = trio[0]
    paper_id, _, both = _restricted(trio)
    before = snapshot(amira)
    with pytest.raises(sharing.OutsideCompartment, match="Chen") as refused:
        sharing.share_paper(amira.vault, paper_id, both, outbox)
    assert refused.value.outsiders == ("Chen",)
    assert refused.value.groups == ("Water working group",)
    assert list(outbox.iterdir()) == []
    assert snapshot(amira) == before


def test_sharing_inside_the_compartment_needs_no_override(trio: list[Member], outbox: Path) -> None:
    amira = trio[0]
    paper_id, inside, _ = _restricted(trio)
    shared = sharing.share_paper(amira.vault, paper_id, inside, outbox)
    assert shared.path.exists()
    assert not [e for e in audit.entries(amira.vault) if e.event == "compartment.override"]


def test_override_seals_and_is_written_to_the_audit_log_with_its_reason(
    trio: list[Member], outbox: Path
) -> None:
    amira = trio[0]
    paper_id, _, both = _restricted(trio)
    shared = sharing.share_paper(
        amira.vault, paper_id, both, outbox, override="Chen chairs the plenary"
    )
    assert shared.path.exists()
    overrides = [e for e in audit.entries(amira.vault) if e.event == "compartment.override"]
    assert len(overrides) == 1
    chen_uid = contact_of(amira, trio[2]).contact.uid
    assert chen_uid in overrides[0].detail and "Chen chairs the plenary" in overrides[0].detail
    assert audit.verify(amira.vault).ok


def test_override_given_to_the_block_counts_like_the_argument(
    trio: list[Member], outbox: Path
) -> None:
    amira = trio[0]
    paper_id, _, both = _restricted(trio)
    with sharing.compartment_override("by phone with the convenor"):
        sharing.share_paper(amira.vault, paper_id, both, outbox)
    with pytest.raises(sharing.OutsideCompartment):  # the block's override ended with it
        sharing.share_paper(amira.vault, paper_id, both, outbox)
    overrides = [e for e in audit.entries(amira.vault) if e.event == "compartment.override"]
    assert len(overrides) == 1


def test_blank_override_reason_is_no_override(trio: list[Member], outbox: Path) -> None:
    amira = trio[0]
    paper_id, _, both = _restricted(trio)
    with pytest.raises(sharing.OutsideCompartment):
        sharing.share_paper(amira.vault, paper_id, both, outbox, override="   ")


def test_lifting_the_compartment_allows_anyone(trio: list[Member], outbox: Path) -> None:
    amira = trio[0]
    paper_id, _, both = _restricted(trio)
    sharing.set_compartments(amira.vault, paper_id, [])
    assert sharing.compartments(amira.vault, paper_id) == []
    assert sharing.share_paper(amira.vault, paper_id, both, outbox).path.exists()
