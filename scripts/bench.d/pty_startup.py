#!/usr/bin/env python3
"""Time from launch to a ready prompt on a real pseudo-terminal.

usage: pty_startup.py PROMPT_MARKER TIMEOUT_S [--then INPUT ANSWER_MARKER] -- command args...
Prints the seconds it took for PROMPT_MARKER to appear in the program's output. With --then, it
then types INPUT and Enter and also prints the seconds (from launch) until ANSWER_MARKER
appears: for a resumed session, the time until the learner's first input is answered. Then it
closes the program.
"""
import fcntl, os, pty, re, select, signal, struct, sys, termios, time

ANSI = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]")

def wait_for(fd, marker, start, timeout, seen):
    while time.monotonic() - start < timeout:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return None, seen
            if not chunk:
                return None, seen
            seen += chunk
            if marker in ANSI.sub(b"", seen):  # colours may split the marker
                return time.monotonic() - start, seen
    return None, seen

def main():
    marker = sys.argv[1].encode()
    timeout = float(sys.argv[2])
    then = None
    if sys.argv[3] == "--then":
        then = (sys.argv[4].encode(), sys.argv[5].encode())
    cmd = sys.argv[sys.argv.index("--") + 1:]
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))  # a 100x40 window
    try:
        ready, seen = wait_for(fd, marker, start, timeout, b"")
        if ready is None:
            print("timeout", file=sys.stderr)
            return 1
        if then is None:
            print(f"{ready:.3f}")
            return 0
        os.write(fd, then[0] + b"\r")
        answered, _ = wait_for(fd, then[1], start, timeout, b"")
        if answered is None:
            print("timeout", file=sys.stderr)
            return 1
        print(f"{ready:.3f} {answered:.3f}")
        return 0
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)

sys.exit(main())
