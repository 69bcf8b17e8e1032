"""The command line's own behaviour: usage, broken pipes, never a traceback."""

import subprocess
import sys

from lintas.cli import main


def test_a_group_without_its_sub_command_is_a_usage_error(capsys):
    try:
        code = main(["form"])
    except SystemExit as exit_:
        code = exit_.code
    assert code == 2  # a usage error (issue 15, point 8: it was 0)
    assert "check" in capsys.readouterr().err


def test_unknown_command_exits_2():
    try:
        main(["no-such-command"])
    except SystemExit as exit_:
        assert exit_.code == 2
    else:
        raise AssertionError("an unknown command was accepted")


def test_a_reader_that_goes_away_gets_no_traceback(corpus_dir):
    form = corpus_dir / "xlsforms" / "impact-initiatives__cleaningtools__kobo_tool.xlsx"
    process = subprocess.Popen(
        [sys.executable, "-m", "lintas", "form", "check", "--json", str(form)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    # Close our end before the command writes: its first write meets a broken pipe.
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=120)
    assert "Traceback" not in stderr
    assert process.returncode in (0, 1)
