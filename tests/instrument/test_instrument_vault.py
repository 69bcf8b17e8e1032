"""The shipped survey installs in a real vault and each scripted path saves without identifiers."""

import survey_paths
from instrument_support import NOW, WORKBOOK

from lintas.export.standard_tables import FORM_ID, consent_refused
from lintas.form.response import Response
from lintas.vault import KdfParams, Vault

# Argon2id at its cheapest: key derivation strength is the vault's own tests' business.
CHEAP_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)


def test_install_and_save_every_consenting_path(tmp_path):
    vault, _recovery = Vault.create(tmp_path / "vault", office="Mae Sot", user="anan",
                                    passphrase="correct horse battery", kdf=CHEAP_KDF)  # fmt: skip
    with vault:
        installed = vault.install_form(WORKBOOK.read_bytes(), filename=WORKBOOK.name)
        assert installed.form_id == FORM_ID
        form = vault.form(FORM_ID)
        saved = 0
        for name, answers in survey_paths.PATHS.items():
            response = Response(form, now=NOW)
            for address, value in answers.items():
                response.set(address, value)
            data = response.to_json()
            if consent_refused(data):
                assert name == "refusal"
                continue  # the app discards a refusal: nothing reaches the vault
            submission = vault.save_submission(FORM_ID, data, status="final")
            stored = vault.submission(submission.uuid).data
            assert stored == data
            assert not {"respondent_name", "document_number", "date_of_birth"} & set(stored)
            saved += 1
        assert saved == len(survey_paths.PATHS) - 1
        assert vault.count(form_id=FORM_ID) == saved
