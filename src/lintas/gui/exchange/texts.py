"""The plain-words summaries at the end of Send and Receive, in the app's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def _lines(*pairs: tuple[str, object]) -> list[str]:
    return [text.replace("{count}", str(value)) for text, value in pairs]


def sent(result: Any, offices: list[str]) -> str:
    names = ", ".join(offices)
    lines = [
        QCoreApplication.translate(
            "ExchangeSummary", "Bundle {number} for {office} is saved to {path}."
        )
        .replace("{number}", str(result.sequence))
        .replace("{office}", names)
        .replace("{path}", str(result.path)),
        QCoreApplication.translate("ExchangeSummary", "Records in it: {count}").replace(
            "{count}", str(result.records)
        ),
    ]
    parts = getattr(result, "parts", None) or []
    if len(parts) > 1:
        lines.append(
            QCoreApplication.translate(
                "ExchangeSummary",
                "It is split into {count} parts for e-mail: {names}. Send every part; the "
                "office receives them in any order, and nothing is imported until all are there.",
            )
            .replace("{count}", str(len(parts)))
            .replace("{names}", ", ".join(p.name for p in parts))
        )
    if result.records == 0:
        lines.append(
            QCoreApplication.translate(
                "ExchangeSummary",
                "They hold every record already; the bundle only carries news of revoked offices.",
            )
        )
    lines.append(
        QCoreApplication.translate(
            "ExchangeSummary",
            "Take the file to them on a USB stick or send it by e-mail: only they can open it. "
            "When their receipt comes back, open it with Office → Receive bundle.",
        )
    )
    return "\n".join(lines)


def regional_key(report: Any) -> str:
    """A hub's regional-key bundle (lintas.exchange.regional.KeyImport in report.key)."""
    key = report.key
    if key.already:
        return (
            QCoreApplication.translate(
                "ExchangeSummary", "This vault already uses the regional key {key} of {office}."
            )
            .replace("{key}", key.key_id)
            .replace("{office}", report.sender)
        )
    lines = [
        QCoreApplication.translate(
            "ExchangeSummary",
            "This vault now uses the regional key {key} of {office}. Pseudonyms made from "
            "now on match those of the other offices that use it.",
        )
        .replace("{key}", key.key_id)
        .replace("{office}", report.sender)
    ]
    if key.replaced:
        # A plain name, not key.pseudonyms_before: Qt's extractor skips a plural call
        # whose count is an attribute, and the string would show in English only.
        count = key.pseudonyms_before
        lines.append(
            QCoreApplication.translate(
                "ExchangeSummary",
                "It replaced the key {key}: the %n pseudonyms made under that key will "
                "not match those made from now on.",
                "",
                count,
            ).replace("{key}", key.replaced)
        )
    return "\n".join(lines)


def received(report: Any, receipt: str | None) -> str:
    office = report.sender
    if report.kind == "regional-key":
        return regional_key(report)
    if report.kind == "receipt":
        if report.replayed:
            return QCoreApplication.translate(
                "ExchangeSummary",
                "This receipt from {office} was received already. Nothing was changed.",
            ).replace("{office}", office)
        return (
            QCoreApplication.translate(
                "ExchangeSummary", "{office} confirms that it holds {count} records sent from here."
            )
            .replace("{office}", office)
            .replace("{count}", str(report.acknowledged))
        )
    if report.replayed:
        lines = [
            QCoreApplication.translate(
                "ExchangeSummary",
                "Bundle {number} from {office} was received already. Nothing was changed.",
            )
            .replace("{number}", str(report.sequence))
            .replace("{office}", office)
        ]
    else:
        lines = [
            QCoreApplication.translate("ExchangeSummary", "Bundle {number} from {office} arrived.")
            .replace("{number}", str(report.sequence))
            .replace("{office}", office)
        ]
        lines += _lines(
            (
                QCoreApplication.translate("ExchangeSummary", "Records in it: {count}"),
                report.records,
            ),
            (QCoreApplication.translate("ExchangeSummary", "New here: {count}"), report.added),
            (
                QCoreApplication.translate(
                    "ExchangeSummary", "Newer revisions of records held here: {count}"
                ),
                report.updated,
            ),
            (
                QCoreApplication.translate("ExchangeSummary", "Already here, unchanged: {count}"),
                report.present,
            ),
        )
        if report.conflicts:
            lines.append(
                QCoreApplication.translate(
                    "ExchangeSummary",
                    "In conflict: {count}. These came with other content than the same "
                    "revision here. Nothing was overwritten: choose which to keep under "
                    "Office → Conflicts.",
                ).replace("{count}", str(report.conflicts))
            )
        else:
            lines.append(QCoreApplication.translate("ExchangeSummary", "No conflicts."))
    if report.missing_sequences:
        missing = ", ".join(str(n) for n in report.missing_sequences)
        lines.append(
            QCoreApplication.translate(
                "ExchangeSummary", "Bundles from {office} that have not arrived yet: {numbers}."
            )
            .replace("{office}", office)
            .replace("{numbers}", missing)
        )
    for warning in report.warnings:  # the core's own words (English)
        lines.append(
            QCoreApplication.translate("ExchangeSummary", "Warning: {text}").replace(
                "{text}", warning
            )
        )
    if receipt:
        lines.append(
            QCoreApplication.translate(
                "ExchangeSummary",
                "A receipt for {office} is saved to {path}. "
                "Send it back so that they know what arrived.",
            )
            .replace("{office}", office)
            .replace("{path}", receipt)
        )
    return "\n".join(lines)


def key_kept(kept: Any) -> str:
    """The hub's key was not taken: pseudonyms were made under this vault's own key."""
    count = kept.made  # a plain name, for Qt's extractor (see above)
    return (
        QCoreApplication.translate(
            "ExchangeSummary",
            "Nothing was changed. This vault already made %n pseudonyms under its regional "
            "key {old}. The key {new} of {office} would replace it, and pseudonyms made under "
            "one key never match those made under another. Keep the current key, unless the "
            "hub says that every office changes to its key: then choose Replace the regional "
            "key anyway.",
            "",
            count,
        )
        .replace("{old}", kept.old_key)
        .replace("{new}", kept.new_key)
        .replace("{office}", kept.office)
    )


def refused(reason: str) -> str:
    reason = reason if reason.endswith(".") else reason + "."
    return "\n".join(
        [
            QCoreApplication.translate(
                "ExchangeSummary",
                "The file was refused. Nothing was imported: this vault is unchanged.",
            ),
            QCoreApplication.translate("ExchangeSummary", "Reason: {text}").replace(
                "{text}", reason
            ),
            QCoreApplication.translate(
                "ExchangeSummary",
                "Ask the sender for a fresh copy, and check that it was made for this office.",
            ),
        ]
    )


def cancelled() -> str:
    return QCoreApplication.translate("ExchangeSummary", "Cancelled. Nothing was changed.")
