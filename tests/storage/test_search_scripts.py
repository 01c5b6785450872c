# ruff: noqa: RUF001  (text in Cyrillic and other scripts is what these tests are about)
"""Search in the scripts a dialogue writes in (storage level, schema version 7).

Arabic and Hebrew are often written with optional vowel marks, which FTS5's ``unicode61``
tokenizer treats as word breaks; Chinese and Japanese put no spaces between words. Each claim is
proved on a real vault through the triggers that keep both indexes current.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crypto.kdf import derive_subkey
from storage import keyslots, schema, search
from storage import records as rec
from storage.db import Database
from storage.vault import DB_KEY_LABEL, Vault
from tests.conftest import FAST_KDF, PASSPHRASE

SEARCH_VERSION = 7


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FAST_KDF, "Facilitator")
    yield vault.db
    vault.close()


def _note(db: Database, body: str, title: str = "") -> int:
    return rec.insert(db, rec.NOTES, {"title": title, "body": body}).id


def _old_note(db: Database, body: str) -> int:
    """A note inserted as a vault before schema version 9 held it (no list line column)."""
    return db.execute(
        "INSERT INTO notes (uid, body, created_at, updated_at) VALUES (?, ?, ?, ?)",
        (f"uid-{len(body)}-{body[:4]}", body, "2026-01-01", "2026-01-01"),
    )


def _found(db: Database, query: str) -> set[int]:
    return {h.id for h in search.search(db, query) if h.kind == "note"}


def _indexes_are_consistent(db: Database) -> None:
    db.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
    db.execute("INSERT INTO search_grams (search_grams) VALUES ('integrity-check')")
    expected = sorted(
        [r[0] * 4 + 1 for r in db.query("SELECT id FROM notes")]
        + [r[0] * 4 + 2 for r in db.query("SELECT id FROM people")]
        + [r[0] * 4 + 3 for r in db.query("SELECT id FROM papers")]
    )
    assert sorted(r[0] for r in db.query("SELECT rowid FROM search_index")) == expected
    texts = db.query(
        "SELECT rowid, concat_ws(' ', coalesce(ftitle, title), coalesce(fbody, body)) "
        "FROM search_index"
    )
    with_grams = sorted(key for key, text in texts if search.in_trigram_index(text))
    assert sorted(r[0] for r in db.query("SELECT rowid FROM search_grams")) == with_grams


def test_an_arabic_word_typed_without_its_diacritics_finds_the_vowelled_note(
    db: Database,
) -> None:
    vowelled = _note(db, "كَتَبَ الوَسِيطُ مُسَوَّدَةَ الاتِّفَاقِ")
    _note(db, "ملاحظة أخرى عن الموعد")
    assert _found(db, "مسودة") == {vowelled}
    assert _found(db, "الوسيط") == {vowelled}
    assert _found(db, "كتب") == {vowelled}


def test_a_vowelled_arabic_query_finds_the_note_written_without_vowels(db: Database) -> None:
    plain = _note(db, "كتب الوسيط مسودة الاتفاق")
    assert _found(db, "مُسَوَّدَة") == {plain}


def test_alef_variants_tatweel_and_teh_marbuta_match_their_plain_forms(db: Database) -> None:
    note = _note(db, "اجتمع أحمد وإبراهيم في القاهرة لمناقشة الهدنـــة")
    assert _found(db, "احمد") == {note}
    assert _found(db, "ابراهيم") == {note}
    assert _found(db, "الهدنه") == {note}
    assert _found(db, "القاهره") == {note}


def test_an_arabic_word_is_found_behind_an_attached_prefix(db: Database) -> None:
    # "and the agreement", "in the city": و, ال and ب attach to the word they precede.
    note = _note(db, "والاتفاق نهائي بالمدينة")
    assert _found(db, "اتفاق") == {note}
    assert _found(db, "مدينة") == {note}


def test_farsi_yeh_and_keheh_find_the_arabic_letters_and_back(db: Database) -> None:
    farsi = _note(db, "کمیته صلح در تهران تشکیل شد")
    arabic_spelling = "كميته"
    assert _found(db, arabic_spelling) == {farsi}
    assert _found(db, "کمیته") == {farsi}


def test_arabic_indic_and_persian_digits_match_ascii_digits(db: Database) -> None:
    arabic = _note(db, "الجولة ٢٠٢٤ في عمّان")
    farsi = _note(db, "دور ۱۴۰۳ مذاکرات")
    assert _found(db, "2024") == {arabic}
    assert _found(db, "1403") == {farsi}


def test_hebrew_with_niqqud_is_found_without_it(db: Database) -> None:
    note = _note(db, "שָׁלוֹם עַל יִשְׂרָאֵל")
    _note(db, "ועדה אחרת")
    assert _found(db, "שלום") == {note}
    assert _found(db, "ישראל") == {note}


def test_russian_and_ukrainian_are_found_by_prefix_any_case_and_without_yo(
    db: Database,
) -> None:
    russian = _note(db, "Переговоры в Женеве: ещё один раунд")
    ukrainian = _note(db, "Зустріч у Києві щодо обміну полоненими")
    assert _found(db, "переговор") == {russian}
    assert _found(db, "ЖЕНЕВЕ") == {russian}
    assert _found(db, "еще") == {russian}
    assert _found(db, "києві обмін") == {ukrainian}


def test_a_two_character_chinese_word_inside_a_sentence_is_found(db: Database) -> None:
    note = _note(db, "双方同意在联合国主持下和平解决边界问题。")
    other = _note(db, "会议推迟到下周。")
    assert _found(db, "和平") == {note}
    assert _found(db, "会议") == {other}
    assert _found(db, "战争") == set()


def test_a_longer_chinese_term_uses_the_trigram_index_and_must_be_contiguous(
    db: Database,
) -> None:
    note = _note(db, "双方同意在联合国主持下和平解决边界问题。")
    assert _found(db, "联合国主持") == {note}
    assert _found(db, "联合主持") == set()


def test_japanese_kana_and_kanji_inside_a_sentence_are_found(db: Database) -> None:
    note = _note(db, "次回の会合はジュネーブで開催される予定です。")
    assert _found(db, "ジュネーブ") == {note}
    assert _found(db, "会合") == {note}


def test_a_mixed_arabic_english_note_is_found_by_words_of_either_language(
    db: Database,
) -> None:
    note = _note(db, "التقى John Smith بالوفد في Geneva يوم 12 مارس")
    _note(db, "John wrote the minutes")
    assert _found(db, "John وفد") == {note}
    assert _found(db, "geneva مارس") == {note}
    assert _found(db, "smith 12") == {note}


def test_chinese_and_latin_terms_combine_in_one_query(db: Database) -> None:
    note = _note(db, "UN 特使 Lakhdar 访问了 北京")
    _note(db, "Lakhdar 访问了 东京")
    assert _found(db, "lakhdar 北京") == {note}


def test_the_snippet_brackets_the_match_inside_chinese_and_vowelled_arabic(
    db: Database,
) -> None:
    _note(db, "双方同意在联合国主持下和平解决边界问题。")
    _note(db, "كَتَبَ الوَسِيطُ مُسَوَّدَةَ الاتِّفَاقِ")
    assert "[和平]" in search.search(db, "和平")[0].snippet
    assert "[مُسَوَّدَةَ]" in search.search(db, "مسودة")[0].snippet


def test_like_wildcards_typed_in_a_chinese_term_are_plain_characters(db: Database) -> None:
    note = _note(db, "中x文 资料")
    assert _found(db, "中x文") == {note}
    assert _found(db, "中_文") == set()


def test_stored_text_is_returned_exactly_as_written(db: Database) -> None:
    body = "كَتَبَ الوَسِيطُ ٢٠٢٤ — ёлка — שָׁלוֹם — 和平"
    note = _note(db, body, title="مُسَوَّدَة")
    stored = rec.get(db, rec.NOTES, note)
    assert (stored.body, stored.title) == (body, "مُسَوَّدَة")
    hit = search.search(db, "مسودة")[0]
    assert hit.title == "مُسَوَّدَة"


def test_edits_and_deletes_keep_both_indexes_in_step(db: Database) -> None:
    first = _note(db, "双方同意和平解决")
    second = _note(db, "الاتفاق")
    rec.insert(db, rec.PEOPLE, {"name": "سمير حداد", "affiliation": "中东研究所"})
    rec.update(db, rec.NOTES, first, {"body": "会议推迟"})
    db.execute("DELETE FROM notes WHERE id = ?", (second,))
    _indexes_are_consistent(db)
    assert _found(db, "和平") == set()
    assert _found(db, "会议") == {first}
    assert _found(db, "اتفاق") == set()
    people = {(h.kind, h.title) for h in search.search(db, "研究所")}
    assert people == {("person", "سمير حداد")}


def test_the_database_folds_stored_text_exactly_as_queries_are_folded(db: Database) -> None:
    every_source = "".join(source for source, _target in search.FOLD_PAIRS)
    body = f"before {every_source} after"
    note = _note(db, body, title=f"t{every_source}")
    row = db.query("SELECT ftitle, fbody FROM search_index WHERE rowid = ?", (note * 4 + 1,))
    assert row == [(search.fold(f"t{every_source}"), search.fold(body))]
    assert search.fold(every_source) == "".join(t for _s, t in search.FOLD_PAIRS)


def test_the_query_never_reaches_other_columns_or_operators_in_any_script() -> None:
    words, infixes = search.query_terms('مسودة" OR 和平* NEAR(x) title:Женева')
    assert words == ["OR", "NEAR", "x", "title", "Женева"]
    assert infixes == ["مسوده", "和平"]


@pytest.fixture
def old_db(tmp_path: Path) -> Iterator[Database]:
    """A vault's database brought only to the version before the new search indexes."""
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FAST_KDF, "Facilitator")
    vault.close()
    slots = keyslots.read(tmp_path / "vault")
    opened = slots.try_unwrap(slots.passphrase_slot_key(PASSPHRASE))
    assert opened is not None
    path = tmp_path / "old.db"
    db = Database(path, derive_subkey(opened.master_key, DB_KEY_LABEL))
    schema.migrate(db, target=SEARCH_VERSION - 1)
    yield db
    db.close()


def test_the_migration_back_fills_records_in_every_script(old_db: Database) -> None:
    texts = {
        "arabic": "كَتَبَ الوَسِيطُ مُسَوَّدَةَ الاتِّفَاقِ",
        "farsi": "کمیته صلح در تهران",
        "hebrew": "שָׁלוֹם עַל יִשְׂרָאֵל",
        "russian": "Переговоры в Женеве",
        "chinese": "双方同意和平解决边界问题",
        "mixed": "التقى John Smith بالوفد",
    }
    ids = {name: _old_note(old_db, body) for name, body in texts.items()}
    person = rec.insert(old_db, rec.PEOPLE, {"name": "Лейла", "notes": "会议"}).id
    assert old_db.user_version() == SEARCH_VERSION - 1
    schema.migrate(old_db)
    assert old_db.user_version() >= SEARCH_VERSION
    _indexes_are_consistent(old_db)
    assert _found(old_db, "مسودة") == {ids["arabic"]}
    assert _found(old_db, "كميته") == {ids["farsi"]}
    assert _found(old_db, "שלום") == {ids["hebrew"]}
    assert _found(old_db, "женев") == {ids["russian"]}
    assert _found(old_db, "和平") == {ids["chinese"]}
    assert _found(old_db, "smith وفد") == {ids["mixed"]}
    assert [(h.kind, h.id) for h in search.search(old_db, "会议")] == [("person", person)]
    for config in ("search_index_config", "search_grams_config"):
        assert old_db.query(f"SELECT v FROM {config} WHERE k = 'secure-delete'") == [(1,)]


def test_a_deleted_chinese_note_leaves_no_trigram_behind(db: Database) -> None:
    marker = "独一无二的标记"
    note = _note(db, f"草稿 {marker}")
    present = "SELECT count(*) FROM search_grams_data WHERE instr(block, ?) > 0"
    assert db.query(present, (marker[:3].encode(),)) != [(0,)]
    db.execute("DELETE FROM notes WHERE id = ?", (note,))
    assert db.query(present, (marker[:3].encode(),)) == [(0,)]
    assert _found(db, marker) == set()


def test_folded_copies_are_kept_only_where_folding_changed_the_text(db: Database) -> None:
    latin = _note(db, "Quotas for the northern grounds", title="Fisheries")
    arabic = _note(db, "كَتَبَ الوَسِيطُ", title="Round 3")
    rows = dict(
        (r[0], r[1:])
        for r in db.query("SELECT rowid, title, body, ftitle, fbody FROM search_index")
    )
    assert rows[latin * 4 + 1] == ("Fisheries", "Quotas for the northern grounds", None, None)
    assert rows[arabic * 4 + 1] == ("Round 3", "كَتَبَ الوَسِيطُ", None, "كتب الوسيط")
    assert _found(db, "quota") == {latin}
    assert _found(db, "fisher") == {latin}
    assert _found(db, "كتب") == {arabic}
    assert _found(db, "round") == {arabic}
    _indexes_are_consistent(db)


def test_the_trigram_index_holds_exactly_the_records_an_infix_term_can_match(
    db: Database,
) -> None:
    """Each edge of every script range, and a character just outside it: the trigger's GLOB
    class and search.GRAM_SCRIPTS must agree, or a record would be missing from infix search."""
    for low, high in search.GRAM_SCRIPTS:
        for code in (low - 1, low, high, high + 1):
            ch = chr(code)
            key = _note(db, f"x{ch}y") * 4 + 1
            held = db.query("SELECT count(*) FROM search_grams WHERE rowid = ?", (key,))[0][0]
            assert held == int(search.in_trigram_index(search.fold(f"x{ch}y"))), hex(code)
            assert held == int(low <= code <= high or search.in_trigram_index(ch)), hex(code)
    _indexes_are_consistent(db)


QUERIES = (
    "quota",
    "northern",
    "كتب",
    "مسودة",
    "和平",
    "会议",
    "שלום",
    "женев",
    "smith وفد",
    "研究所",
    "licen",
    "ёлка",
    "2024",
)


def test_version_10_finds_what_version_9_found_with_a_smaller_index(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FAST_KDF, "Facilitator")
    vault.close()
    slots = keyslots.read(tmp_path / "vault")
    opened = slots.try_unwrap(slots.passphrase_slot_key(PASSPHRASE))
    assert opened is not None
    db = Database(tmp_path / "v9.db", derive_subkey(opened.master_key, DB_KEY_LABEL))
    try:
        schema.migrate(db, target=9)
        texts = [
            "Quotas for the northern grounds, licences next round",
            "كَتَبَ الوَسِيطُ مُسَوَّدَةَ الاتِّفَاقِ",
            "双方同意和平解决边界问题",
            "שָׁלוֹם עַל יִשְׂרָאֵל",
            "Переговоры в Женеве, ёлка ٢٠٢٤",
            "التقى John Smith بالوفد",
            "会议推迟 and the northern quota",
        ]
        for i, body in enumerate(texts):
            rec.insert(db, rec.NOTES, {"title": f"note {i}", "body": body})
        rec.insert(db, rec.PEOPLE, {"name": "سمير حداد", "affiliation": "中东研究所"})
        before = {q: {(h.kind, h.id) for h in search.search(db, q)} for q in QUERIES}
        grams_before = db.query("SELECT count(*) FROM search_grams")[0][0]
        assert all(before[q] for q in QUERIES), before

        assert schema.migrate(db) == 9
        after = {q: {(h.kind, h.id) for h in search.search(db, q)} for q in QUERIES}
        assert after == before
        _indexes_are_consistent(db)
        grams_after = db.query("SELECT count(*) FROM search_grams")[0][0]
        assert (grams_before, grams_after) == (len(texts) + 1, 5)
        with_copies = db.query("SELECT count(*) FROM search_index WHERE fbody IS NOT NULL")[0][0]
        # the vowelled Arabic, the pointed Hebrew, the yo and digits, the alef maksura
        assert with_copies == 4
    finally:
        db.close()
