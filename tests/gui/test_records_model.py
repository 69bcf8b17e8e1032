"""The Records table reads the vault a page at a time, newest first, through the worker."""

import pytest

from lintas.gui.demo_form import demo_form_bytes
from lintas.gui.operations import Operations
from lintas.gui.pages.records_model import PAGE, RecordsModel
from lintas.gui.session import Session
from lintas.gui.synthetic import synthetic_records
from lintas.vault import Vault
from tests.gui.conftest import FAST_KDF, PASSPHRASE

RECORDS = 2 * PAGE + 77


@pytest.fixture
def session(qtbot, tmp_path):
    vault, _key = Vault.create(
        tmp_path / "vault", office="Savannakhet", user="noy", passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    with vault:
        installed = vault.install_form(demo_form_bytes(), filename="demo.md")
        form = vault.form(installed.form_id)
        records = synthetic_records(form, RECORDS, users=("noy", "kham"), office="Savannakhet")
        vault.import_submissions(list(records), source="test")
    session = Session(Operations())
    errors = []
    session.open(
        tmp_path / "vault", "noy", PASSPHRASE, on_success=lambda _r: None, on_failure=errors.append
    )
    qtbot.waitUntil(lambda: session.is_open or bool(errors), timeout=10000)
    assert not errors
    yield session
    session.close()


def test_the_table_loads_one_page_then_more_on_demand(session):
    model = RecordsModel(session)
    model.reload({})
    assert model.total == RECORDS
    assert PAGE <= model.rowCount() < RECORDS  # about a page: whole days of records
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == RECORDS
    assert len({row.uuid for row in model.rows}) == RECORDS
    created = [row.created_at for row in model.rows]
    assert created == sorted(created, reverse=True)  # newest first


def test_filters_go_to_the_vault(session):
    model = RecordsModel(session)
    model.reload({"status": "draft", "user": "kham"})
    expected = session.call(lambda vault: vault.count(status="draft", user="kham"))
    while model.canFetchMore():
        model.fetchMore()
    assert 0 < model.rowCount() == expected
    assert {(row.status, row.created_by) for row in model.rows} == {("draft", "kham")}


def test_search_finds_a_record_that_is_not_loaded_yet(session):
    everything = session.call(lambda vault: vault.submissions())
    oldest = min(everything, key=lambda record: (record.created_at, record.uuid))
    model = RecordsModel(session)
    model.reload({})
    assert oldest.uuid not in {row.uuid for row in model.rows}  # beyond the first page
    model.reload({"text": oldest.uuid[:13]})
    assert oldest.uuid in {row.uuid for row in model.rows}
    assert model.total == len([r for r in everything if r.uuid.startswith(oldest.uuid[:13])])


def test_typing_in_the_search_box_queries_the_whole_vault(qtbot, session):
    from lintas.gui.pages.records import RecordsPage

    everything = session.call(lambda vault: vault.submissions())
    oldest = min(everything, key=lambda record: (record.created_at, record.uuid))
    page = RecordsPage(session)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.total == RECORDS
    qtbot.keyClicks(page.search, oldest.uuid[:13])
    qtbot.waitUntil(lambda: page.model.total < RECORDS, timeout=5000)
    assert oldest.uuid in {row.uuid for row in page.model.rows}
    assert str(page.model.total) in page.count_label.text()


def test_the_summary_shows_choice_labels_in_the_app_language(session):
    from lintas.gui.pages.records_model import first_page

    model = RecordsModel(session)
    model.reload({})
    row = model.rows[0]
    record = session.call(lambda vault: vault.submission(row.uuid))
    sex_labels = {"female": "Female", "male": "Male", "other": "Other / not said"}
    shown = model.data(model.index(0, RecordsModel.COLUMNS.index("summary")))
    assert shown == row.summary
    assert shown.split(" · ")[0] == sex_labels[record.data["sex"]]
    assert str(record.data["age"]) in shown.split(" · ")
    assert record.data["citizenship"] not in shown.split(" · ")  # a label, not the ISO code

    _total, thai_rows, _until = session.call(lambda vault: first_page(vault, {}, "th"))
    thai = {"female": "หญิง", "male": "ชาย", "other": "อื่น ๆ / ไม่ระบุ"}
    first = next(r for r in thai_rows if r.uuid == row.uuid)
    assert first.summary.split(" · ")[0] == thai[record.data["sex"]]


def test_searching_a_label_finds_the_records_answered_with_its_code(session):
    everything = session.call(lambda vault: vault.submissions())
    female = [r for r in everything if r.data.get("sex") == "female"]
    assert 0 < len(female) < len(everything)
    model = RecordsModel(session)
    for typed in ("Female", "female", "หญิง"):  # as shown in English, and in Thai
        model.reload({"text": typed})
        while model.canFetchMore():
            model.fetchMore()
        assert model.total == len(female) == model.rowCount(), typed
        assert {row.uuid for row in model.rows} == {r.uuid for r in female}
    # Two words: both must match (a label and a user name).
    model.reload({"text": "หญิง kham"})
    expected = [r for r in female if r.created_by == "kham"]
    assert model.total == len(expected) > 0
