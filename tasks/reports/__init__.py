"""Canned reports: SQL files shipped with the package (``*.sql``), run read-only with bound filters.

``catalogue`` finds and runs them, ``console`` prints them (rich tables in a
terminal), ``page`` writes them as one self-contained HTML file with charts
drawn by ``svg``. The page's own queries, styles and script are in ``page/``.
"""
