"""The record view reads as the interview was answered: labels for calculated codes,
numbers and dates in the app language's way, the stored values unchanged.

Reproduced on main: a standard-survey record showed "18_plus", "MMR", "advanced" and
"3296.76" for its calculations.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from lintas.gui.pages.records import RecordDialog, record_html
from lintas.vault import Vault
from tests.gui.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_supervisor_path import unlock

ROOT = Path(__file__).resolve().parents[2]
STANDARD = ROOT / "forms" / "asean_migrant_worker_survey.xlsx"
CODED = ("age_group", "corridor_destination", "education_aggregate", "fl_any_indicator")


@pytest.fixture
def one_record(tmp_path):
    """A vault of the standard survey with one synthetic interview that has every coded
    calculation and a recruitment cost; returns the path and the stored answers."""
    from lintas.gui.synthetic import synthetic_records

    path = tmp_path / "vault"
    vault, _ = Vault.create(path, office="Mae Sot", user="mai", passphrase=PASSPHRASE,
                            kdf=FAST_KDF)  # fmt: skip
    with vault:
        installed = vault.install_form(STANDARD.read_bytes(), filename=STANDARD.name)
        form = vault.form(installed.form_id, installed.version)
        pool = synthetic_records(form, 200, users=("mai",), office="Mae Sot", seed=4,
                                 distinct=200, days=30)  # fmt: skip
        wanted = (*CODED, "recruitment_cost_total")
        record = next(r for r in pool if all(r.data.get(n) for n in wanted)
                      and "." in str(r.data["recruitment_cost_total"]))  # fmt: skip
        vault.import_submissions([record], source="test")
        stored = vault.submission(record.uuid)
    return path, stored


def focus():
    return QApplication.focusWidget()


def test_the_record_view_shows_labels_and_formatted_numbers_by_keyboard(qtbot, window, one_record):
    path, stored = one_record
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    qtbot.waitUntil(lambda: focus() is window.home.first_control(), timeout=10000)
    qtbot.keyClick(focus(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Records
    records = window.records
    qtbot.waitUntil(lambda: records.model.rowCount() == 1, timeout=10000)
    qtbot.keyClick(focus(), Qt.Key.Key_Down)  # search box -> the results
    assert focus() is records.table
    qtbot.keyClick(focus(), Qt.Key.Key_Return)  # open the record
    qtbot.waitUntil(lambda: isinstance(records.dialog, RecordDialog), timeout=10000)
    shown = records.dialog.browser.toPlainText()
    form = window.session.call(lambda vault: vault.form(stored.form_id, stored.form_version))
    from lintas.form.calculated_lists import calculated_labels

    labels = calculated_labels(form, "English (en)")
    for name in CODED:
        code = stored.data[name]
        label = labels[name][code]
        assert label != code and f"\t{label}" in shown.replace("\n", "\t"), (name, code)
        assert f"\t{code}\n" not in shown + "\n", (name, code)  # never the bare code
    cost = float(stored.data["recruitment_cost_total"])
    assert f"{cost:,}" in shown  # "3,296.76", not "3296.76"
    day = stored.data["interview_date"]
    assert day not in shown  # "14 Jul 2025", not "2025-07-14"
    qtbot.keyClick(focus(), Qt.Key.Key_Escape)
    # Display only: the vault keeps what was stored.
    again = window.session.call(lambda vault: vault.submission(stored.uuid))
    assert again.data == stored.data and again.revision == stored.revision


def test_numbers_and_dates_follow_the_app_language(one_record):
    from lintas.form import load
    from lintas.gui.value_format import format_answer

    _path, stored = one_record
    form = load(STANDARD)
    cost = float(stored.data["recruitment_cost_total"])
    whole, cents = f"{cost:.2f}".split(".")
    vi = record_html(stored, form, lambda t: t, "Vietnamese (vi)", QLocale("vi"))
    grouped = f"{int(whole):,}".replace(",", ".")
    assert f"{grouped},{cents.rstrip('0')}" in vi  # "3.296,76"
    assert format_answer("2025-07-14", "date", QLocale("en")) == "14 Jul 2025"
    created = format_answer(stored.created_at, "datetime", QLocale("vi"))
    assert created and created in vi  # the record's own date, in the header
    assert format_answer("15000.0", "calculate", QLocale("en")) == "15,000"
    assert format_answer(2023, "integer", QLocale("en")) == "2023"  # a year stays a year
    assert format_answer("2025-07", "calculate", QLocale("en")) is None  # text as stored
    thai = record_html(stored, form, lambda t: t, "Thai (th)", QLocale("th"))
    assert "ขั้นพื้นฐาน" in thai or "ขั้นสูง" in thai or "ระดับกลาง" in thai or "ต่ำกว่า" in thai
