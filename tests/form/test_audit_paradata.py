"""ODK's audit meta question: the seconds spent on each question, kept in the record as
paradata, with question names and durations only (no values, nothing typed), checked when
a record comes in, and never published above the internal level."""

import pytest
from form_helpers import markdown

from lintas.export.levels import level_set
from lintas.export.plan import exported_questions
from lintas.form import Response, load
from lintas.form.errors import InvalidAnswer, ResponseError
from lintas.vault import KdfParams, Vault

FORM = markdown("""
| survey |
| | type | name | label | sdc_level |
| | audit | audit | | public |
| | text | village | Village | public |
| | integer | age | Age | public |
| | select_one yn | ok | All right? | public |
| choices |
| | list_name | name | label |
| | yn | yes | Yes |
| | yn | no | No |
| settings |
| | form_id | version |
| | audit_form | 1 |
""")


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def timed(form):
    response = Response(form)
    clock = Clock()
    response.paradata.clock = clock
    return response, clock


def test_the_audit_row_loads_and_records_seconds_per_question():
    form = load(FORM, filename="audit.md")
    assert not [w for w in form.warnings if "audit" in w]
    assert form.question("audit").type == "audit"
    response, clock = timed(form)
    response.focus_question("village")
    response.set("village", "Ban Mae Ramat")
    clock.now += 4.04
    response.focus_question("age")
    response.set("age", 37)
    clock.now += 2.5
    response.focus_question("village")  # back again: the time adds up
    clock.now += 1.0
    response.focus_question("ok")
    clock.now += 0.3
    data = response.to_json()
    assert data["audit"] == "village=5.0;age=2.5;ok=0.3"
    # Names and durations only: no answer and nothing typed is ever in the paradata.
    assert "Ban Mae Ramat" not in data["audit"] and "37" not in data["audit"]
    with pytest.raises(ResponseError, match="worked out by the form"):
        response.set("audit", "village=1.0")
    # Reopened, the times go on from what was saved.
    again = Response.from_json(form, data)
    again.paradata.clock = clock
    again.focus_question("age")
    clock.now += 1.5
    assert again.to_json()["audit"] == "village=5.0;age=4.0;ok=0.3"


@pytest.mark.parametrize(
    "value", ["Ban Mae Ramat", "village=5.0;passport=AB123", "village=abc", "nobody=1.0", "age=-3"]
)
def test_a_saved_audit_that_is_not_names_and_seconds_is_refused(value):
    form = load(FORM, filename="audit.md")
    with pytest.raises(InvalidAnswer, match="question names and seconds"):
        Response.from_json(form, {"audit": value})


def test_paradata_is_saved_in_the_vault_and_published_only_internally(tmp_path):
    vault, _ = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase="correct horse battery",
        kdf=KdfParams(memory_kib=256, iterations=1, lanes=1),
    )  # fmt: skip
    with vault:
        vault.install_form(FORM, filename="audit.md")
        form = vault.form("audit_form")
        response, clock = timed(form)
        response.focus_question("age")
        response.set("age", 40)
        clock.now += 3
        saved = vault.save_submission("audit_form", response.to_json())
        assert vault.submission(saved.uuid).data["audit"] == "age=3.0"
    exported = exported_questions(form)
    assert "audit" in level_set(form, "internal", exported).published
    for level in ("restricted", "public"):
        chosen = level_set(form, level, exported)
        assert "audit" not in chosen.published and "paradata" in chosen.dropped["audit"]
        assert "age" in chosen.published  # declared public, still published
