"""Anonymous usage counts: recorder (queue and writer), store (SQLite), reports and the stats command."""
