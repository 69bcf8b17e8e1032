"""Form check speaks the user's language: every problem message of lintas.form (and the
summary line of `lintas form check`) is in every catalog, and a real broken form checked
with LANG=th shows the Thai text (real CLI in a subprocess, real catalogs).

pyxform's own messages (its sheet checks) stay in English: they are the library's words."""

import pytest

from lintas import i18n
from tests.i18n.catalog_checks import TRANSLATED, gaps_in, in_language, messages_from
from tests.i18n.test_core_catalog import run_cli

GROUP = ("lintas/form/", "lintas/cli/form_commands.py")
BROKEN = """\
| survey |
| | type | name | label | privacy |
| | integer | age | Age | |
| | text | job | Job | secret |
| | rank | order | Order | |
"""


def test_the_form_check_group_is_marked():
    messages = messages_from(*GROUP)
    assert len(messages) >= 85  # the problems, their parts and the summary line
    assert "The question '{name}' is {reason}. Lintas does not support this yet: " \
        "remove the row or change its type." in messages  # fmt: skip


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_form_check_message_is_in_every_catalog(code):
    assert gaps_in(code, messages_from(*GROUP)) == []


@pytest.mark.parametrize("code", ["th", "lo"])
def test_form_check_shows_a_broken_form_in_the_language_of_lang(tmp_path, code):
    form = tmp_path / "broken.md"
    form.write_text(BROKEN, encoding="utf-8")
    locale = {"th": "th_TH.UTF-8", "lo": "lo_LA.UTF-8"}[code]
    done = run_cli("form", "check", str(form), LANG=locale)
    assert done.returncode == 1, done.stderr
    privacy = in_language(
        code,
        "The privacy value '{value}' of '{name}' is not one Lintas knows. Use one of "
        "{values}, or leave the cell empty.",
        value="secret", name="job", values="'identifier', 'quasi', 'sensitive'",
    )  # fmt: skip
    rank = in_language(
        code,
        "The question '{name}' is {reason}. Lintas does not support this yet: remove the "
        "row or change its type.",
        name="order", reason=i18n.translated_in(code, "a rank question"),
    )  # fmt: skip
    where = ", ".join([
        in_language(code, "'{sheet}' sheet", sheet="survey"),
        in_language(code, "row {row}", row=3),
        in_language(code, "column '{column}'", column="privacy"),
    ])  # fmt: skip
    error = i18n.translated_in(code, "Error")
    assert f"{error} ({where}): {privacy}" in done.stdout
    assert rank in done.stdout
    summary = in_language(
        code, "{file}: {errors}, {warnings}.", file=form,
        errors=in_language(code, "{count} errors", count=2),
        warnings=in_language(code, "{count} warnings", count=0),
    )  # fmt: skip
    assert summary in done.stdout
    assert "Lintas does not support" not in done.stdout  # no English left in our lines
    english = run_cli("form", "check", str(form), LANG="C.UTF-8")
    assert "The privacy value 'secret' of 'job' is not one Lintas knows." in english.stdout
    assert f"{form}: 2 errors, 0 warnings." in english.stdout


def test_a_form_that_cannot_be_installed_says_so_in_the_language_set(tmp_path):
    from lintas.form import FormLoadError, load

    i18n.set_language("vi")
    with pytest.raises(FormLoadError) as raised:
        load(BROKEN.encode(), filename="broken.md")
    head = in_language("vi", "The form '{name}' cannot be used: {count} problems.",
                       name="broken.md", count=2)  # fmt: skip
    assert str(raised.value.message).splitlines()[0] == head
    assert str(raised.value.message).splitlines()[-1] == i18n.translated_in(
        "vi", "Fix these in the spreadsheet and load it again."
    )
