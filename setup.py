"""Builds newsloom. Everything is in ``pyproject.toml`` but one step: the quote rules
(``newsloom.analyse.quotes``) are compiled to C with mypyc, the same Python made about a quarter faster,
which is what puts the quote layer ahead of textacy (``benchmarks/quotes.py``). The compiled modules land
beside their sources, so a changed source must be compiled again: ``make install`` does it when one is newer.
``NEWSLOOM_PURE=1`` installs them as plain Python instead (no C compiler needed; the results are the same).
"""
import os

from setuptools import setup

extensions = []
if not os.environ.get("NEWSLOOM_PURE"):
    from mypyc.build import mypycify

    extensions = mypycify(["--ignore-missing-imports", "src/newsloom/analyse/quotes"], opt_level="3",
                          group_name="newsloom_quotes")

setup(ext_modules=extensions)
