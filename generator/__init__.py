"""Turns plain-text Chinese articles in ``seeds/`` into a Material for MkDocs site."""

__version__ = "0.1.0"
