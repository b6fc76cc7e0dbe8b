"""Text analysis for the evidence pool: Dutch normalisation, theme discovery, code suggestions.

Pure functions over lists of strings, without Django, so that the `themes` command, the
background tasks and the benchmarks all use exactly the same code.
"""
