"""Streaming age encryption and decryption through pyrage, in memory only.

What pyrage (1.4) offers for streams, as measured here: ``encrypt_io(reader, writer,
recipients)`` and ``decrypt_io(reader, writer, identities)``. Both copy 8 KiB at a time
between Python file objects (calling ``read``/``readinto`` and ``write``), so a bundle
never needs its whole plaintext in memory. Two things to know:

- ``decrypt_io`` is push-style: it hands every authenticated STREAM chunk to the writer
  at once and only at the end finds truncation or trailing bytes, then raises
  ``OSError("decryption error")`` (a damaged header raises ``DecryptError``). So the
  plaintext it gave us is not known to be whole until it returns: nothing may be
  committed before that.
- An exception raised by our writer comes back out of ``decrypt_io`` unchanged; one
  raised by our reader inside ``encrypt_io`` comes back as ``EncryptError``.

:class:`Decrypting` turns the push into a pull (a reader thread fills a small bounded
queue), so the bundle parser reads the plaintext like a file. The plaintext only ever
sits in that queue and in the parser's buffers: it is never written to disk.
"""

from __future__ import annotations

import io
import os
import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import pyrage

from lintas.i18n import N_, tr

QUEUE_PIECES = 64  # 64 x 8 KiB: what may wait between the decrypting thread and the parser


class Damaged(Exception):
    """age refused the file: ``reason`` is one of the messages below."""

    def __init__(self, reason: str) -> None:
        self.reason = tr(reason)  # in the user's language (lintas.i18n)
        super().__init__(self.reason)


NOT_AGE = N_("it is not an age-encrypted file")
NOT_OURS = N_("it is not addressed to this office (none of its recipients is ours)")
DAMAGED = N_("it is damaged, cut short or was changed after it was made")
AGE_MAGIC = b"age-encryption.org/v1\n"


class _PiecesReader(io.RawIOBase):
    """A read-only file over an iterator of byte strings (what ``encrypt_io`` pulls)."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self._pieces = pieces
        self._current = memoryview(b"")
        self.total = 0
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            while not self._current:
                piece = next(self._pieces, None)
                if piece is None:
                    return 0
                self._current = memoryview(piece)
        except BaseException as error:  # kept, and raised again outside pyrage
            self.error = error
            raise
        size = min(len(buffer), len(self._current))
        buffer[:size] = self._current[:size]
        self._current = self._current[size:]
        self.total += size
        return size


def encrypt_to(path: Path, recipients: list[str], pieces: Iterator[bytes]) -> int:
    """Encrypt the plaintext ``pieces`` to ``recipients`` into ``path`` (atomically).

    Returns the plaintext's length. The file appears under its name only when whole.
    """
    keys = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    temporary = path.with_name(f".{path.name}.partial")
    reader = _PiecesReader(pieces)
    try:
        with open(temporary, "wb") as handle:
            try:
                pyrage.encrypt_io(reader, handle, keys)
            except pyrage.EncryptError:
                if reader.error is not None:
                    raise reader.error from None
                raise
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return reader.total


def encrypted_size(plain: int, recipients: int) -> int:
    """An upper bound of the age file's size for ``plain`` plaintext bytes.

    age v1: a header (~40 bytes plus ~100 per X25519 stanza, plus the MAC line), a
    16-byte nonce, then 64 KiB chunks with a 16-byte tag each.
    """
    chunks = max(1, -(-plain // 65536))
    return 120 + 110 * recipients + 16 + plain + 16 * chunks


class _Stop(Exception):
    """Raised in the decrypting thread when the reader has stopped listening."""


class _QueueWriter:
    def __init__(self, owner: Decrypting) -> None:
        self._owner = owner

    def write(self, data: Any) -> int:
        piece = bytes(data)
        while True:
            if self._owner.stopped.is_set():
                raise _Stop()
            try:
                self._owner.pieces.put(piece, timeout=0.1)
                return len(piece)
            except queue.Full:
                continue

    def flush(self) -> None:
        pass


_END = object()


class Decrypting:
    """``with Decrypting(path, identity) as plain: plain.read(n)`` ... while age decrypts.

    ``read`` returns b"" only after age finished and found the file whole; otherwise it
    raises :class:`Damaged`. Leaving the block early stops the decrypting thread.
    """

    def __init__(self, path: Path, age_identity: str) -> None:
        self.path = path
        self.pieces: queue.Queue[Any] = queue.Queue(maxsize=QUEUE_PIECES)
        self.stopped = threading.Event()
        self._identity = pyrage.x25519.Identity.from_str(age_identity)
        self._handle = open(path, "rb")
        self._buffer = memoryview(b"")
        self._done = False
        try:
            start = self._handle.read(len(AGE_MAGIC))
            if start != AGE_MAGIC:
                raise Damaged(NOT_AGE)
            self._handle.seek(0)
        except BaseException:
            self._handle.close()
            raise
        self._thread = threading.Thread(target=self._run, name="age-decrypt", daemon=True)

    def _run(self) -> None:
        try:
            pyrage.decrypt_io(self._handle, _QueueWriter(self), [self._identity])
            outcome: Any = _END
        except _Stop:
            return
        except pyrage.DecryptError as error:
            text = str(error).lower()
            outcome = Damaged(NOT_OURS if "no matching keys" in text else DAMAGED)
            if "failed to fill whole buffer" in text:
                outcome = Damaged(DAMAGED)
        except Exception:  # OSError("decryption error"): a bad chunk, a cut, trailing bytes
            outcome = Damaged(DAMAGED)
        while not self.stopped.is_set():
            try:
                self.pieces.put(outcome, timeout=0.1)
                return
            except queue.Full:
                continue

    def __enter__(self) -> Decrypting:
        self._thread.start()
        return self

    def read(self, size: int = -1) -> bytes:
        while not self._buffer:
            if self._done:
                return b""
            item = self.pieces.get()
            if item is _END:
                self._done = True
                return b""
            if isinstance(item, Damaged):
                self._done = True
                raise item
            self._buffer = memoryview(item)
        if size < 0:
            size = len(self._buffer)
        out = bytes(self._buffer[:size])
        self._buffer = self._buffer[size:]
        return out

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stopped.set()
        while self._thread.is_alive():
            try:
                self.pieces.get(timeout=0.05)
            except queue.Empty:
                pass
        self._thread.join()
        self._handle.close()
