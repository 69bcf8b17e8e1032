"""Standard workbook export, its reader/verifier and the standard tables."""
