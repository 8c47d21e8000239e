"""Typesetting the fixtures' sources as a word processor sets a UN document (``scripts/typeset.py``).

``source`` reads a ``.src`` into classified blocks; ``words`` holds the printed furniture in six
languages; ``layouts`` names the two layouts; ``odf``, ``styles`` and ``body`` write a Flat ODT;
``build`` runs LibreOffice on it; ``pdfcheck`` reads the PDFs' geometry back with pdfplumber;
``manifest`` says what each PDF shows; ``corpus`` is the committed corpus as the tests read it. Only
``build`` needs LibreOffice, and only the script calls it.
"""
