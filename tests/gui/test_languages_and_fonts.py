"""Bundled fonts load for every script of the region; app strings are translated."""

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

from lintas.gui.app import application
from lintas.gui.fonts import load_bundled_fonts
from lintas.gui.i18n import APP_LANGUAGES, form_language_for, install_language
from lintas.gui.paths import resources_dir

SCRIPTS = {
    "Noto Sans Thai": QFontDatabase.WritingSystem.Thai,
    "Noto Sans Khmer": QFontDatabase.WritingSystem.Khmer,
    "Noto Sans Lao": QFontDatabase.WritingSystem.Lao,
    "Noto Sans Myanmar": QFontDatabase.WritingSystem.Myanmar,
    "Noto Sans": QFontDatabase.WritingSystem.Vietnamese,
}


def test_every_script_has_a_bundled_font(qapp):
    families = load_bundled_fonts()
    for family, script in SCRIPTS.items():
        assert family in families
        assert script in QFontDatabase.writingSystems(family)
    assert (resources_dir() / "fonts" / "OFL.txt").read_text().count("SIL") >= 1


@pytest.mark.parametrize(
    ("code", "expected"), [("th", "หน้าหลัก"), ("my", "ပင်မ"), ("vi", "Trang chính")]
)
def test_app_strings_follow_the_chosen_language(qapp, code, expected):
    application(code)
    try:
        assert QCoreApplication.translate("HomePage", "Home") == expected
    finally:
        install_language("en")
    assert QCoreApplication.translate("HomePage", "Home") == "Home"


@pytest.mark.parametrize("code", [c for c in APP_LANGUAGES if c != "en"])
def test_each_translation_file_is_complete_and_marked_for_review(code):
    tree = ET.parse(resources_dir() / "translations" / f"lintas_{code}.ts")
    english = ET.parse(resources_dir() / "translations" / "lintas_en.ts")
    sources = {m.findtext("source") for m in english.iter("message")}
    messages = list(tree.iter("message"))
    assert {m.findtext("source") for m in messages} == sources
    for message in messages:
        translation = message.find("translation")
        text = (translation.text or "").strip() or "".join(f.text or "" for f in translation)
        assert text.strip(), message.findtext("source")
        assert translation.get("type") == "unfinished"  # until a native speaker reviews it
        for placeholder in ("{user}", "{count}", "{path}", "{office}", "%n"):
            assert (placeholder in message.findtext("source")) == (placeholder in text)
    assert (resources_dir() / "translations" / f"lintas_{code}.qm").stat().st_size > 1000


def test_questions_use_the_form_language_matching_the_app():
    languages = ("English (en)", "Thai (th)", "Burmese (my)")
    assert form_language_for("th", languages) == "Thai (th)"
    assert form_language_for("km", languages) == "English (en)"
    assert form_language_for("th", ()) is None


@pytest.mark.parametrize("code", list(APP_LANGUAGES))
def test_counted_messages_are_translated_for_every_number(qapp, code):
    application(code)
    source = "%n problem(s) to fix before this interview can be finalised."
    try:
        for count in (1, 3):
            text = QCoreApplication.translate("ReviewPage", source, None, count)
            assert str(count) in text and "problem(s)" not in text
    finally:
        install_language("en")


def test_a_record_reads_in_the_form_language_matching_the_app():
    from lintas.form import load
    from lintas.gui.pages.records import record_html
    from lintas.vault import Submission

    text = """
| survey |
| | type | name | label::English (en) | label::Thai (th) |
| | select_one yn | paid | Were you paid? | ได้รับค่าจ้างหรือไม่ |
| choices |
| | list_name | name | label::English (en) | label::Thai (th) |
| | yn | yes | Yes | ใช่ |
| | yn | no | No | ไม่ |
"""
    form = load(
        text.strip().encode("utf-8"),
        filename="paid.md",
    )
    record = Submission(
        "r1", form.form_id, form.version, "final", 1, "2026-11-28T01:00:00Z",
        "2026-11-28T01:00:00Z", "anan", "anan", "Mae Sot", "", {"paid": "yes"},
    )  # fmt: skip
    thai = record_html(record, form, lambda text: text, form_language_for("th", form.languages))
    english = record_html(record, form, lambda text: text, form_language_for("en", form.languages))
    assert "ได้รับค่าจ้างหรือไม่" in thai and "ใช่" in thai and "Were you paid?" not in thai
    assert "Were you paid?" in english and "Yes" in english


def test_every_string_the_app_translates_is_in_the_translation_files(tmp_path):
    # Qt's own extractor over the GUI code and the Designer forms, as in
    # resources/translations/README.md: a string added without updating the .ts
    # files would show in English in every language.
    root = resources_dir().parent
    files = sorted(str(p) for p in (root / "src" / "lintas" / "gui").rglob("*.py"))
    files += sorted(str(p) for p in (root / "ui").glob("*.ui"))
    extracted = tmp_path / "extracted.ts"
    run = "from PySide6.scripts.pyside_tool import lupdate; lupdate()"
    subprocess.run(
        [sys.executable, "-c", run, *files, "-no-obsolete", "-ts", str(extracted)],
        capture_output=True, check=True, timeout=120,
    )  # fmt: skip

    def messages(path):
        tree = ET.parse(path)
        return {
            (context.findtext("name"), message.findtext("source"))
            for context in tree.iter("context")
            for message in context.iter("message")
        }

    found = messages(extracted)
    assert len(found) > 200  # the extractor saw the whole app
    assert found == messages(resources_dir() / "translations" / "lintas_en.ts")
