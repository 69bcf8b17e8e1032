"""Progress reporting and cancellation for long core operations.

Long work (form loads, exports, imports, bundles) takes a ``progress`` callback.
The core never knows who listens: the CLI prints, the GUI's worker thread turns
calls into signals. Returning ``False`` from the callback asks the work to stop,
which it does by raising :class:`lintas.errors.Cancelled` at the next safe point,
after rolling back anything half done.
"""

from __future__ import annotations

from collections.abc import Callable

from lintas.errors import Cancelled

# done, total (0 when unknown), a short phrase for the user. Return False to cancel.
Progress = Callable[[int, int, str], bool | None]


def report(progress: Progress | None, done: int, total: int, what: str = "") -> None:
    """Tell ``progress`` how far the work is; raise Cancelled if it asks to stop."""
    if progress is None:
        return
    if progress(done, total, what) is False:
        raise Cancelled()
