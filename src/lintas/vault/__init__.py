"""The encrypted vault: SQLCipher storage, key slots, users, submissions, audit chain."""
