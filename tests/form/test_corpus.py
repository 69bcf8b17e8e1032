"""The real-world XLSForm corpus: every form pyxform accepts loads and runs, except
the features Lintas refuses on purpose (listed below with their reasons), and
every form pyxform rejects is rejected by Lintas with a clear message.
"""

import csv
from pathlib import Path

import pytest

from lintas.form import FormLoadError, Response, check, load
from lintas.form.consent import AGREED, consent_question
from lintas.vault import KdfParams, Vault
from lintas.vault.errors import ConsentNotGivenError

# Forms pyxform accepts that Lintas refuses on purpose, each with the reason.
# The test checks that each one is refused for exactly this reason.
# Every error each one gets, in order: the test fails if one is added, lost or changed.
REFUSED_ON_PURPOSE = {
    "XLSForm__pyxform__bad_calc.xlsx": ("not a valid expression",),  # prose in a calculation
    "XLSForm__pyxform__case_insensitivity.xls": ("entities", "OpenStreetMap"),
    "XLSForm__pyxform__case_insensitivity.xlsx": ("entities", "OpenStreetMap"),
    # choice_filter "label::English != ''" is not XPath (ODK Validate rejects it too)
    "XLSForm__pyxform__xl_date_ambiguous.xlsx": ("not a valid expression",),
}

# Forms whose consent question is asked only after other answers (kobo_tool: once the
# organisation and population group are chosen): an empty response of them is not
# stored, not even as a draft, and the vault says why.
CONSENT_ASKED_LATER = {"impact-initiatives__cleaningtools__kobo_tool.xlsx"}


FORMS_DOC = Path(__file__).resolve().parents[2] / "docs" / "forms.md"


def test_every_refused_corpus_form_is_named_in_the_docs_with_its_reason():
    # docs/forms.md keeps a table of the corpus forms Lintas refuses, one row each:
    # `file` | what is refused | why it cannot work here. It must list exactly the
    # forms above, each with a reason, so that a change of the list changes the docs.
    text = FORMS_DOC.read_text(encoding="utf-8")
    section = text.split("**Corpus forms refused**", 1)
    assert len(section) == 2, "docs/forms.md has no 'Corpus forms refused' table"
    rows = {}
    table = section[1].split("\n|", 1)[1].split("\n\n", 1)[0]  # the table after the heading
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = cells[1:]
    assert set(rows) == set(REFUSED_ON_PURPOSE)
    for name, (what, why) in rows.items():
        for reason in REFUSED_ON_PURPOSE[name]:
            word = "expression" if reason == "not a valid expression" else reason
            assert word.lower() in what.lower(), (name, reason)
        assert len(why) > 40, name  # a reason, not a word


def expected_rows(corpus_dir):
    with open(corpus_dir / "xlsforms" / "EXPECTED.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_the_corpus_is_all_accounted_for(corpus_dir):
    rows = expected_rows(corpus_dir)
    accepted = [r["file"] for r in rows if r["pyxform_ok"] == "yes"]
    rejected = [r["file"] for r in rows if r["pyxform_ok"] == "no"]
    assert len(rows) == 63
    assert set(REFUSED_ON_PURPOSE) <= set(accepted)
    # The counts reported for the form engine: 63 forms = 51 + 4 + 8 (33 + 22 + 8
    # before issue 9: device metadata and locations freed 4, media columns 3, media
    # questions 5, attached CSV files and external_choices 3, loops 3). 51 of 55 = 93%.
    assert (len(accepted) - len(REFUSED_ON_PURPOSE), len(REFUSED_ON_PURPOSE), len(rejected)) == (
        51, 4, 8,
    )  # fmt: skip


@pytest.mark.slow
def test_every_accepted_form_loads_and_runs_unless_refused_on_purpose(corpus_dir, tmp_path):
    loaded, refused = [], []
    vaults = CorpusVaults(tmp_path)
    for row in expected_rows(corpus_dir):
        if row["pyxform_ok"] != "yes":
            continue
        path = corpus_dir / "xlsforms" / row["file"]
        if row["file"] in REFUSED_ON_PURPOSE:
            with pytest.raises(FormLoadError) as caught:
                load(path)
            reasons = REFUSED_ON_PURPOSE[row["file"]]
            errors = [p.message for p in caught.value.problems if p.is_error]
            assert len(errors) == len(reasons), (row["file"], errors)
            assert all(r in m for r, m in zip(reasons, errors, strict=True)), row["file"]
            assert all(p.row or p.sheet for p in caught.value.problems if p.is_error)
            refused.append(row["file"])
            continue
        form = load(path)
        response = Response(form)
        consent = consent_question(form)
        if consent is not None and row["file"] not in CONSENT_ASKED_LATER:
            response.set(consent.name, AGREED)  # nothing without consent is stored
        response.validate(final=False)
        again = Response.from_json(form, response.to_json())
        assert again.to_json() == response.to_json(), row["file"]
        vaults.save(path, response.to_json())
        loaded.append(row["file"])
    vaults.close()
    assert (len(loaded), len(refused)) == (51, 4)


class CorpusVaults:
    """Real vaults to install each loaded form into and save its empty response.

    Several corpus files share a form id and version (include.xls and .xlsx), which
    one vault refuses as a conflict, so such a file goes into a vault of its own.
    """

    def __init__(self, folder):
        self.folder, self.vaults = folder, []

    def save(self, path, data):
        for vault, used in self.vaults:
            if self._try(vault, used, path, data):
                return
        vault, _key = Vault.create(
            self.folder / f"v{len(self.vaults)}", office="Corpus", user="anan",
            passphrase="correct horse battery",
            kdf=KdfParams(memory_kib=256, iterations=1, lanes=1),
        )  # fmt: skip
        self.vaults.append((vault, set()))
        assert self._try(vault, self.vaults[-1][1], path, data), path.name

    def _try(self, vault, used, path, data):
        form = load(path)
        if (form.form_id, form.version) in used:
            return False
        files = None
        if form.reads_files:
            # The corpus has the workbooks, not their CSV files: installing without them
            # names each missing file; then the form goes in with a small list for each.
            with pytest.raises(FormLoadError) as missing:
                vault.install_form(path.read_bytes(), filename=path.name)
            named = {f for f in form.reads_files if f in str(missing.value)}
            assert named == set(form.reads_files), path.name
            files = {f: b"name,label\na,A\n" for f in form.reads_files}
        installed = vault.install_form(path.read_bytes(), filename=path.name, files=files)
        used.add((form.form_id, form.version))
        if path.name in CONSENT_ASKED_LATER:
            with pytest.raises(ConsentNotGivenError, match="Nothing was saved"):
                vault.save_submission(installed.form_id, data)
            return True
        saved = vault.save_submission(installed.form_id, data)
        assert vault.submission(saved.uuid).data == data, path.name
        return True

    def close(self):
        for vault, _used in self.vaults:
            vault.close()


@pytest.mark.slow
def test_every_form_pyxform_rejects_is_rejected_clearly(corpus_dir):
    for row in expected_rows(corpus_dir):
        if row["pyxform_ok"] != "no":
            continue
        problems = check(corpus_dir / "xlsforms" / row["file"])
        errors = [p for p in problems if p.is_error]
        assert errors, row["file"]
        for problem in errors:
            assert "Traceback" not in problem.message
            assert len(problem.message) >= 10 and "object at 0x" not in problem.message
