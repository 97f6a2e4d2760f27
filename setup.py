"""Builds newsloom. Everything is in ``pyproject.toml`` but the compiled part of the quote layer
(``newsloom.analyse.quotes``), which is what puts it ahead of textacy (``benchmarks/quotes.py``):
- ``_tokens.pyx`` (Cython) reads the parse in one pass over spaCy's token structs;
- the rules themselves, plain Python, are compiled to C with mypyc (about a quarter faster).
The compiled modules land beside their sources, so a changed source must be compiled again: ``make install``
does it when one is newer. A C and C++ compiler is needed (Debian: build-essential).
"""
import numpy
from Cython.Build import cythonize
from mypyc.build import mypycify
from setuptools import Extension, setup

QUOTES = "src/newsloom/analyse/quotes"

tokens = Extension("newsloom.analyse.quotes._tokens", [f"{QUOTES}/_tokens.pyx"], language="c++",
                   include_dirs=[numpy.get_include()])  # spaCy's Doc declarations cimport numpy's
rules = mypycify(["--ignore-missing-imports", QUOTES], opt_level="3", group_name="newsloom_quotes")

setup(ext_modules=cythonize([tokens], quiet=True) + rules)
