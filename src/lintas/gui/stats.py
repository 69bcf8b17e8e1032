"""The Home page's numbers, computed from the vault on the worker thread (no Qt here)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from lintas.errors import LintasError
from lintas.gui import queries
from lintas.gui.choice_labels import labels_by_question
from lintas.gui.i18n import form_language_for

# Question names the charts look for, in order of preference. The standard ASEAN
# survey and the demo form both use the first ones.
SEX_NAMES = ("sex", "gender")
CITIZENSHIP_NAMES = ("citizenship", "nationality", "country_of_citizenship")
DAYS_SHOWN = 14
# Charts cover recent weeks only, so opening a vault of many years stays quick:
# the counts come from the vault's indexes, the charts read at most this window.
CHART_DAYS = 30
OTHERS = ""  # the chart writes "Others" in the app's language


@dataclass(frozen=True)
class HomeStats:
    today: int = 0
    week: int = 0
    total: int = 0
    drafts: int = 0
    by_sex: list[tuple[str, int]] = field(default_factory=list)
    by_citizenship: list[tuple[str, int]] = field(default_factory=list)
    by_day: list[tuple[str, int]] = field(default_factory=list)


def _live(vault: Any, since: str | None = None) -> int:
    """Records that are not void (created since ``since``)."""
    return sum(queries.count(vault, {"status": s}, since) for s in ("draft", "final"))


def home_stats(vault: Any, app_language: str = "en", today: dt.date | None = None) -> HomeStats:
    """Counts over the whole vault; charts over the last CHART_DAYS days; voids left out."""
    today = today or dt.datetime.now(dt.UTC).date()
    week_start = today - dt.timedelta(days=today.weekday())
    day_counts: Counter[str] = Counter()
    sexes: Counter[str] = Counter()
    citizenships: Counter[str] = Counter()
    labels = _choice_labels(vault, app_language)
    window_start = (today - dt.timedelta(days=CHART_DAYS - 1)).isoformat()
    for record in queries.records(vault, {}, since=window_start):
        if record.status == "void":
            continue
        day_counts[str(record.created_at)[:10]] += 1
        _count_first(record.data, SEX_NAMES, sexes)
        _count_first(record.data, CITIZENSHIP_NAMES, citizenships)
    days = [(today - dt.timedelta(days=n)).isoformat() for n in range(DAYS_SHOWN - 1, -1, -1)]
    return HomeStats(
        today=_live(vault, today.isoformat()),
        week=_live(vault, week_start.isoformat()),
        total=_live(vault),
        drafts=queries.count(vault, {"status": "draft"}),
        by_sex=[(labels["sex"].get(k, k), n) for k, n in sexes.most_common()],
        by_citizenship=_top(citizenships, labels["citizenship"], 8),
        by_day=[(day[5:], day_counts[day]) for day in days],
    )


def _count_first(data: Any, names: tuple[str, ...], counter: Counter[str]) -> None:
    for name in names:
        value = data.get(name)
        if isinstance(value, str) and value:
            counter[value] += 1
            return


def _top(counter: Counter[str], labels: dict[str, str], shown: int) -> list[tuple[str, int]]:
    common = counter.most_common()
    top = [(labels.get(k, k), n) for k, n in common[:shown]]
    rest = sum(n for _k, n in common[shown:])
    return [*top, (OTHERS, rest)] if rest else top


# (form sha256, app language) -> chart -> choice labels. Loading a big form takes
# a moment; its file never changes under the same hash, so once per run is enough.
_LABELS: dict[tuple[str, str], dict[str, dict[str, str]]] = {}
CHARTS = {"sex": SEX_NAMES, "citizenship": CITIZENSHIP_NAMES}


def _choice_labels(vault: Any, app_language: str) -> dict[str, dict[str, str]]:
    """For each chart, choice name -> label in the app's language, over installed forms.

    Labels come from the charted question's own choice list: the same code can
    mean different things in different lists ("M" is male, and an ISIC section).
    """
    labels: dict[str, dict[str, str]] = {chart: {} for chart in CHARTS}
    for installed in vault.forms():
        key = (installed.sha256, app_language)
        if key not in _LABELS:
            _LABELS[key] = _labels_of(vault, installed, app_language)
        for chart, names in _LABELS[key].items():
            for name, label in names.items():
                labels[chart].setdefault(name, label)
    return labels


def _labels_of(vault: Any, installed: Any, app_language: str) -> dict[str, dict[str, str]]:
    try:
        form = vault.form(installed.form_id, installed.version)
    except LintasError:  # a form that no longer loads only loses its labels
        return {}
    language = form_language_for(app_language, form.languages)
    wanted = {name for names in CHARTS.values() for name in names}
    by_question = labels_by_question(form, language, wanted)
    found: dict[str, dict[str, str]] = {}
    for chart, names in CHARTS.items():
        # The chart's first question in the form's order that has a choice list.
        first = next((name for name in by_question if name in names), None)
        if first is not None:
            found[chart] = by_question[first]
    return found
