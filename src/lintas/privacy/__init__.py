"""Privacy: keyed pseudonyms, free-text identifier guards, statistical disclosure control."""
