"""Dialogs over the held Designer forms in ui/; each calls core functions through the session."""
