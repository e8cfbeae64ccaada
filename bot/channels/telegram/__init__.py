"""The Telegram channel: the only code that imports `telegram`. Entry: cli.run_command."""
