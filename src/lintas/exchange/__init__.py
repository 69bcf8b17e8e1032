"""Office identities, the signed and encrypted bundle format, sync ledger and receipts."""
