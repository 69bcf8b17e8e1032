"""Open a workbook in headless LibreOffice (with a password) and print one sheet as JSON.

Run with the system Python, which has LibreOffice's UNO bridge (Debian python3-uno):
    /usr/bin/python3 lo_read_sheet.py FILE SHEET PASSWORD PROFILE_DIR
Prints {"rows": [[...], ...]} or {"error": "..."}; exits 0 either way once LibreOffice ran.
LibreOffice listens on a named pipe only (no network), and is stopped at the end.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue


def _property(name, value):
    item = PropertyValue()
    item.Name = name
    item.Value = value
    return item


def main() -> int:
    path, sheet, password, profile = sys.argv[1:5]
    pipe = f"lintas_test_{os.getpid()}"
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"-env:UserInstallation=file://{profile}",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # soffice is a script; its soffice.bin is in this group
    )
    desktop = None
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        context = None
        for _ in range(120):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        if context is None:
            print(json.dumps({"error": "LibreOffice did not start"}))
            return 2
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        url = uno.systemPathToFileUrl(str(Path(path).resolve()))
        args = (_property("Hidden", True), _property("Password", password))
        try:
            document = desktop.loadComponentFromURL(url, "_blank", 0, args)
        except Exception as error:
            print(json.dumps({"error": f"{type(error).__name__}: {error}"}))
            return 0
        if document is None:
            print(json.dumps({"error": "the document did not open"}))
            return 0
        cells = document.Sheets.getByName(sheet)
        cursor = cells.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        rows = cells.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()
        print(json.dumps({"rows": [list(row) for row in rows]}, ensure_ascii=False))
        document.close(True)
        return 0
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(office.pid, signal.SIGKILL)  # only the group this script started
        except ProcessLookupError:
            pass
        office.wait()


if __name__ == "__main__":
    sys.exit(main())
