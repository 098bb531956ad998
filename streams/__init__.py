"""dealstream: crawled web pages in, structured business-deal events out."""

__version__ = "0.1.0"
