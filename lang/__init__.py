"""The language knowledge of copmop, in one home: what the six UN languages print and how to read it.

Data (word tables, phrase lexicons, month names, instruments), the pattern catalogues built from it
(``structure`` for documents, ``patterns`` for citations, ``dates``), the normaliser of numerals, bodies
and symbols, and language detection. It imports only the data model (``copmop.pipeline.models``); every
stage after the readers reads its language through it.
"""
