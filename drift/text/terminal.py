"""Article text made safe to print in a terminal.

An article is data from anyone; printed as it is, its control characters are
commands to the terminal: ESC sequences clear the screen, set the window
title, rewrite what is shown or (in some terminals) send keystrokes back;
a carriage return or backspaces overwrite the line. The text renderers pass
every piece of article text (and file names) through `terminal_safe`:

- C0 controls (but tab and line feed), DEL and C1 controls (U+0080-U+009F,
  which include the one-character CSI U+009B) are shown as visible escapes
  (`\\x1b`), so an ESC sequence reaches the terminal as harmless text;
- so are the bidirectional overrides and isolates (U+202A-U+202E,
  U+2066-U+2069), which can make a line read as something else.

JSON, SARIF, JUnit and HTML escape by their own rules and do not need this.

    >>> terminal_safe("Breaking\\x1b]0;pwned\\x07 news\\x1b[2J")
    'Breaking\\\\x1b]0;pwned\\\\x07 news\\\\x1b[2J'
"""

from __future__ import annotations

_UNSAFE = [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F),
           *range(0x2066, 0x206A)]
_TABLE = {code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" for code in _UNSAFE}


def terminal_safe(text: str) -> str:
    """`text` with every control character a terminal would act on shown as an escape (linear time)."""
    return text.translate(_TABLE)


def has_unsafe(text: str) -> bool:
    """True when `text` holds a character `terminal_safe` would escape."""
    return terminal_safe(text) != text
