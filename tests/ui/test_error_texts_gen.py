"""The table of the lower layers' error messages that lupdate reads: complete, up to date,
and no message built at run time (which no translation could match)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from ui import error_texts, error_texts_gen


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def test_the_table_holds_every_message_of_the_current_source() -> None:
    found = error_texts_gen.collect()
    assert error_texts_gen.TARGET.read_text(encoding="utf-8") == error_texts_gen.render(
        found.templates
    ), "run `make translations`"
    assert set(error_texts.TEXTS) == set(found.templates)


def test_no_message_of_the_lower_layers_is_built_at_run_time() -> None:
    assert error_texts_gen.collect().problems == ()


def test_messages_the_interface_can_show_are_in_the_table() -> None:
    texts = set(error_texts.TEXTS)
    # one of each layer, and the frame of a damaged file with one of its details
    assert "the vault file '{file_name}' is damaged: {detail}" in texts
    assert "this packet is not addressed to you" in texts
    assert "the vault is locked" in texts
    assert any("{" not in t and "checksum" in t for t in texts)


def test_the_collector_finds_templates_of_every_error_class_and_of_messages(
    tmp_path: Path,
) -> None:
    root = _tree(
        tmp_path,
        {
            "crypto/errors.py": """
                class WordedError(Exception): ...
                class CryptoError(WordedError): ...
                class Message: ...
            """,
            "storage/errors.py": """
                from crypto.errors import WordedError
                class StorageError(WordedError): ...
                class DamagedFile(StorageError): ...
            """,
            "app/things.py": """
                from storage import errors as store
                class Local(store.StorageError): ...
                class Deeper(Local): ...
                def f(n, exc):
                    raise Deeper("has {n} things", n=n)
                def g():
                    raise store.DamagedFile("vault.db", "a detail", size=Message("big"))
                def h(exc):
                    raise Local(exc.message)  # passed on: not a template
                def i():
                    raise ValueError("not a worded error")
            """,
            "app/cli/main.py": """
                raise Deeper("the command line's own message")
            """,
        },
    )
    found = error_texts_gen.collect(root)
    assert found.templates == ("a detail", "big", "has {n} things")
    assert found.problems == ()


def test_the_collector_reports_messages_built_at_run_time(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "crypto/errors.py": "class WordedError(Exception): ...\n",
            "storage/x.py": """
                class Bad(WordedError): ...
                raise Bad(f"{n} things")
                raise Bad("%d things" % n)
                raise Bad("things: " + name)
                raise Bad("{} things".format(n))
                raise Bad("fine {n}", n=1)
            """,
        },
    )
    found = error_texts_gen.collect(root)
    assert found.templates == ("fine {n}",)
    assert [p.split(":")[:2] for p in found.problems] == [
        ["storage/x.py", str(line)] for line in (3, 4, 5, 6)
    ]


def test_the_check_fails_while_the_table_is_out_of_date(
    tmp_path: Path, monkeypatch: object, capsys: object
) -> None:
    stale = tmp_path / "error_texts.py"
    stale.write_text("TEXTS = ()\n", encoding="utf-8")
    monkeypatch.setattr(error_texts_gen, "TARGET", stale)  # type: ignore[attr-defined]
    assert error_texts_gen.main(["--check"]) == 1
    assert stale.read_text(encoding="utf-8") == "TEXTS = ()\n"  # --check writes nothing
    assert error_texts_gen.main([]) == 0
    assert error_texts_gen.main(["--check"]) == 0


def test_every_template_is_well_formed_for_its_values() -> None:
    """Fields are plain names (no positional {}, no attribute or index, no format spec), so
    a translation can move them and str.format_map fills them from the keyword values."""
    import string

    for template in error_texts.TEXTS:
        for _text, field, spec, conversion in string.Formatter().parse(template):
            if field is None:
                continue
            assert field.isidentifier(), template
            assert not spec and conversion is None, template
