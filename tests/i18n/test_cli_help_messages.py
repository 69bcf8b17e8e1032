"""`lintas --help` speaks the user's language: every help text of lintas.cli is in every
catalog with its placeholders, and the real CLI shows them under LANG or --lang (the
language is set before the parser is built). argparse's own headings ("usage:",
"options:") are the library's words and stay English."""

import pytest

from lintas import i18n
from tests.i18n.catalog_checks import TRANSLATED, gaps_in, messages_from
from tests.i18n.test_core_catalog import run_cli

DESCRIPTION = "Offline, encrypted capture and exchange of migrant-worker surveys."


def test_the_cli_group_is_marked():
    messages = messages_from("lintas/cli/")
    assert len(messages) >= 100
    assert DESCRIPTION in messages and "check and import a bundle or receipt" in messages


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_cli_help_text_is_in_every_catalog(code):
    assert gaps_in(code, messages_from("lintas/cli/")) == []


def test_help_follows_lang_and_the_lang_option():
    thai = run_cli("--help", LANG="th_TH.UTF-8")
    assert thai.returncode == 0
    assert i18n.translated_in("th", DESCRIPTION) in thai.stdout
    assert i18n.translated_in("th", "encrypted, signed bundles between offices") in thai.stdout
    assert DESCRIPTION not in thai.stdout
    khmer = run_cli("--lang", "km", "bundle", "import", "--help", LANG="C.UTF-8")
    assert khmer.returncode == 0
    assert i18n.translated_in("km", "write a signed receipt for the sender") in khmer.stdout
    english = run_cli("bundle", "import", "--help", LANG="C.UTF-8")
    assert "write a signed receipt for the sender" in english.stdout


def test_a_commands_own_lang_option_is_not_the_message_language():
    # demo and screenshots take --lang for the app; it must not switch the messages.
    shown = run_cli("screenshots", "--lang", "th", "--help", LANG="C.UTF-8")
    assert shown.returncode == 0
    assert "folder for the PNG files" in shown.stdout and "language (default en)" in shown.stdout
