"""The main window's pages. Each is built from the session and refreshes on "vault changed"."""
