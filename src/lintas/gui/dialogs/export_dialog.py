"""The Export dialog (Office menu, supervisors): settings, then the export on the worker.

The dialog only gathers settings and shows progress; lintas.export.run does the work on
the worker thread, so the window stays responsive and Cancel stops it at a safe point
(no file is left behind). The last settings of each form and the named exports are kept
in the vault (lintas.export.presets), which the command line reads with ``--preset``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QPushButton

from lintas.export.presets import ExportSettings
from lintas.export.run import suffix_for
from lintas.export.workbook import WRITTEN_LEVELS
from lintas.gui.dialogs.base import HeldDialog
from lintas.gui.i18n import current_language
from lintas.gui.period import PeriodRow
from lintas.gui.session import Session

STATUSES = ("final", None, "draft", "void")
FORMATS = ("xlsx", "sav", "dta", "csv")


class ExportDialog(HeldDialog):
    ui_name = "export"

    def __init__(
        self,
        session: Session,
        forms: list[tuple[str, str]],
        parent=None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.folder = folder or _default_folder()
        self.operation: Any = None
        self.result: Any = None
        self.presets: dict[str, ExportSettings] = {}
        form = self.form
        for form_id, title in forms:
            form.formCombo.addItem(f"{title} ({form_id})", form_id)
        self.level_names = {
            "internal": self.tr("Internal: every answer except identifiers, for this office"),
            "restricted": self.tr("Restricted: for licensed researchers, recoded and checked"),
            "public": self.tr("Public: tables and a few coarse variables, for anyone"),
        }
        for level in WRITTEN_LEVELS:
            form.levelCombo.addItem(self.level_names[level], level)
        status_names = {
            "final": self.tr("Final interviews only"),
            None: self.tr("All interviews (drafts, final and void)"),
            "draft": self.tr("Drafts only"),
            "void": self.tr("Void records only"),
        }
        for status in STATUSES:
            form.statusCombo.addItem(status_names[status], status)
        format_names = {
            "xlsx": self.tr("Excel workbook (.xlsx), the standard Lintas workbook"),
            "sav": self.tr("SPSS (.sav files in a .zip)"),
            "dta": self.tr("Stata (.dta files in a .zip)"),
            "csv": self.tr("CSV (UTF-8 files in a .zip, for R and Python)"),
        }
        for name in FORMATS:
            form.formatCombo.addItem(format_names[name], name)
        self.dates = PeriodRow(form.datesCheck, form.fromDate, form.toDate, form.toCaption)
        form.progressBar.hide()
        form.cancelButton.setEnabled(False)
        self.preset_button = QPushButton(self.tr("Save as &named export…"))
        self.preset_button.setAutoDefault(False)
        form.buttonLayout.insertWidget(0, self.preset_button)
        # What the level keeps, before anything is written (its disclosure-control pass).
        self.check_button = QPushButton(self.tr("Chec&k what this level keeps"))
        self.check_button.setAutoDefault(False)
        form.buttonLayout.insertWidget(1, self.check_button)
        self.setTabOrder(form.fileEdit, form.browseButton)
        self.setTabOrder(form.browseButton, form.exportButton)
        self.setTabOrder(form.closeButton, self.preset_button)
        self.setTabOrder(self.preset_button, self.check_button)

        form.formCombo.currentIndexChanged.connect(self._on_form_changed)
        form.levelCombo.currentIndexChanged.connect(self._show_level_note)
        form.formatCombo.currentIndexChanged.connect(self._on_format_changed)
        form.browseButton.clicked.connect(self.browse)
        form.exportButton.clicked.connect(self.start)
        form.cancelButton.clicked.connect(self.cancel)
        form.closeButton.clicked.connect(self.reject)
        self.preset_button.clicked.connect(self.save_named)
        self.check_button.clicked.connect(self.check_level)
        self._on_form_changed()
        form.formCombo.setFocus()

    # -- settings --------------------------------------------------------------------
    def _on_form_changed(self) -> None:
        form_id = self.form.formCombo.currentData()
        self.form.labelsCombo.clear()
        self.form.labelsCombo.addItem(self.tr("Codes (as stored)"), None)
        if not form_id:
            self.form.exportButton.setEnabled(False)
            self.form.messageLabel.setText(self.tr("Install a form first."))
            return
        languages, last, self.presets = self.session.call(lambda vault: _form_facts(vault, form_id))
        for language in languages:
            self.form.labelsCombo.addItem(language, _language_code(language))
        if last is not None:
            self.apply(last)
        self._set_path(form_id)
        self._show_level_note()

    def apply(self, settings: ExportSettings) -> None:
        """Show ``settings`` (a form's last export, or a named one)."""
        form = self.form
        _select(form.levelCombo, settings.level)
        _select(form.labelsCombo, settings.labels)
        _select(form.statusCombo, settings.status)
        _select(form.formatCombo, settings.format)
        self.dates.show(settings.since, settings.until)

    def settings(self) -> ExportSettings:
        form = self.form
        since, until = self.dates.period()
        return ExportSettings(
            form_id=form.formCombo.currentData(),
            level=form.levelCombo.currentData(),
            labels=form.labelsCombo.currentData(),
            since=since,
            until=until,
            status=form.statusCombo.currentData(),
            format=form.formatCombo.currentData(),
        )

    def _show_level_note(self) -> None:
        notes = {
            "internal": self.tr(
                "Everything the office holds, without identifier questions (names, document "
                "numbers). Keep it inside the office."
            ),
            "restricted": self.tr(
                "Only the declared variables, recoded so that no person can be picked out."
            ),
            "public": self.tr("The standard tables and sex, age band, citizenship and flow type."),
        }
        self.form.levelNote.setText(notes.get(self.form.levelCombo.currentData(), ""))

    def _on_format_changed(self) -> None:
        workbook = self.form.formatCombo.currentData() == "xlsx"
        for widget in (
            self.form.passwordEdit, self.form.confirmEdit, self.form.passwordCaption,
            self.form.confirmCaption,
        ):  # fmt: skip
            widget.setEnabled(workbook)
        if not workbook:
            self.form.passwordEdit.clear()
            self.form.confirmEdit.clear()
        text = self.form.fileEdit.text().strip()
        if text:
            self.form.fileEdit.setText(str(Path(text).with_suffix(suffix_for(self._format()))))

    def _format(self) -> str:
        return self.form.formatCombo.currentData() or "xlsx"

    def _set_path(self, form_id: str) -> None:
        stamp = dt.date.today().isoformat()
        name = f"{form_id}-{stamp}{suffix_for(self._format())}"
        self.form.fileEdit.setText(str(self.folder / name))

    def browse(self) -> None:
        suffix = suffix_for(self._format())
        kinds = self.tr("Excel workbook (*.xlsx)") if suffix == ".xlsx" else self.tr("Zip (*.zip)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.form.fileEdit.text(), kinds
        )
        if chosen:
            path = Path(chosen)
            self.form.fileEdit.setText(
                str(path if path.suffix == suffix else path.with_suffix(suffix))
            )

    # -- running ---------------------------------------------------------------------
    def problem(self) -> str:
        """What stops the export, in words (empty when it can start)."""
        form = self.form
        if not form.formCombo.currentData():
            return self.tr("Install a form first.")
        text = form.fileEdit.text().strip()
        if not text:
            return self.tr("Choose where to save the file.")
        path = Path(text).expanduser()
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist. Choose another.").format(
                folder=path.parent
            )
        if path.suffix.lower() != suffix_for(self._format()):
            return self.tr("The file name must end in {suffix} for this format.").format(
                suffix=suffix_for(self._format())
            )
        if form.passwordEdit.text() != form.confirmEdit.text():
            return self.tr("The two passwords are not the same. Type them again.")
        if self.dates.backwards():
            return self.tr("The first date is after the last date.")
        return ""

    def start(self) -> None:
        if self.operation is not None:
            return
        problem = self.problem()
        if problem:
            self.form.messageLabel.setText(problem)
            return
        path = Path(self.form.fileEdit.text().strip()).expanduser()
        if path.exists() and not self._confirm_replace(path):
            return
        settings = self.settings()
        password = self.form.passwordEdit.text() or None
        self._running(True)
        self.form.messageLabel.setText(self.tr("Exporting…"))
        self.operation = self.session.run(
            lambda vault, progress: _export(vault, path, settings, password, progress),
            on_success=self._done,
            on_failure=self._failed,
        )
        self.operation.progressed.connect(self._progress)
        self.operation.cancelled.connect(self._cancelled)

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("{file} is already there. Replace it?").format(file=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _progress(self, done: int, total: int, _what: str) -> None:
        bar = self.form.progressBar
        if total > 0:
            bar.setRange(0, total)
            bar.setValue(min(done, total))
        else:
            bar.setRange(0, 0)

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.form.messageLabel.setText(self.tr("Stopping…"))

    def _done(self, result: Any) -> None:
        self.operation = None
        self.result = result
        self._running(False)
        self.form.progressBar.setValue(self.form.progressBar.maximum())
        self.form.messageLabel.setText(self.summary(result))
        self.form.closeButton.setFocus()

    def summary(self, result: Any) -> str:
        level = self.level_names.get(result.level, result.level).split(":")[0]
        lines = [
            self.tr("Exported {count} interviews of {form} ({level} level).").format(
                count=result.records, form=self.form.formCombo.currentText(), level=level
            ),
            self.tr("The file is {path}").format(path=result.path),
        ]
        lines += self.disclosure_lines(result.disclosure)
        if result.encrypted:
            lines.append(
                self.tr("It has a password: give the password to the ministry another way.")
            )
        if result.format != "xlsx":
            lines.append(self.tr("The zip holds one file per sheet, a README and the codebook."))
        lines.append(self.tr("Checksum (SHA-256): {digest}").format(digest=result.sha256))
        return "\n".join(lines)

    def disclosure_lines(self, disclosure: dict, labels: dict | None = None) -> list[str]:
        """What disclosure control did, in words (nothing at the internal level)."""
        if not disclosure or disclosure.get("k_reached") is None:
            return []
        lines = [
            self.tr(
                "Every combination of the identifying answers is shared by at least {k} "
                "interviews (the aim is {target}); {removed} interviews were left out to reach it."
            ).format(
                k=disclosure["k_reached"], target=disclosure.get("k_target", "?"),
                removed=disclosure.get("records_removed", 0),
            )
        ]  # fmt: skip
        kept = disclosure.get("kept") or {}
        if kept:
            name, share = min(kept.items(), key=lambda item: item[1])
            lines.append(
                self.tr(
                    "The question that loses most, {name}, keeps {share} of its answers."
                ).format(name=(labels or {}).get(name, name), share=f"{share:.0%}")
            )
        return lines

    def check_level(self) -> None:
        if self.operation is not None or not self.form.formCombo.currentData():
            return
        options = self.settings().options()
        form_id = self.form.formCombo.currentData()
        self.form.messageLabel.setText(self.tr("Checking…"))

        language = current_language()

        def work(vault: Any, progress: Any) -> Any:
            from lintas.export.level_report import question_labels
            from lintas.export.run import preview

            found = preview(vault, options, progress)
            form = vault.form(form_id)
            names = {*found.not_published, *found.disclosure.get("kept", {})}
            return found, question_labels(form, names, language)

        self.session.run(
            work, on_success=self._show_preview, on_failure=self.form.messageLabel.setText
        )

    def _show_preview(self, result: Any) -> None:
        # Questions by their label in the app's language, as the privacy report names them.
        found, labels = result
        level = self.level_names.get(found.level, found.level).split(":")[0]
        lines = [
            self.tr(
                "{level} level: {count} interviews would be exported, "
                "with {columns} question columns."
            ).format(level=level, count=found.records, columns=found.columns)
        ]
        if found.not_published:
            lines.append(
                self.tr("Not published at this level: {names}.").format(
                    names=", ".join(labels.get(n, n) for n in found.not_published)
                )
            )
        lines += self.disclosure_lines(found.disclosure, labels)
        self.form.messageLabel.setText("\n".join(lines))

    def _failed(self, message: str) -> None:
        self.operation = None
        self._running(False)
        self.form.progressBar.hide()
        self.form.messageLabel.setText(message)

    def _cancelled(self) -> None:
        self.operation = None
        self._running(False)
        self.form.progressBar.hide()
        self.form.messageLabel.setText(self.tr("Export cancelled. No file was written."))

    def _running(self, on: bool) -> None:
        form = self.form
        for widget in (
            form.formCombo, form.levelCombo, form.labelsCombo, form.datesCheck, form.statusCombo,
            form.formatCombo, form.fileEdit, form.browseButton, form.exportButton,
            form.closeButton, self.preset_button, self.check_button,
        ):  # fmt: skip
            widget.setEnabled(not on)
        if not on:
            self.dates.enable()
            self._on_format_changed()
        else:
            self.dates.disable()
            for widget in (form.passwordEdit, form.confirmEdit):
                widget.setEnabled(False)
        form.cancelButton.setEnabled(on)
        form.progressBar.setVisible(True)
        if on:
            form.progressBar.setRange(0, 0)
            form.cancelButton.setFocus()

    def reject(self) -> None:
        # Esc while exporting stops the export; the dialog closes once it has.
        if self.operation is not None:
            self.cancel()
            return
        super().reject()

    # -- named exports ---------------------------------------------------------------
    def save_named(self) -> None:
        if not self.form.formCombo.currentData():
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as named export"),
            self.tr("Name (for example: Monthly to the Ministry of Labour):"),
        )
        if ok and name.strip():
            self.save_preset(name)

    def save_preset(self, name: str) -> None:
        settings = self.settings()

        def work(vault: Any, _progress: Any) -> str:
            from lintas.export.presets import save_preset

            save_preset(vault, name, settings)
            return " ".join(name.split())

        self.session.run(
            work, on_success=self._preset_saved, on_failure=self.form.messageLabel.setText
        )

    def _preset_saved(self, name: str) -> None:
        self.form.messageLabel.setText(
            self.tr(
                "Saved as '{name}'. The command line makes the same export with "
                'lintas export VAULT FILE --preset "{name}".'
            ).format(name=name)
        )


def _default_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def _language_code(language: str) -> str:
    # "Thai (th)" -> "th"; the core accepts either.
    if language.endswith(")") and "(" in language:
        return language[language.rindex("(") + 1 : -1]
    return language


def _select(combo: Any, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _form_facts(vault: Any, form_id: str) -> tuple[list[str], ExportSettings | None, dict]:
    """The form's languages, its last export's settings and the named exports (worker)."""
    from lintas.export.presets import last_used, presets

    form = vault.form(form_id)
    return list(form.languages), last_used(vault, form_id), presets(vault)


def _export(
    vault: Any, path: Path, settings: ExportSettings, password: str | None, progress: Any
) -> Any:
    """Runs on the worker thread: the export, then this form's settings remembered."""
    from lintas.export.presets import remember
    from lintas.export.run import export

    result = export(
        vault, path, settings.options(), file_format=settings.format, password=password,
        progress=progress,
    )  # fmt: skip
    remember(vault, settings)
    return result
