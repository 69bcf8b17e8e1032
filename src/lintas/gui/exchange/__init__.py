"""The supervisor's exchange screens (Office menu): Send, Receive, Receipts, Peers, Conflicts."""
