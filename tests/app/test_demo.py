"""``quietroom demo``: a throwaway vault with a fictional dialogue a newcomer can explore."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app import demo, drafts, papers, records, search
from app import vault as app_vault
from tests.conftest import FAST_KDF

QUIETROOM = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "quietroom"


def test_demo_holds_two_sides_three_rounds_a_drafting_pair_and_a_paper(tmp_path: Path) -> None:
    with demo.create(tmp_path / "vault", FAST_KDF).vault as vault:
        (dialogue,) = records.list_dialogues(vault)
        rounds = records.list_sessions(vault, dialogue.id)
        assert [r.round_no for r in rounds] == [1, 2, 3]
        people = records.list_people(vault)
        sides = {p.side for p in people}
        assert len(sides) == 2 and len(people) == 6
        groups = {g.name: g for g in records.list_groups(vault)}
        pair = groups["Drafting pair"]
        pair_sides = {records.get_person(vault, pid).side for pid in pair.member_ids}
        assert len(pair.member_ids) == 2 and pair_sides == sides
        assert all(records.list_notes(vault, session_id=r.id) for r in rounds)
        (paper,) = papers.list_papers(vault)
        assert paper.media_type == "text/markdown"
        assert b"drought" in b"".join(papers.iter_paper(vault, paper.id))
        assert search.search(vault, "gauge")
        (proposal,) = drafts.list_proposals(vault)
        assert len(drafts.history(vault, proposal.id)) == 3


def test_quietroom_demo_prints_a_passphrase_that_opens_the_new_vault(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = subprocess.run(
        [str(QUIETROOM), "demo", str(folder)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert demo.DEMO_PASSPHRASE in result.stdout and str(folder) in result.stdout
    with app_vault.unlock(folder, demo.DEMO_PASSPHRASE) as vault:
        assert records.list_dialogues(vault)[0].title == "Lower Selvan river dialogue"


def test_quietroom_demo_refuses_a_folder_that_already_holds_a_vault(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    demo.create(folder, FAST_KDF).vault.lock()
    result = subprocess.run(
        [str(QUIETROOM), "demo", str(folder)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "quietroom:" in result.stderr
