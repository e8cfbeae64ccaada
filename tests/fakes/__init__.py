"""Stand-ins for outside services used by the tests: a fake Telegram Bot API, a fake brain."""
