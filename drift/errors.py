"""The one family of errors a user can cause and act on.

The command line prints a `DriftError` as a single line and exits with code 2;
anything else escaping the library is a bug.
"""


class DriftError(Exception):
    """A problem with what the user gave us, phrased so they can fix it."""


class InputError(DriftError):
    """An input file is missing, unreadable, empty or not text."""


class UsageError(DriftError):
    """Options or arguments that do not fit together."""


class ConfigError(DriftError):
    """A configuration file or option that drift cannot use; the message names the file and key."""
