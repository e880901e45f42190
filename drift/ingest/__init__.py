"""Bytes as they arrive to text drift can work on: encodings, formats, extraction.

`encoding` detects and decodes (UTF-8, UTF-16, the Turkish code pages);
`html` reduces a saved web page to its article (trafilatura, imported lazily).
"""
