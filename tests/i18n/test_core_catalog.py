"""The core's messages in the user's language (lintas.i18n): the catalogs are complete,
keep every placeholder, are compiled, and reach the command line through LANG or --lang.

Real catalogs from resources/locale, a real CLI in a subprocess."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lintas import i18n
from lintas.i18n_tool import collect, compile_mo, po_path, read_po

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = i18n.LANGUAGES[1:]  # English is the source


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_core_message_has_a_translation_in_every_language(code):
    wanted = set(collect())
    entries = {e.msgid: e for e in read_po(po_path(code))}
    assert len(wanted) > 100  # the sweep's messages, not an empty catalog
    assert set(entries) == wanted, "run python3 -m lintas.i18n_tool"
    untranslated = [m for m, e in entries.items() if not e.msgstr.strip()]
    assert untranslated == []
    # Written without a native speaker: each entry says so until a reviewer clears it.
    assert all("needs native review" in e.comments for e in entries.values())


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_translation_keeps_the_placeholders_of_its_message(code):
    broken = [
        (e.msgid, e.msgstr)
        for e in read_po(po_path(code))
        if i18n.placeholders(e.msgstr) != i18n.placeholders(e.msgid)
    ]
    assert broken == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_shipped_mo_is_the_compiled_po(code):
    mo = po_path(code).with_suffix(".mo")
    assert mo.read_bytes() == compile_mo(code, read_po(po_path(code)))


def test_a_core_error_comes_in_the_language_set_and_back_in_english(tmp_path):
    from lintas.vault import Vault
    from lintas.vault.errors import VaultNotFoundError

    missing = tmp_path / "nowhere"
    thai = i18n.translated_in(
        "th", "There is no vault at '{path}'. Check the path; a new vault is made only with "
        "'lintas vault create'."
    ).format(path=missing)
    assert thai != thai.encode("ascii", "ignore").decode()  # Thai script, not English
    i18n.set_language("th")
    with pytest.raises(VaultNotFoundError) as raised:
        Vault.open(missing, user=None, passphrase="whatever passphrase")
    assert raised.value.message == thai
    i18n.set_language("en")
    with pytest.raises(VaultNotFoundError) as raised:
        Vault.open(missing, user=None, passphrase="whatever passphrase")
    assert raised.value.message.startswith("There is no vault at")


def test_a_translation_with_a_wrong_placeholder_falls_back_to_english(monkeypatch):
    import gettext

    class Broken(gettext.NullTranslations):
        def gettext(self, message):
            return "{nonsense} " + message

    monkeypatch.setitem(i18n._state, "catalog", Broken())
    assert i18n.tr("Warning: {warning}", warning="x") == "Warning: x"
    assert i18n.tr("") == ""  # gettext("") is a catalog's header, never a message


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "th_TH.UTF-8"}, "th"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LC_ALL": "vi_VN.UTF-8", "LANG": "th_TH.UTF-8"}, "vi"),
        ({"LC_MESSAGES": "fil_PH.UTF-8", "LANG": "C"}, "fil"),
        ({"LANGUAGE": "xx:km", "LANG": "C.UTF-8"}, "km"),
        ({"LANG": "tl_PH.UTF-8"}, "fil"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_from_the_environment(environ, expected):
    assert i18n.language_from_environment(environ) == expected


def run_cli(*args, **env):
    environ = {k: v for k, v in os.environ.items()
               if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}  # fmt: skip
    environ.update(env, PYTHONPATH=str(ROOT / "src"), LINTAS_PASSPHRASE="any passphrase")
    return subprocess.run([sys.executable, "-m", "lintas", *args], capture_output=True,
                          text=True, env=environ, timeout=120, check=False)  # fmt: skip


def test_the_cli_speaks_thai_with_lang_th_and_english_without(tmp_path):
    missing = tmp_path / "nowhere"
    thai = i18n.translated_in(
        "th", "There is no vault at '{path}'. Check the path; a new vault is made only with "
        "'lintas vault create'."
    ).format(path=missing)
    done = run_cli("vault", "info", str(missing), LANG="th_TH.UTF-8")
    assert done.returncode == 1
    assert done.stderr.strip() == f"lintas: {thai}"
    assert "Traceback" not in done.stderr
    english = run_cli("vault", "info", str(missing), LANG="C.UTF-8")
    assert english.stderr.startswith("lintas: There is no vault at")
    # --lang wins over the environment; an unknown code is a usage error, said plainly.
    assert run_cli("--lang", "th", "vault", "info", str(missing), LANG="C").stderr == done.stderr
    unknown = run_cli("--lang", "xx", "vault", "info", str(missing))
    assert unknown.returncode == 2 and "Choose one of: en th km" in unknown.stderr


def test_the_self_test_table_speaks_the_language_of_the_cli():
    from lintas.selftest import Result, format_table

    results = [
        Result("Create a vault", "ok", "x", 0.1),
        Result("Unlock the vault", "fail", "y", 0.2),
    ]
    i18n.set_language("km")
    table = format_table(results)
    assert i18n.translated_in("km", "Create a vault") in table
    assert i18n.translated_in("km", "Unlock the vault") in table
    assert "FAIL" in table  # the marks stay as they are, for support over the phone
    assert "SELF-TEST" not in table and "Create a vault" not in table
