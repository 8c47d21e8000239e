"""The local web view of a store (``copmop serve``): pages rendered on the server from Jinja2
templates by Flask, read-only, every asset shipped in the package."""

from copmop.web.app import create_app, warm

__all__ = ["create_app", "warm"]
