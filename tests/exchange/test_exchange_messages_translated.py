"""Bundle refusals and office errors speak the user's language: every message of
lintas.exchange is in every catalog with its placeholders, and a real spliced bundle
imported with LANG=th is refused in Thai (real vaults, a real CLI in a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bundle_tools import pieces, plain, to
from test_exchange_roundtrip import _final
from vault_helpers import PASSPHRASE

from lintas import i18n
from lintas.exchange.bundles import create_bundle
from lintas.exchange.errors import ExchangeError
from lintas.exchange.identity import read_card
from tests.i18n.catalog_checks import TRANSLATED, gaps_in, in_language, messages_from

SRC = str(Path(__file__).resolve().parents[2] / "src")
SPLICED = "a segment belongs to another bundle or part (spliced)"
REFUSED = (
    "The bundle '{path}' was refused: {reason}. Nothing was imported; ask the sender for a "
    "fresh copy."
)


def test_the_exchange_group_is_marked():
    messages = messages_from("lintas/exchange/")
    assert len(messages) >= 110  # refusal reasons, identity, peers, keys, summaries
    assert SPLICED in messages and "its {what} is not in canonical form" in messages


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_exchange_message_is_in_every_catalog(code):
    assert gaps_in(code, messages_from("lintas/exchange/")) == []


def _lintas(*args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}  # fmt: skip
    env.update(PYTHONPATH=SRC, LINTAS_PASSPHRASE=PASSPHRASE, LANG=lang)
    return subprocess.run(
        [sys.executable, "-m", "lintas", *args], capture_output=True, text=True, env=env,
        stdin=subprocess.DEVNULL, timeout=120, check=False,
    )  # fmt: skip


def test_a_spliced_bundle_is_refused_in_thai_with_lang_th(offices, tmp_path: Path) -> None:
    a, hub = offices("A", "Hub")
    for age in (20, 30):
        _final(a, age)
    create_bundle(a, ["Hub"], tmp_path / "one.age")
    _final(a, 40)
    create_bundle(a, ["Hub"], tmp_path / "two.age")
    magic, blocks = pieces(plain(hub, tmp_path / "one.age"))
    _, others = pieces(plain(hub, tmp_path / "two.age"))
    blocks[1] = others[1]  # A's own signature, on a segment of its other bundle
    spliced = to(hub, magic + b"".join(blocks), tmp_path / "spliced.age")
    hub_path = tmp_path / "Hub"  # where the offices fixture made it
    hub.close()

    done = _lintas("bundle", "import", str(hub_path), str(spliced), lang="th_TH.UTF-8")
    assert done.returncode == 4, done.stdout + done.stderr
    thai = in_language("th", REFUSED, path=spliced, reason=i18n.translated_in("th", SPLICED))
    assert thai.isascii() is False
    assert done.stderr.strip() == f"lintas: {thai}"
    english = _lintas("bundle", "import", str(hub_path), str(spliced), lang="C.UTF-8")
    assert english.returncode == 4
    assert f"was refused: {SPLICED}." in english.stderr


def test_a_card_that_is_not_json_is_refused_in_khmer(tmp_path: Path) -> None:
    card = tmp_path / "office.card"
    card.write_text("not a card\n", encoding="utf-8")
    i18n.set_language("km")
    with pytest.raises(ExchangeError) as raised:
        read_card(card)
    expected = in_language("km", "'{path}' is not a Lintas office card (not JSON).", path=card)
    assert raised.value.message == expected and "not a Lintas" not in expected
