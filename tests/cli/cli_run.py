"""Running ``python -m polling_station`` as a script, a pipe or an officer at a terminal would."""
from __future__ import annotations

import codecs
import os
import queue
import select
import subprocess
import sys
import threading
import time

COMMAND = [sys.executable, "-m", "polling_station"]


def env(pin=None, new_pin=None, **extra) -> dict:
    e = dict(os.environ)
    for name in ("PS_PIN", "PS_NEW_PIN", "PS_KEY_PASSWORD", "PS_CA_PASSWORD"):
        e.pop(name, None)
    e["PS_LANG"] = "en"
    if pin:
        e["PS_PIN"] = pin
    if new_pin:
        e["PS_NEW_PIN"] = new_pin
    e.update(extra)
    return e


def run(*args, pin=None, new_pin=None, stdin=subprocess.DEVNULL, input=None, cwd=None):
    return subprocess.run([*COMMAND, *map(str, args)], capture_output=True, text=True, env=env(pin, new_pin),
                          cwd=cwd, stdin=None if input is not None else stdin, input=input, timeout=120)


class LineReader:
    """Lines of a child's stdout with a timeout, so a child that waits for more input than it
    should makes the test fail instead of hanging."""

    def __init__(self, stream):
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream):
        for line in iter(stream.readline, b""):
            self.lines.put(line.decode("utf-8"))
        self.lines.put(None)

    def next(self, timeout: float = 60) -> str | None:
        return self.lines.get(timeout=timeout)


class Terminal:
    """The child on a pseudo-terminal of its own (no controlling terminal, so getpass reads the
    PIN from it as from a keyboard): ``expect`` a prompt, ``type`` the answer."""

    def __init__(self, *args, environment: dict):
        import pty
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen([*COMMAND, *map(str, args)], stdin=slave, stdout=slave, stderr=slave,
                                     env=environment, start_new_session=True, close_fds=True)
        os.close(slave)
        self.output = ""      # what came since the last answer
        self.transcript = ""  # everything the terminal showed
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.master, 4096)
        except OSError:  # EIO: the child closed the terminal
            data = b""
        if not data:
            raise EOFError(self.output)
        text = self._decoder.decode(data)
        self.output += text
        self.transcript += text
        return True

    def expect(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{text!r} never came; the terminal shows:\n{self.output}")
            try:
                self._read(left)
            except EOFError:
                raise AssertionError(f"the program ended before {text!r}; it showed:\n{self.output}") from None
        self.seen = self.output.index(text) + len(text)

    def type(self, line: str) -> None:
        self.output = self.output[self.seen:]  # later expectations look only at what comes next
        os.write(self.master, line.encode("utf-8") + b"\n")

    def finish(self, timeout: float = 60) -> int:
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                self._read(deadline - time.monotonic())
        except EOFError:
            pass
        code = self.proc.wait(timeout=max(deadline - time.monotonic(), 1))
        os.close(self.master)
        return code
