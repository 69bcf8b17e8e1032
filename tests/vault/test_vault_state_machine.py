"""A Hypothesis state machine: the vault against an in-memory model of submissions.

"crash_reopen" copies the folder while the vault is open (the image a power cut
would leave, since every commit is already fsynced), then reopens that image.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, precondition, rule
from vault_helpers import CHEAP_KDF, FORM_ID, PASSPHRASE, form_bytes

from lintas.vault import Vault
from lintas.vault.errors import InvalidSubmissionError, SubmissionStateError

remarks = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
ages = st.integers(min_value=0, max_value=99)


def answers(age: int, text: str) -> dict:
    return {"age": age, "sex": "male", "remarks": text}


def stored(data: dict) -> dict:
    """What the vault keeps of ``data``: it re-serialises, so an empty answer is absent."""
    return {name: value for name, value in data.items() if value != ""}


class VaultModel(RuleBasedStateMachine):
    uuids = Bundle("uuids")

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="lintas-sm-"))
        self.folder = self.root / "vault"
        self.vault, _ = Vault.create(
            self.folder, office="Ranong", user="anan", passphrase=PASSPHRASE, kdf=CHEAP_KDF
        )
        self.vault.install_form(form_bytes())
        self.model: dict[str, tuple[str, int, dict]] = {}

    def teardown(self) -> None:
        self.vault.close()
        shutil.rmtree(self.root, ignore_errors=True)

    @rule(target=uuids, age=ages, text=remarks, final=st.booleans())
    def save(self, age, text, final):
        data = answers(age, text)
        try:
            saved = self.vault.save_submission(FORM_ID, data, status="final" if final else "draft")
        except InvalidSubmissionError:
            assert final and age < 15
            return "never-saved"
        assert not (final and age < 15)
        self.model[saved.uuid] = (saved.status, 1, stored(data))
        return saved.uuid

    @precondition(lambda self: self.model)
    @rule(uuid=uuids, age=ages, text=remarks)
    def edit(self, uuid, age, text):
        if uuid not in self.model:
            return
        status, revision, _ = self.model[uuid]
        data = answers(age, text)
        try:
            self.vault.update_submission(uuid, data)
        except SubmissionStateError:
            assert status == "void"
            return
        except InvalidSubmissionError:
            assert status == "final" and age < 15
            return
        assert status != "void"
        self.model[uuid] = (status, revision + 1, stored(data))

    @precondition(lambda self: self.model)
    @rule(uuid=uuids)
    def finalise(self, uuid):
        if uuid not in self.model:
            return
        status, revision, data = self.model[uuid]
        try:
            self.vault.finalise(uuid)
        except SubmissionStateError:
            assert status != "draft"
            return
        except InvalidSubmissionError:
            assert data["age"] < 15
            return
        self.model[uuid] = ("final", revision + 1, data)

    @precondition(lambda self: self.model)
    @rule(uuid=uuids, reason=st.sampled_from(["duplicate", "consent withdrawn"]))
    def void(self, uuid, reason):
        if uuid not in self.model:
            return
        status, revision, data = self.model[uuid]
        try:
            self.vault.void(uuid, reason)
        except SubmissionStateError:
            assert status == "void"
            return
        self.model[uuid] = ("void", revision + 1, data)

    @rule()
    def reopen(self):
        self.vault.close()
        self.vault = Vault.open(self.folder, user="anan", passphrase=PASSPHRASE)

    @rule()
    def crash_reopen(self):
        image = self.root / "image"
        shutil.rmtree(image, ignore_errors=True)
        shutil.copytree(self.folder, image, ignore=shutil.ignore_patterns("vault.lock"))
        self.vault.close()
        shutil.rmtree(self.folder)
        image.rename(self.folder)
        self.vault = Vault.open(self.folder, user="anan", passphrase=PASSPHRASE)

    @invariant()
    def matches_model(self):
        stored = {s.uuid: (s.status, s.revision, dict(s.data)) for s in self.vault.submissions()}
        assert stored == self.model
        assert self.vault.count(status="final") == sum(
            1 for status, _, _ in self.model.values() if status == "final"
        )


VaultModel.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestVaultModel = VaultModel.TestCase
