"""copmop: the clauses of the Cartagena Protocol's COP-MOP decisions and documents, and the citations
between them, in the six UN languages.

The project's folders install as subpackages of this one namespace, so that nothing of copmop shadows
(or is shadowed by) a module of its user's:

- ``copmop.pipeline``: the data model, readers, segmentation, the store, ingest and the command line;
- ``copmop.lang``: the language knowledge of the six languages (patterns, vocabularies, phrases, dates,
  instruments, the normaliser), which imports only the model;
- ``copmop.extractors``: the citation finder and its spaCy component;
- ``copmop.graph``: lineage, cross-reference tables, checks and graph exports over the store.

Data flows one way: files → readers → segmentation → extractors → store → graph → CLI.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.2.0"
