"""Data files of the language knowledge: the biosafety words jieba keeps whole, phrase tables."""
