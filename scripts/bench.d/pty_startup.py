#!/usr/bin/env python3
"""Time from launch to a ready prompt on a real pseudo-terminal.

usage: pty_startup.py PROMPT_MARKER TIMEOUT_S -- command args...
Prints the seconds it took for PROMPT_MARKER to appear in the program's output, then closes it.
"""
import fcntl, os, pty, select, signal, struct, sys, termios, time

def main():
    marker = sys.argv[1].encode()
    timeout = float(sys.argv[2])
    cmd = sys.argv[sys.argv.index("--") + 1:]
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))  # a 100x40 window
    seen = b""
    try:
        while time.monotonic() - start < timeout:
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
                if marker in seen:
                    print(f"{time.monotonic() - start:.3f}")
                    return 0
        print("timeout", file=sys.stderr)
        return 1
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)

sys.exit(main())
