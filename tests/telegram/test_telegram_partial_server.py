"""A Bot API server that lacks some methods (as a small self-hosted or test server may) still gets answers."""
from tests.fakes.running import Harness, running


async def test_polling_starts_without_delete_webhook_and_set_my_commands(fake_telegram, make_bot):
    fake_telegram.fail_next(2, 404, methods={"deleteWebhook", "setMyCommands"})
    async with running(make_bot()) as application:
        bot = Harness(fake_telegram, application)
        replies = await bot.say(fake_telegram.person("Ana", "es"), "hola")
    assert replies and replies[0]["method"] == "sendMessage"
    refused = [c.method for c in fake_telegram.calls if c.status == 404]
    assert sorted(refused) == ["deleteWebhook", "setMyCommands"]
